import type { StoredEvent, TransferredOut } from '../../../../shared/contract/events';
import { formatDateTime } from '../../../../shared/time';
import { useEndpoint } from '../../api/use-endpoint';
import type { Ticket } from '../../api/types';
import { useNow } from '../../hooks/use-now';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { useProcedures } from '../../state/use-procedures';
import { nameOf } from '../../../../shared/names';

/** Where a case went: the transfer events stored on the tickets it closed. */
type TransferOut = Extract<StoredEvent, { type: 'transferred' }> & { data: TransferredOut };
const isTransferOut = (e: StoredEvent): e is TransferOut => e.type === 'transferred' && 'toServiceId' in e.data;

/** The citizen at this point: number, service, priority, how long they waited, note and the case's path. */
export function CurrentTicket({ ticket, pausedReason }: { ticket: Ticket | null; pausedReason: string | null }) {
  const { t } = useTranslation('counter');
  const tc = useTranslation('common').t;
  const localized = useLocalized();
  const center = useCenter();
  const now = useNow(15_000);
  const history = useCaseHistory(ticket);
  const procedure = useProcedures().byId(ticket?.procedureId ?? null);
  const tp = useTranslation('procedures').t;
  if (!ticket)
    return (
      <div className={`current current--idle ${pausedReason !== null ? 'current--paused' : ''}`}>
        <p>{pausedReason !== null ? t('pausedIdle', { reason: pausedReason }) : t('idle')}</p>
      </div>
    );
  const service = center.services.find((s) => s.id === ticket.serviceId);
  const waitedMinutes = Math.max(0, Math.round(((ticket.calledAt ?? now) - ticket.queuedAt) / 60_000));
  const pointName = (id: number | null) => {
    const p = center.servicePoints.find((x) => x.id === id);
    return p ? localized(nameOf(p)) : '';
  };
  const serviceName = (id: number) => {
    const s = center.services.find((x) => x.id === id);
    return s ? localized(nameOf(s)) : '';
  };
  // A transfer logs an event on the ticket it closed (with where it went) and on the one it opened.
  const transfers = history.filter(isTransferOut);
  return (
    <article className="current" style={{ '--service-color': service?.color ?? '#888' } as React.CSSProperties}>
      <p className="current__label">{t('current')}</p>
      <p className="current__number" data-testid="current-number">
        {ticket.displayCode}
      </p>
      <p className="current__status">
        <span className={`badge badge--${ticket.status}`}>{tc(`status.${ticket.status}`)}</span>
        {ticket.priority !== 'none' && (
          <span className="badge badge--priority">
            {tc('priorityShort')}: {tc(`priority.${ticket.priority}`)}
          </span>
        )}
      </p>
      <p className="current__service">{service ? localized(nameOf(service)) : ''}</p>
      {procedure && (
        <div className="current__procedure" data-testid="current-procedure">
          <p>
            <strong>{tp('counter.procedure')}:</strong> {localized(nameOf(procedure))}
          </p>
          {procedure.documents.length > 0 && (
            <details>
              <summary>{tp('counter.documents', { count: procedure.documents.length })}</summary>
              <ol>
                {procedure.documents.map((document) => (
                  <li key={document}>{document}</li>
                ))}
              </ol>
            </details>
          )}
        </div>
      )}
      <p className="current__meta">
        {t('waited', { minutes: waitedMinutes })}
        {ticket.calledAt && ` · ${t('calledAgo', { time: formatDateTime(ticket.calledAt).slice(11) })}`}
        {ticket.recallCount > 0 && ` · ${t('recalls', { count: ticket.recallCount })}`}
      </p>
      {ticket.note && (
        <p className="current__note">
          <strong>{t('note')}:</strong> {ticket.note}
        </p>
      )}
      {transfers.length > 0 && (
        <div className="current__history">
          <strong>{t('history')}</strong>
          <ol>
            {transfers.map((e) => (
              <li key={e.id}>
                {formatDateTime(e.at).slice(11)} · {pointName(e.servicePointId) || serviceName(e.data.toServiceId)} →{' '}
                {e.data.toServicePointId ? pointName(e.data.toServicePointId) : serviceName(e.data.toServiceId)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </article>
  );
}

/** The whole case's events (across transfers), fetched when the ticket at the point changes. */
function useCaseHistory(ticket: Ticket | null): StoredEvent[] {
  const ticketId = ticket?.id ?? 0;
  // The history is extra; the ticket itself is already on screen.
  const { data } = useEndpoint('ticket', { id: ticketId }, { enabled: ticket?.transferredFromId != null });
  return data && data.ticket.id === ticketId ? data.history : [];
}
