/** "Ghi khó khăn": a short note of what went wrong at this point, listed in the weekly report. */
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import type { ServicePoint } from '../../api/types';
import { Modal } from '../../components/Modal';
import { useLocalized, useTranslation } from '../../i18n';
import { nameOf } from '../../../../shared/names';

const QUICK = ['network', 'software', 'forms', 'printer', 'portal'] as const;

export function DifficultyNote({ point }: { point: ServicePoint }) {
  const { t } = useTranslation('staffDesk');
  const localized = useLocalized();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    if (!text.trim()) return;
    setBusy(true);
    try {
      await api.call('addDifficulty', { text: text.trim(), servicePointId: point.id });
      setOpen(false);
      setText('');
      setSaved(true);
      setTimeout(() => setSaved(false), 4000);
    } catch (e) {
      setError(localized(errorText(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button button--small staff-difficulty" onClick={() => setOpen(true)}>
        {saved ? `✓ ${t('difficultySaved')}` : t('difficulty')}
      </button>
      {open && (
        <Modal
          title={t('difficultyTitle', { point: localized(nameOf(point)) })}
          confirmLabel={t('difficultySave')}
          busy={busy || !text.trim()}
          error={error}
          onConfirm={() => void save()}
          onCancel={() => setOpen(false)}
        >
          <p className="muted">{t('difficultyHelp')}</p>
          <div className="quick-reasons">
            {QUICK.map((q) => (
              <button key={q} type="button" className="chip" onClick={() => setText(t(`quick.${q}`))}>
                {t(`quick.${q}`)}
              </button>
            ))}
          </div>
          <label className="field">
            <span className="field__label">{t('difficultyText')}</span>
            <textarea autoFocus rows={3} maxLength={300} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
        </Modal>
      )}
    </>
  );
}
