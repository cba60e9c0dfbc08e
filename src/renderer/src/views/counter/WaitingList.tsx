import type { Ticket } from '../../api/types';
import { useNow } from '../../hooks/use-now';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { nameOf } from '../../../../shared/names';
import { waitInView } from '../../../../shared/queue-view';

/** Who waits for this point, in arrival order, priority marked; any of them can be called by choice. */
export function WaitingList(props: { tickets: Ticket[]; canCall: boolean; onCall: (ticket: Ticket) => void }) {
  const { t } = useTranslation('counter');
  const tc = useTranslation('common').t;
  const localized = useLocalized();
  const center = useCenter();
  const now = useNow(30_000);
  return (
    <section className="waiting-list">
      <h2 className="section-title">{t('waitingTitle', { count: props.tickets.length })}</h2>
      {props.tickets.length === 0 ? (
        <p className="muted">{t('nobodyWaiting')}</p>
      ) : (
        <ol className="waiting-list__items">
          {props.tickets.slice(0, 30).map((ticket) => {
            const service = center.services.find((s) => s.id === ticket.serviceId);
            // What this citizen's ticket and phone promise (the one wait), so the counter answers "how long still?".
            const wait =
              service &&
              waitInView(center.queue, ticket, service, center.servicePoints, center.settings.priorityPolicy);
            return (
              <li key={ticket.id} className="waiting-list__item">
                <strong className="waiting-list__code">{ticket.displayCode}</strong>
                <span className="waiting-list__info">
                  {service ? localized(nameOf(service)) : ''}
                  <span className="muted">
                    {' '}
                    · {tc('minutes', { count: Math.round((now - ticket.queuedAt) / 60_000) })}
                  </span>
                  {wait && wait.minutes !== null && (
                    <span className="waiting-list__wait">
                      {wait.ahead === 0 ? t('waitNext') : t('waitLeft', { count: wait.ahead, minutes: wait.minutes })}
                    </span>
                  )}
                </span>
                {ticket.priority !== 'none' && (
                  <span className="badge badge--priority" title={tc(`priority.${ticket.priority}`)}>
                    {tc('priorityShort')}
                  </span>
                )}
                <button
                  type="button"
                  className="button button--small"
                  disabled={!props.canCall}
                  onClick={() => props.onCall(ticket)}
                >
                  {t('callThis')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
