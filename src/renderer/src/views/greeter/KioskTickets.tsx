/**
 * Numbers citizens took themselves at the kiosk and still waiting, newest first (issue 22): the volunteer sees them
 * marked as self-issued, and a priority the citizen declared there is named so it can be checked at a glance.
 */
import type { Ticket } from '../../../../shared/domain';
import { nameOf } from '../../../../shared/names';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';

/** The newest two: the left column's room under the keys at 1366×768 (the title counts them all). */
const SHOWN = 2;

export function KioskTickets() {
  const { t } = useTranslation('greeter');
  const center = useCenter();
  const localized = useLocalized();
  const waiting: Ticket[] = center.queue.services
    .flatMap((s) => s.waiting)
    .filter((ticket) => ticket.selfIssued)
    .sort((a, b) => b.issuedAt - a.issuedAt);
  if (waiting.length === 0) return null;
  return (
    <div className="kiosk-tickets" data-testid="kiosk-tickets">
      <h3 className="kiosk-tickets__title">{t('kioskTitle', { count: waiting.length })}</h3>
      <ul className="kiosk-tickets__list">
        {waiting.slice(0, SHOWN).map((ticket) => {
          const service = center.services.find((s) => s.id === ticket.serviceId);
          return (
            <li key={ticket.id} className="kiosk-tickets__item">
              <strong>{ticket.displayCode}</strong> <span className="kiosk-tickets__mark">{t('selfIssued')}</span> ·{' '}
              {service ? localized(nameOf(service)) : ''}
              {ticket.priority !== 'none' && ticket.priority !== 'withheld' && (
                <span className="kiosk-tickets__claim">
                  {' '}
                  · {t('declaredPriority', { priority: t(`priorityChip.${ticket.priority}`) })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
