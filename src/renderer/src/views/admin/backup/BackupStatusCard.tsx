/** When the data was last copied and where, the next automatic copy, a warning for a same-disk folder, and "Sao lưu ngay". */
import { useState } from 'react';
import type { BackupStatus } from '../../../../../shared/backup';
import { formatBytes } from '../../../../../shared/format-bytes';
import { formatDateTime } from '../../../../../shared/time';
import { api, errorText } from '../../../api/client';
import { useLocalized, useTranslation, type LocalizedText } from '../../../i18n';

export function BackupStatusCard({ status, onMade }: { status: BackupStatus; onMade: () => void }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<string | null>(null);
  const [problem, setProblem] = useState<LocalizedText | null>(null);
  const last = status.lastAttempt;
  const newest = status.files[0];

  const backUpNow = async () => {
    setBusy(true);
    setProblem(null);
    setMade(null);
    try {
      setMade((await api.call('backUpNow')).name);
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
      onMade();
    }
  };

  return (
    <div className="admin-card admin-backup__status" aria-labelledby="backup-status-title">
      <h3 id="backup-status-title" className="admin-form__title">
        {t('backup.statusTitle')}
      </h3>
      {last?.problem ? (
        <div className="admin-message admin-message--error" role="alert">
          <p>{t('backup.lastFailed', { time: formatDateTime(last.at) })}</p>
          <p>{localized(last.problem)}</p>
        </div>
      ) : newest ? (
        <p className="admin-backup__last">
          <strong>{t('backup.lastOk', { time: formatDateTime(newest.madeAt) })}</strong>
          <span className="admin-backup__file">
            {newest.name} · {formatBytes(newest.bytes)}
          </span>
        </p>
      ) : (
        <p className="admin-message admin-message--warning">{t('backup.never')}</p>
      )}
      <p>{t('backup.nextDue', { time: formatDateTime(status.nextDueAt) })}</p>
      <p className="admin-backup__folder">{t('backup.folder', { folder: status.folder })}</p>
      {status.freeBytes !== null && <p>{t('backup.free', { free: formatBytes(status.freeBytes) })}</p>}
      {status.sameDiskAsData && <p className="admin-message admin-message--warning">{t('backup.sameDisk')}</p>}
      <div className="admin-savebar">
        <div className="admin-savebar__messages" aria-live="polite">
          {made && <p className="admin-message admin-message--ok">{t('backup.backedUp', { name: made })}</p>}
          {problem && (
            <p className="admin-message admin-message--error" role="alert">
              {localized(problem)}
            </p>
          )}
        </div>
        <div className="admin-savebar__buttons">
          <button
            type="button"
            className="admin-button admin-button--primary"
            disabled={busy}
            onClick={() => void backUpNow()}
          >
            {busy ? t('backup.backingUp') : t('backup.backUpNow')}
          </button>
        </div>
      </div>
    </div>
  );
}
