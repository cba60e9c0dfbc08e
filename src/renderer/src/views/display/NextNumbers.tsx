import type { Service } from '../../api/types';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';

/** Per service: the next few numbers and how many wait. */
export function NextNumbers({ services }: { services: Service[] }) {
  const { t } = useTranslation('display');
  const localized = useLocalized();
  const center = useCenter();
  return (
    <div className="next">
      <h2 className="next__title">{t('nextTitle')}</h2>
      <ul className="next__list">
        {services.map((service) => {
          const queue = center.queue.services.find((s) => s.serviceId === service.id);
          const next = queue?.waiting.slice(0, 3) ?? [];
          return (
            <li
              key={service.id}
              className="next__item"
              style={{ '--service-color': service.color } as React.CSSProperties}
            >
              <span className="next__prefix">{service.prefix}</span>
              <span className="next__name">{localized({ vi: service.nameVi, en: service.nameEn })}</span>
              <span className="next__codes">{next.map((ticket) => ticket.displayCode).join('  ')}</span>
              <span className="next__count">
                {queue && queue.waitingCount > 0 ? t('waiting', { count: queue.waitingCount }) : t('nobodyWaiting')}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
