import { useEndpoint } from '../../api/use-endpoint';
import { useTranslation } from '../../i18n';

/**
 * This point's figures for today, refetched when its own ticket changes (`version` names the current ticket and
 * its status) — not on every event of the center.
 */
export function TodayFigures({ servicePointId, version }: { servicePointId: number; version: string }) {
  const { t } = useTranslation('counter');
  const tc = useTranslation('common').t;
  // Figures are a help, not the work: a failed fetch is retried at the point's next change.
  const { data: today } = useEndpoint('pointToday', { id: servicePointId }, { version, delayMs: 300 });
  if (!today) return null;
  const rows: [string, string | number][] = [
    [t('today.called'), today.called],
    [t('today.resolved'), today.resolved],
    [t('today.noShow'), today.noShow],
    [t('today.transferred'), today.transferred],
    [
      t('today.avgService'),
      today.avgServiceSeconds === null ? '—' : tc('minutes', { count: Math.round(today.avgServiceSeconds / 60) }),
    ],
  ];
  return (
    <section className="today">
      <h2 className="section-title">{t('todayTitle')}</h2>
      <dl className="today__grid">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
