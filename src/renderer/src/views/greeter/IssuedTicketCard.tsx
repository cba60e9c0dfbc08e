import type { ReactNode } from 'react';
import { formatDateTime } from '../../../../shared/time';
import { useLocalized, useTranslation } from '../../i18n';
import { directionsFor } from '../../state/directions';
import { useCenter } from '../../state/use-center';
import type { IssueAnswer } from './GreeterView';

/** The number just issued, huge, with the service and where to go — what the volunteer reads out. */
export function IssuedTicketCard({ answer, children }: { answer: IssueAnswer; children?: ReactNode }) {
  const { ticket } = answer;
  const { t } = useTranslation('greeter');
  const tc = useTranslation('common').t;
  const localized = useLocalized();
  const center = useCenter();
  const service = center.services.find((s) => s.id === ticket.serviceId);
  if (!service) return null;
  const { zone, points } = directionsFor(service, center.zones, center.servicePoints);
  const queue = center.queue.services.find((s) => s.serviceId === service.id);
  const ahead = queue ? queue.waiting.filter((w) => w.queuedAt < ticket.queuedAt).length : 0;
  const counters = points.filter((p) => p.kind === 'counter').map((p) => p.number);
  return (
    <article className="issued" style={{ '--service-color': service.color } as React.CSSProperties}>
      <p className="issued__label">{t('issuedTitle')}</p>
      <p className="issued__number" data-testid="issued-number">
        {ticket.displayCode}
      </p>
      {ticket.priority !== 'none' && (
        <p className="badge badge--priority badge--large">
          {tc('priorityShort')}: {tc(`priority.${ticket.priority}`)}
        </p>
      )}
      <p className="issued__service">{localized({ vi: service.nameVi, en: service.nameEn })}</p>
      <div className="issued__where">
        <span className="issued__go">{t('goTo')}</span>
        {zone && <strong>{localized({ vi: zone.nameVi, en: zone.nameEn })}</strong>}
        {zone && <span>{localized({ vi: zone.directionsVi, en: zone.directionsEn })}</span>}
        {counters.length > 0 && <strong>{t('counters', { list: counters.join(', ') })}</strong>}
      </div>
      <p className="issued__meta">
        {ahead === 0 ? t('aheadNone') : t('ahead', { count: ahead })} · {formatDateTime(ticket.issuedAt)}
      </p>
      {children}
      {ticket.note && <p className="issued__note">{ticket.note}</p>}
    </article>
  );
}
