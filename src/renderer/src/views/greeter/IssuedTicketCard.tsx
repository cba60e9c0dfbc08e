import type { ReactNode } from 'react';
import { stepBlock } from '../../../../shared/contract/steps';
import { liveTicket, waitInView } from '../../../../shared/queue-view';
import { formatDateTime } from '../../../../shared/time';
import { useLocalized, useTranslation } from '../../i18n';
import { directionsFor } from '../../state/directions';
import { useCenter } from '../../state/use-center';
import { useProcedures } from '../../state/use-procedures';
import type { IssuedEntry } from './use-issuing';
import { nameOf } from '../../../../shared/names';

/**
 * The number just issued, huge, with the service, the procedure and where to go — what the volunteer reads out.
 * "Huỷ số" undoes a number issued by mistake.
 */
export function IssuedTicketCard({
  entry,
  onCancel,
  children,
}: {
  entry: IssuedEntry;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const { ticket } = entry;
  const { t } = useTranslation('greeter');
  const tc = useTranslation('common').t;
  const localized = useLocalized();
  const center = useCenter();
  const procedure = useProcedures().byId(ticket.procedureId);
  const service = center.services.find((s) => s.id === ticket.serviceId);
  if (!service) return null;
  const { zone, points } = directionsFor(service, center.zones, center.servicePoints);
  // In the order the counters will really call (priority policy included), as the printed ticket says.
  const live = liveTicket(center.queue, ticket);
  // The one wait (src/shared/estimate.ts): the same "ahead" and minutes as the printed ticket and the phone.
  const { ahead, minutes } = waitInView(
    center.queue,
    live,
    service,
    center.servicePoints,
    center.settings.priorityPolicy,
  );
  // The greeter may withdraw only a ticket still waiting (the steps table): once called, it is the counter's.
  const canCancel = stepBlock('cancel', { role: 'greeter', point: null }, live) === null;
  const counters = points.filter((p) => p.kind === 'counter').map((p) => p.number);
  const cancelled = entry.cancelledReason !== undefined;
  return (
    <article
      className={`issued ${cancelled ? 'issued--cancelled' : ''}`}
      style={{ '--service-color': service.color } as React.CSSProperties}
    >
      <p className="issued__label">{t('issuedTitle')}</p>
      <p className="issued__number" data-testid="issued-number">
        {ticket.displayCode}
      </p>
      {cancelled && (
        <p className="badge badge--cancelled badge--large" role="status">
          {t('cancel.cancelledBecause', { reason: entry.cancelledReason ?? '' })}
        </p>
      )}
      {ticket.priority !== 'none' && (
        <p className="badge badge--priority badge--large">
          {tc('priorityShort')}: {tc(`priority.${ticket.priority}`)}
        </p>
      )}
      {ticket.appointment && (
        <p className={`badge badge--large ${ticket.appointment.first ? 'badge--appointment' : 'badge--late'}`}>
          {t(ticket.appointment.first ? 'appointmentAt' : 'appointmentLate', { time: ticket.appointment.time })}
        </p>
      )}
      <p className="issued__service">{localized(nameOf(service))}</p>
      {procedure && <p className="issued__procedure">{t('procedureLine', { name: localized(nameOf(procedure)) })}</p>}
      {!cancelled && (
        <div className="issued__where">
          <span className="issued__go">{t('goTo')}</span>
          {zone && <strong>{localized(nameOf(zone))}</strong>}
          {zone && <span>{localized({ vi: zone.directionsVi, en: zone.directionsEn })}</span>}
          {counters.length > 0 && <strong>{t('counters', { list: counters.join(', ') })}</strong>}
        </div>
      )}
      {!cancelled && (
        <p className="issued__meta">
          {ahead === 0 ? t('aheadNone') : t('ahead', { count: ahead })}
          {live.status === 'waiting' && ahead > 0 && minutes !== null && ` · ${t('waitEstimate', { count: minutes })}`}
          {' · '}
          {formatDateTime(ticket.issuedAt)}
        </p>
      )}
      {!cancelled && children}
      {ticket.note && <p className="issued__note">{ticket.note}</p>}
      {!cancelled && canCancel && (
        <button type="button" className="button button--quiet button--small issued__cancel" onClick={onCancel}>
          {t('cancel.button')}
        </button>
      )}
    </article>
  );
}
