import { useState } from 'react';
import { OUTCOMES, type HelpKind, type Outcome } from '../../../../shared/domain';
import type { ServicePoint, Ticket } from '../../api/types';
import { Modal } from '../../components/Modal';
import { NoteField } from '../../components/NoteField';
import type { Act } from './act';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { nameOf } from '../../../../shared/names';
import { ReturnVisitOffer } from './ReturnVisitOffer';

/** Finish a case: the outcome, the file code (mã hồ sơ) and, at a help desk, the kind of help given. */
export function ResolveDialog(props: {
  ticket: Ticket;
  point: ServicePoint;
  act: Act;
  /** The last refusal, shown inside the dialog (a dialog sits above everything else). */
  error: string | null;
  close: () => void;
}) {
  const { t } = useTranslation('counter');
  const localized = useLocalized();
  const center = useCenter();
  const helpDesk = props.point.kind === 'help_desk';
  // Setup's list: the kinds this ticket's help service offers, and those every desk offers.
  const kinds = center.helpKinds.filter(
    (k) => k.active && (k.serviceId === null || k.serviceId === props.ticket.serviceId),
  );
  // A resolve taken back (Hoàn tác) left its outcome on the ticket: it opens again for editing.
  const [outcome, setOutcome] = useState<Outcome>(props.ticket.outcome ?? 'completed');
  const [helpKind, setHelpKind] = useState<HelpKind | null>(props.ticket.helpKind ?? null);
  const [fileCode, setFileCode] = useState(props.ticket.fileCode ?? '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [missingKind, setMissingKind] = useState(false);
  const confirm = async () => {
    // Enter without a kind of help: say why nothing happens, rather than a dead button.
    if (helpDesk && !helpKind) return setMissingKind(true);
    setBusy(true);
    const done = await props.act('resolve', {
      id: props.ticket.id,
      outcome,
      ...(helpKind ? { helpKind } : {}),
      ...(fileCode.trim() ? { fileCode: fileCode.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setBusy(false);
    if (done) props.close();
  };
  return (
    <Modal
      title={t('resolveTitle', { code: props.ticket.displayCode })}
      confirmLabel={t('actions.resolve')}
      busy={busy}
      onConfirm={() => void confirm()}
      error={missingKind && !helpKind ? t('helpKindMissing') : props.error}
      onCancel={props.close}
    >
      {helpDesk && (
        <fieldset className="choice-list">
          <legend>{t('helpKind')}</legend>
          {kinds.map((kind, index) => (
            <label key={kind.code} className="choice">
              <input
                type="radio"
                name="helpKind"
                checked={helpKind === kind.code}
                autoFocus={index === 0}
                onChange={() => setHelpKind(kind.code)}
              />
              {localized(nameOf(kind))}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="choice-list choice-list--two">
        <legend>{t('outcome')}</legend>
        {OUTCOMES.map((o, index) => (
          <label key={o} className="choice">
            <input
              type="radio"
              name="outcome"
              checked={outcome === o}
              autoFocus={!helpDesk && index === 0}
              onChange={() => setOutcome(o)}
            />
            {t(`outcomes.${o}`)}
          </label>
        ))}
      </fieldset>
      {outcome === 'incomplete_documents' && <ReturnVisitOffer ticket={props.ticket} />}
      {!helpDesk && (
        <label className="field">
          <span className="field__label">{t('fileCode')}</span>
          <input value={fileCode} maxLength={60} onChange={(e) => setFileCode(e.target.value)} />
        </label>
      )}
      <NoteField label={t('resolveNote')} value={note} maxLength={500} onChange={setNote} />
    </Modal>
  );
}
