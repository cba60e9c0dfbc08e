/** Where the copies go (best a USB stick or another disk), how many are kept, and after which hour each day. */
import { useState } from 'react';
import type { BackupSettings, BackupStatus } from '../../../../../shared/backup';
import { api } from '../../../api/client';
import { useTranslation } from '../../../i18n';
import { Field, NumberField, SaveBar, useSaveForm } from '../kit/form-kit';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function BackupSettingsForm(props: { settings: BackupSettings; onSaved: (status: BackupStatus) => void }) {
  const { t } = useTranslation('admin');
  const [folder, setFolder] = useState(props.settings.folder ?? '');
  const [keep, setKeep] = useState(String(props.settings.keep));
  const [hour, setHour] = useState(props.settings.hour);
  const [saved, setSaved] = useState(false);
  const form = useSaveForm(['folder', 'keep', 'hour']);

  const save = form.submit(async () => {
    setSaved(false);
    const status = await api.call('updateBackupSettings', {
      folder: folder.trim(),
      keep: Number(keep),
      hour,
    });
    props.onSaved(status);
    setSaved(true);
  });

  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <h3 className="admin-form__title">{t('backup.settingsTitle')}</h3>
      <Field label={t('backup.folderLabel')} hint={t('backup.folderHint')} error={form.errorAt('folder')}>
        {(a11y) => (
          <input
            {...a11y}
            value={folder}
            autoComplete="off"
            spellCheck={false}
            placeholder="E:\LuotSaoLuu"
            onChange={(e) => setFolder(e.target.value)}
          />
        )}
      </Field>
      <div className="admin-form__row">
        <NumberField
          label={t('backup.keepLabel')}
          hint={t('backup.keepHint')}
          error={form.errorAt('keep')}
          min={1}
          max={365}
          value={keep}
          onChange={setKeep}
        />
        <Field label={t('backup.hourLabel')} hint={t('backup.hourHint')} error={form.errorAt('hour')}>
          {(a11y) => (
            <select {...a11y} value={hour} onChange={(e) => setHour(Number(e.target.value))}>
              {HOURS.map((h) => (
                <option key={h} value={h}>
                  {t('backup.hourOption', { hour: String(h).padStart(2, '0') })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <SaveBar busy={form.busy} problem={form.problem} note={saved ? t('backup.saved') : null} />
    </form>
  );
}
