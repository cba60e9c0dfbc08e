import { useState } from 'react';
import type { TransferPlacement } from '../../../../shared/domain';
import type { ServicePoint, Ticket } from '../../api/types';
import { Modal } from '../../components/Modal';
import { NoteField } from '../../components/NoteField';
import type { Act } from './act';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { nameOf } from '../../../../shared/names';

type Target = { kind: 'service'; id: number } | { kind: 'point'; id: number };

/** Send the case to another service or help zone, or to a named point; keep the citizen's turn or not. */
export function TransferDialog(props: {
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
  const services = center.services.filter((s) => s.active && s.id !== props.ticket.serviceId);
  const points = center.servicePoints.filter((p) => p.active && p.id !== props.point.id);
  const [target, setTarget] = useState<Target | null>(null);
  const [placement, setPlacement] = useState<TransferPlacement>('front');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (!target) return;
    setBusy(true);
    const done = await props.act('transfer', {
      id: props.ticket.id,
      ...(target.kind === 'service' ? { toServiceId: target.id } : { toServicePointId: target.id }),
      placement,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setBusy(false);
    if (done) props.close();
  };
  const option = (value: Target, label: string, autoFocus = false) => (
    <label key={`${value.kind}-${value.id}`} className="choice">
      <input
        type="radio"
        name="target"
        autoFocus={autoFocus}
        checked={target?.kind === value.kind && target.id === value.id}
        onChange={() => setTarget(value)}
      />
      {label}
    </label>
  );
  return (
    <Modal
      title={t('transferTitle', { code: props.ticket.displayCode })}
      confirmLabel={t('actions.transfer')}
      busy={busy || !target}
      onConfirm={() => void confirm()}
      error={props.error}
      onCancel={props.close}
    >
      <div className="transfer-targets">
        <fieldset className="choice-list">
          <legend>{t('transferToService')}</legend>
          {services.map((s, i) =>
            option({ kind: 'service', id: s.id }, `${s.prefix} · ${localized(nameOf(s))}`, i === 0),
          )}
        </fieldset>
        <fieldset className="choice-list">
          <legend>{t('transferToPoint')}</legend>
          {points.map((p) => option({ kind: 'point', id: p.id }, localized(nameOf(p))))}
        </fieldset>
      </div>
      <fieldset className="choice-list choice-list--inline">
        <legend>{t('placement')}</legend>
        <label className="choice">
          <input type="radio" name="placement" checked={placement === 'front'} onChange={() => setPlacement('front')} />
          {t('placementFront')}
        </label>
        <label className="choice">
          <input type="radio" name="placement" checked={placement === 'back'} onChange={() => setPlacement('back')} />
          {t('placementBack')}
        </label>
      </fieldset>
      <NoteField label={t('transferNote')} value={note} maxLength={200} onChange={setNote} />
    </Modal>
  );
}
