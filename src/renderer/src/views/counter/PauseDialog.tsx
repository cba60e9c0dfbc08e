import { useRef, useState } from 'react';
import type { ServicePoint } from '../../api/types';
import { Modal } from '../../components/Modal';
import type { Act } from './act';
import { useLocalized, useTranslation } from '../../i18n';
import { nameOf } from '../../../../shared/names';

const QUICK_REASONS = ['lunch', 'meeting', 'outside', 'system'] as const;

/** Pause this point with a reason everyone can see; "Tiếp tục" resumes it. */
export function PauseDialog(props: {
  point: ServicePoint;
  act: Act;
  /** The last refusal, shown inside the dialog (a dialog sits above everything else). */
  error: string | null;
  close: () => void;
}) {
  const { t } = useTranslation('counter');
  const localized = useLocalized();
  const [reason, setReason] = useState('');
  // After a reason chip, Enter must pause: the focus goes to the form's field, not stay on the chip.
  const field = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (!reason.trim()) return;
    setBusy(true);
    const done = await props.act('pause', { id: props.point.id, reason: reason.trim() });
    setBusy(false);
    if (done) props.close();
  };
  return (
    <Modal
      title={t('pauseTitle', { point: localized(nameOf(props.point)) })}
      confirmLabel={t('actions.pause')}
      busy={busy || !reason.trim()}
      onConfirm={() => void confirm()}
      error={props.error}
      onCancel={props.close}
    >
      <div className="quick-reasons">
        {QUICK_REASONS.map((r) => (
          <button
            key={r}
            type="button"
            className="chip"
            onClick={() => {
              setReason(t(`pauseReasons.${r}`));
              field.current?.focus();
            }}
          >
            {t(`pauseReasons.${r}`)}
          </button>
        ))}
      </div>
      <label className="field">
        <span className="field__label">{t('pauseReason')}</span>
        <input ref={field} autoFocus value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
      </label>
    </Modal>
  );
}
