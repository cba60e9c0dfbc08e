/**
 * The frame of a report over a chosen period: the period's picker (and what goes beside it, the downloads), the
 * error line, "Đang tải…" until the period's answer is in, then the report's own figures. The answer is fetched
 * again while the period includes today (`useLiveReport`).
 */
import { useState, type ReactNode } from 'react';
import type { EndpointAnswer } from '../../../../shared/contract/endpoints';
import type { DayRange } from '../../../../shared/report-range';
import type { InputArgs } from '../../api/client';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { initialRange, RangePicker, type ChosenRange } from './RangePicker';
import { answerFor, useLiveReport } from './use-report';

/** The reports asked for with just the period's first and last day, that say which period they answer for. */
export type PeriodReportName = 'reportSummary' | 'procedureReport' | 'appointmentReport';

export function RangedReport<N extends PeriodReportName>({
  name,
  className,
  beside,
  figures,
}: {
  name: N;
  /** Besides `report-overview`. */
  className?: string;
  beside?: (range: ChosenRange) => ReactNode;
  /** `live`: the period includes today, so the figures move with the queue. */
  figures: (report: EndpointAnswer<N>, live: boolean) => ReactNode;
}) {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
  const { queue } = useCenter();
  const today = queue.serviceDay;
  const [range, setRange] = useState<ChosenRange>(() => initialRange(today));
  const input = { from: range.from, to: range.to } as InputArgs<N>[0];
  const { data, failure, loading } = useLiveReport(name, input, range, today);
  // Each of PeriodReportName's answers names its period; TypeScript does not see it through the generic name.
  const report = answerFor(data as (EndpointAnswer<N> & DayRange) | null, range);
  return (
    <div className={className ? `report-overview ${className}` : 'report-overview'}>
      <section className="report-section report-section--bar" aria-label={t('range.label')}>
        <RangePicker range={range} today={today} onChange={setRange} />
        {beside?.(range)}
      </section>
      {failure && (
        <p className="notice notice--error" role="alert">
          {localized(failure)}
        </p>
      )}
      {!report && loading && <p className="report-loading">{t('loading')}</p>}
      {report && figures(report, range.from <= today && today <= range.to)}
    </div>
  );
}
