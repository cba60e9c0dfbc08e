import type { ServicePoint } from '../../api/types';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';

/** Every point of this display with the number it serves; the newest call blinks (and is labelled, not only coloured). */
export function PointBoard({ points, latestTicketId }: { points: ServicePoint[]; latestTicketId: number | null }) {
  const { t } = useTranslation('display');
  const localized = useLocalized();
  const center = useCenter();
  return (
    <section className="board" aria-label={t('boardTitle')}>
      {points.map((point) => {
        const current = center.queue.servicePoints.find((p) => p.servicePointId === point.id)?.current ?? null;
        const isNew = current !== null && current.id === latestTicketId;
        return (
          <div key={point.id} className={`board__row ${isNew ? 'board__row--new' : ''}`} data-point={point.id}>
            <span className="board__top">
              <span className="board__point">{localized({ vi: point.nameVi, en: point.nameEn })}</span>
              {current && !point.paused && (
                <span className="board__state">{current.status === 'serving' ? t('serving') : t('called')}</span>
              )}
            </span>
            {point.paused ? (
              <span className="board__paused">{t('paused')}</span>
            ) : (
              <span className="board__number">{current ? current.displayCode : t('idle')}</span>
            )}
          </div>
        );
      })}
    </section>
  );
}
