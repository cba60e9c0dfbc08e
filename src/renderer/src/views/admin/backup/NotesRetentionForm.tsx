/** How many days free-text notes on tickets are kept before their text is removed (30 by default). */
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { useTranslation } from '../../../i18n';
import { NumberField, SaveBar, useSaveForm } from '../kit/form-kit';

export function NotesRetentionForm() {
  const { t } = useTranslation('admin');
  const [days, setDays] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const form = useSaveForm(['notesDays']);

  useEffect(() => {
    let current = true;
    api.call('retention').then(
      (settings) => current && setDays(settings.notesDays === null ? '' : String(settings.notesDays)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  const save = form.submit(async () => {
    setSaved(null);
    const settings = await api.call('updateRetention', { notesDays: Number(days) });
    setSaved(settings.notesDays);
  });

  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <NumberField
        label={t('backup.retentionLabel')}
        hint={t('backup.retentionHint')}
        error={form.errorAt('notesDays')}
        min={1}
        max={3650}
        value={days}
        onChange={setDays}
      />
      <SaveBar
        busy={form.busy}
        problem={form.problem}
        note={saved !== null ? t('backup.retentionSaved', { days: saved }) : null}
      />
    </form>
  );
}
