/**
 * The copies in the backup folder, newest first. Restoring one asks first — what it means, and that today's data
 * is kept aside — then the server swaps the data and comes back on the same address; this page reloads by itself.
 */
import { useState } from 'react';
import type { BackupFile, RestoreAnswer } from '../../../../../shared/backup';
import { formatBytes } from '../../../../../shared/format-bytes';
import { formatDateTime } from '../../../../../shared/time';
import { api } from '../../../api/client';
import { useTranslation } from '../../../i18n';
import { DangerConfirm } from '../kit/DangerConfirm';

export function BackupList({ files }: { files: BackupFile[] }) {
  const { t } = useTranslation('admin');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<RestoreAnswer | null>(null);

  if (restoring)
    return (
      <div className="admin-message admin-message--warning" role="status">
        <p>{t('backup.restoring')}</p>
        <p>{t('backup.restoredKeptAside', { folder: restoring.keptAsideIn })}</p>
      </div>
    );
  if (files.length === 0) return <p className="admin-empty">{t('backup.listEmpty')}</p>;
  return (
    <table className="admin-table">
      <thead>
        <tr>
          <th scope="col">{t('backup.columns.name')}</th>
          <th scope="col">{t('backup.columns.madeAt')}</th>
          <th scope="col">{t('backup.columns.size')}</th>
          <th scope="col">{t('backup.columns.action')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <BackupRow
            key={file.name}
            file={file}
            confirming={confirming === file.name}
            onConfirm={(open) => setConfirming(open ? file.name : null)}
            onRestoring={(answer) => {
              setRestoring(answer);
              void reloadWhenBack();
            }}
          />
        ))}
      </tbody>
    </table>
  );
}

function BackupRow(props: {
  file: BackupFile;
  confirming: boolean;
  onConfirm: (open: boolean) => void;
  onRestoring: (answer: RestoreAnswer) => void;
}) {
  const { t } = useTranslation('admin');
  const { file } = props;
  return (
    <>
      <tr>
        <th scope="row" className="admin-backup__file">
          {file.name}
        </th>
        <td>{formatDateTime(file.madeAt)}</td>
        <td>{formatBytes(file.bytes)}</td>
        <td>
          <button
            type="button"
            className="admin-button"
            aria-expanded={props.confirming}
            onClick={() => props.onConfirm(!props.confirming)}
          >
            {t('backup.restore')}
          </button>
        </td>
      </tr>
      {props.confirming && (
        <tr className="admin-table__confirm">
          <td colSpan={4}>
            <RestoreConfirm file={file} onCancel={() => props.onConfirm(false)} onRestoring={props.onRestoring} />
          </td>
        </tr>
      )}
    </>
  );
}

function RestoreConfirm(props: {
  file: BackupFile;
  onCancel: () => void;
  onRestoring: (answer: RestoreAnswer) => void;
}) {
  const { t } = useTranslation('admin');
  return (
    <DangerConfirm
      question={t('backup.restoreQuestion', { name: props.file.name, time: formatDateTime(props.file.madeAt) })}
      warning={{ text: t('backup.restoreExplain'), ack: t('backup.restoreAck') }}
      yesLabel={t('backup.restoreYes')}
      onYes={async () => props.onRestoring(await api.call('restoreBackup', { name: props.file.name, confirm: true }))}
      onCancel={props.onCancel}
    />
  );
}

/** The server closes for a moment while it swaps the data; when it answers again, this page starts afresh. */
async function reloadWhenBack(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(api.href('health'), { cache: 'no-store' })).ok) return window.location.reload();
    } catch {
      // Still swapping.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  window.location.reload();
}
