/**
 * Cancelling a number issued by mistake, with a reason that goes to the ticket's log. Only a number still waiting
 * can be cancelled here (the server refuses one a counter has called, in words shown inside this dialog).
 */
import i18next from 'i18next';
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import type { Ticket } from '../../api/types';
import { Modal } from '../../components/Modal';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';

const REASONS = ['wrongService', 'duplicate', 'notNeeded', 'other'] as const;
type Reason = (typeof REASONS)[number];

export function CancelTicketDialog(props: {
  ticket: Ticket;
  connected: boolean;
  onCancelled: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('greeter');
  const tc = useTranslation('common').t;
  const localized = useLocalized();
  const [reason, setReason] = useState<Reason>('wrongService');
  const [other, setOther] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LocalizedText | string | null>(null);

  const confirm = async () => {
    if (busy) return;
    if (reason === 'other' && other.trim() === '') return setError(t('cancel.otherRequired'));
    // The log is the center's record, kept in Vietnamese whatever language this screen shows.
    const text = reason === 'other' ? other.trim() : i18next.getFixedT('vi', 'greeter')(`cancel.reasons.${reason}`);
    setBusy(true);
    setError(null);
    try {
      await api.call('cancel', { id: props.ticket.id, reason: text });
      props.onCancelled(text);
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };

  const problem = !props.connected
    ? tc('serverUnreachable')
    : typeof error === 'string'
      ? error
      : error
        ? localized(error)
        : null;
  return (
    <Modal
      title={t('cancel.title', { code: props.ticket.displayCode })}
      confirmLabel={t('cancel.confirm')}
      cancelLabel={t('cancel.keep')}
      busy={busy}
      error={problem}
      onConfirm={() => void confirm()}
      onCancel={props.onClose}
    >
      <p>{t('cancel.intro')}</p>
      <fieldset className="cancel__reasons">
        <legend>{t('cancel.reason')}</legend>
        {REASONS.map((r) => (
          <label key={r} className="missing__action">
            <input type="radio" name="cancel-reason" checked={reason === r} onChange={() => setReason(r)} />
            <span>{t(`cancel.reasons.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      {reason === 'other' && (
        <label className="field">
          <span className="field__label">{t('cancel.otherLabel')}</span>
          <input value={other} maxLength={200} autoFocus onChange={(e) => setOther(e.target.value)} />
        </label>
      )}
    </Modal>
  );
}
