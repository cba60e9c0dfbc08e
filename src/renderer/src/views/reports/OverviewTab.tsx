/** A period's figures: headline, charts (by day, weekday × hour, help and outcomes), tables and downloads. */
import { useMemo, useState } from 'react';
import { outcomeLabel, priorityLabel } from '../../../../shared/report-labels';
import type { ReportSummary } from '../../../../shared/reports';
import { formatDateTime, formatServiceDay } from '../../../../shared/time';
import { useLocalized, useTranslation } from '../../i18n';
import { BreakdownTables } from './BreakdownTables';
import { Chart } from './Chart';
import { barsOption, byDayOption, heatmapOption } from './chart-options';
import { Downloads } from './Downloads';
import { HeadlineFigures } from './HeadlineFigures';
import { RangedReport } from './RangedReport';

export function OverviewTab() {
  const { t } = useTranslation('reports');
  return (
    <RangedReport
      name="reportSummary"
      beside={(range) => <Downloads range={range} />}
      figures={(report, live) => (
        <>
          <HeadlineFigures report={report} />
          <p className="report-footnote">
            {t('made', { time: formatDateTime(report.generatedAt) })}
            {live ? ` · ${t('live')}` : ''}
          </p>
          <Charts report={report} />
          <BreakdownTables report={report} />
        </>
      )}
    />
  );
}

function Charts({ report }: { report: ReportSummary }) {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
  const [heat, setHeat] = useState<'arrivals' | 'wait'>('arrivals');
  const dayLabel = (day: string) => formatServiceDay(day).slice(0, 5);
  const byDay = useMemo(
    () => byDayOption(report.byDay, { issued: t('charts.issued'), medianWait: t('charts.medianWait'), day: dayLabel }),
    [report, t],
  );
  const heatmap = useMemo(
    () => heatmapOption(report.heatmap, heat, (d) => t(`weekdays.d${d as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)),
    [report, heat, t],
  );
  const help = useMemo(
    () =>
      barsOption(
        report.helpKinds.map((h) => ({ label: localized(h.name), value: h.count })),
        '#00838f',
      ),
    [report, localized],
  );
  const outcomes = useMemo(
    () => barsOption(report.byOutcome.map((o) => ({ label: localized(outcomeLabel(o.code)), value: o.count }))),
    [report, localized],
  );
  const priority = useMemo(
    () =>
      barsOption(
        report.priority.byClass.map((p) => ({ label: localized(priorityLabel(p.code)), value: p.count })),
        '#b3261e',
      ),
    [report, localized],
  );
  if (report.issued === 0 && report.byDay.length === 0) return <p className="report-empty">{t('charts.empty')}</p>;
  return (
    <div className="report-charts">
      {report.byDay.length > 1 && (
        <figure className="report-card report-card--wide">
          <figcaption>{t('charts.byDay')}</figcaption>
          <Chart option={byDay} label={t('charts.byDay')} />
        </figure>
      )}
      <figure className="report-card report-card--wide">
        <figcaption className="report-card__head">
          <span>{heat === 'arrivals' ? t('charts.heatmap') : t('charts.heatmapWait')}</span>
          <span className="report-switch" role="group">
            {(['arrivals', 'wait'] as const).map((mode) => (
              <button key={mode} type="button" aria-pressed={heat === mode} onClick={() => setHeat(mode)}>
                {mode === 'arrivals' ? t('charts.showArrivals') : t('charts.showWait')}
              </button>
            ))}
          </span>
        </figcaption>
        <Chart option={heatmap} label={t('charts.heatmap')} height={300} />
      </figure>
      <figure className="report-card">
        <figcaption>{t('charts.help')}</figcaption>
        {report.helpKinds.length ? <Chart option={help} label={t('charts.help')} height={260} /> : <Empty />}
      </figure>
      <figure className="report-card">
        <figcaption>{t('charts.outcomes')}</figcaption>
        {report.byOutcome.length ? <Chart option={outcomes} label={t('charts.outcomes')} height={260} /> : <Empty />}
      </figure>
      <figure className="report-card">
        <figcaption>{t('charts.priority')}</figcaption>
        {report.priority.byClass.length ? (
          <Chart option={priority} label={t('charts.priority')} height={260} />
        ) : (
          <Empty />
        )}
      </figure>
    </div>
  );
}

function Empty() {
  const { t } = useTranslation('reports');
  return <p className="report-empty">{t('charts.empty')}</p>;
}
