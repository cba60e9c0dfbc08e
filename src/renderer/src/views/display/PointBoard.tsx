import type { CSSProperties } from 'react';
import type { ServicePoint } from '../../api/types';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import type { LatestCall } from './use-latest-call';

/**
 * Every point of this display with the number it serves; the newest call is outlined and labelled (not only
 * coloured), a recall as "mời lại". Numbers shrink with their cell, so twelve or twenty points still fit.
 */
export function PointBoard({ points, latest }: { points: ServicePoint[]; latest: LatestCall | null }) {
  const { t } = useTranslation('display');
  const localized = useLocalized();
  const center = useCenter();
  const columns = points.length > 12 ? 3 : points.length > 1 ? 2 : 1;
  return (
    <section className="board" aria-label={t('boardTitle')} style={{ '--columns': columns } as CSSProperties}>
      {points.map((point) => {
        const current = center.queue.servicePoints.find((p) => p.servicePointId === point.id)?.current ?? null;
        const isNew = current !== null && latest?.fresh === true && current.id === latest.ticket.id;
        const state =
          isNew && latest.recall ? t('recalled') : current?.status === 'serving' ? t('serving') : t('called');
        return (
          <div
            key={point.id}
            className={`board__row ${isNew ? 'board__row--new' : ''} ${isNew && latest.recall ? 'board__row--recall' : ''}`}
            data-point={point.id}
          >
            <span className="board__top">
              <span className="board__point">{localized({ vi: point.nameVi, en: point.nameEn })}</span>
              {current && !point.paused && <span className="board__state">{state}</span>}
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
