import { stepBlock } from '../../../../shared/contract/steps';
import { liveTicket } from '../../../../shared/queue-view';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { PrintLine } from './PrintLine';
import type { IssuedEntry } from './use-issuing';
import type { PrintStatus } from './use-print-status';
import { nameOf } from '../../../../shared/names';

/** The numbers issued earlier in this session: reprint, or cancel one issued by mistake. */
export function RecentTickets(props: {
  issued: IssuedEntry[];
  statusOf: (ticketId: number) => PrintStatus | null;
  onReprint: (ticketId: number) => Promise<void>;
  onCancel: (entry: IssuedEntry) => void;
}) {
  const { issued } = props;
  const { t } = useTranslation('greeter');
  const tc = useTranslation('common').t;
  const center = useCenter();
  const localized = useLocalized();
  if (issued.length === 0) return null;
  return (
    <div className="recent">
      <h3 className="section-title">{t('recentTitle')}</h3>
      <ul className="recent__list">
        {issued.map((entry) => {
          const { ticket } = entry;
          const service = center.services.find((s) => s.id === ticket.serviceId);
          const cancelled = entry.cancelledReason !== undefined;
          const canCancel =
            stepBlock('cancel', { role: 'greeter', point: null }, liveTicket(center.queue, ticket)) === null;
          return (
            <li key={ticket.id} className={`recent__item ${cancelled ? 'recent__item--cancelled' : ''}`}>
              <strong className="recent__code">{ticket.displayCode}</strong>
              <span className="recent__service">{service ? localized(nameOf(service)) : ''}</span>
              {ticket.priority !== 'none' && <span className="badge badge--priority">{tc('priorityShort')}</span>}
              {cancelled ? (
                <span className="badge badge--cancelled">{t('cancel.cancelled')}</span>
              ) : (
                <>
                  <PrintLine
                    compact
                    status={props.statusOf(ticket.id)}
                    onReprint={() => void props.onReprint(ticket.id)}
                  />
                  {canCancel && (
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={`${t('cancel.button')} ${ticket.displayCode}`}
                      onClick={() => props.onCancel(entry)}
                    >
                      {t('cancel.button')}
                    </button>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
