import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { useBlink } from './use-blink';
import type { LatestCall } from './use-latest-call';

/** The newest call, large: "Xin mời số A012 đến Quầy 3" — or, for a recall, "Mời lại số A012" on yellow. */
export function CallPanel({ latest }: { latest: LatestCall | null }) {
  const { t } = useTranslation('display');
  const localized = useLocalized();
  const center = useCenter();
  const point = latest && center.servicePoints.find((p) => p.id === latest.ticket.servicePointId);
  const lit = useBlink(latest?.fresh ? `${latest.ticket.id}:${latest.recall}` : null);
  const classes = [
    'display__call',
    latest?.fresh ? 'display__call--new' : '',
    lit ? 'display__call--lit' : '',
    latest?.recall ? 'display__call--recall' : '',
  ].join(' ');
  return (
    <section className={classes} aria-live="assertive" data-testid="display-call">
      {latest && point ? (
        <>
          {latest.recall ? (
            <p className="display__call-label display__call-label--recall" data-testid="display-recall">
              {t('recallCalling')}
            </p>
          ) : (
            <p className="display__call-label">{t('nowCalling')}</p>
          )}
          <p className="display__call-number">{latest.ticket.displayCode}</p>
          <p className="display__call-point">
            {t('toPoint', { point: localized({ vi: point.nameVi, en: point.nameEn }) })}
          </p>
        </>
      ) : (
        <p className="display__call-label">{t('noCallYet')}</p>
      )}
    </section>
  );
}
