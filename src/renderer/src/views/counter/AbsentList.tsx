import { formatDateTime } from '../../../../shared/time';
import { useEndpoint } from '../../api/use-endpoint';
import type { Ticket } from '../../api/types';
import { useTranslation } from '../../i18n';

/**
 * Today's citizens marked absent at this point, newest first: one who comes back late is called back with one
 * tap (the engine allows calling an absent ticket again the same day). Refetched when this point's ticket changes.
 */
export function AbsentList(props: {
  servicePointId: number;
  version: string;
  canCall: boolean;
  onCall: (ticket: Ticket) => void;
}) {
  const { t } = useTranslation('counter');
  const { data } = useEndpoint('pointAbsent', { id: props.servicePointId }, { version: props.version, delayMs: 200 });
  const tickets = data?.tickets ?? [];
  return (
    <section className="absent-list">
      <h2 className="section-title">{t('absentTitle', { count: tickets.length })}</h2>
      {tickets.length === 0 ? (
        <p className="muted">{t('absentNone')}</p>
      ) : (
        <ol className="waiting-list__items">
          {tickets.slice(0, 10).map((ticket) => (
            <li key={ticket.id} className="waiting-list__item">
              <strong className="waiting-list__code">{ticket.displayCode}</strong>
              <span className="waiting-list__info muted">
                {ticket.resolvedAt ? t('absentAt', { time: formatDateTime(ticket.resolvedAt).slice(11) }) : ''}
              </span>
              <button
                type="button"
                className="button button--small"
                disabled={!props.canCall}
                onClick={() => props.onCall(ticket)}
              >
                {t('callBack')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
