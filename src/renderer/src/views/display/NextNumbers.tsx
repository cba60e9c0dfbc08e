/**
 * Per service: the next numbers in the order they will really be called (the engine's pick order and each
 * point's streak: src/shared/queue-view.ts `nextNumbers`) and how many wait. Rows keep a readable height; when
 * a center has more services than fit, they show in pages that turn by themselves.
 */
import type { CSSProperties } from 'react';
import { nextNumbers } from '../../../../shared/queue-view';
import type { Service } from '../../api/types';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { usePages } from './use-pages';

/** A row is never shorter than this share of the screen's height (two lines of text a room away). */
const MIN_ROW_VH = 6.4;
const GAP_VH = 0.6;
const TURN_MS = 9_000;
const SHOWN_NUMBERS = 3;
/** Past this many characters a name takes two smaller lines instead of one. */
const LONG_NAME = 44;

export function NextNumbers({ services }: { services: Service[] }) {
  const { t } = useTranslation('display');
  const localized = useLocalized();
  const center = useCenter();
  const vh = window.innerHeight / 100;
  const { box, rows, rowsPerPage, page, pages } = usePages(services, MIN_ROW_VH * vh, GAP_VH * vh, TURN_MS);
  const policy = center.settings.priorityPolicy;
  return (
    <section className="next" aria-labelledby="next-title">
      <h2 className="next__title" id="next-title">
        {t('nextTitle')}
        {pages > 1 && <span className="next__page">{t('page', { page: page + 1, pages })}</span>}
      </h2>
      <ul className="next__list" ref={box} style={{ '--rows': rowsPerPage } as CSSProperties}>
        {rows.map((service) => {
          const queue = center.queue.services.find((s) => s.serviceId === service.id);
          const name = localized({ vi: service.nameVi, en: service.nameEn });
          const next = nextNumbers(center.queue, service.id, center.servicePoints, policy, SHOWN_NUMBERS);
          return (
            <li
              key={service.id}
              className="next__item"
              data-service={service.prefix}
              style={{ '--service-color': service.color } as CSSProperties}
            >
              <span className="next__prefix">{service.prefix}</span>
              <span className={`next__name ${name.length > LONG_NAME ? 'next__name--long' : ''}`}>{name}</span>
              <span className="next__codes">
                {next.length > 0
                  ? next
                      .map((ticket) =>
                        ticket.appointment?.first
                          ? `${ticket.displayCode} (${t('appointment', { time: ticket.appointment.time })})`
                          : ticket.displayCode,
                      )
                      .join('  ')
                  : '—'}
              </span>
              <span className="next__count">
                {queue && queue.waitingCount > 0 ? t('waiting', { count: queue.waitingCount }) : t('nobodyWaiting')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
