/** The period at a glance: how many came and were served, how long they waited and were served. */
import type { ReportSummary } from '../../../../shared/reports';
import { useTranslation } from '../../i18n';
import { useReportFormat } from './report-format';
import { ReportTiles, type Tile } from './ReportTiles';

export function HeadlineFigures({ report }: { report: ReportSummary }) {
  const { t } = useTranslation('reports');
  const f = useReportFormat();
  const tiles: Tile[] = [
    { label: t('headline.issued'), value: f.count(report.issued) },
    {
      label: t('headline.served'),
      value: f.count(report.served),
      ...(report.open > 0 ? { detail: t('headline.open', { count: report.open }) } : {}),
    },
    { label: t('headline.resolved'), value: f.count(report.resolved) },
    {
      label: t('headline.absent'),
      value: f.count(report.absent),
      detail: t('headline.calledBack', { count: report.calledBack }),
    },
    {
      label: t('headline.cancelled'),
      value: f.count(report.cancelled),
      detail: t('headline.closedAtDayEnd', { count: report.closedAtDayEnd }),
    },
    { label: t('headline.transferred'), value: f.count(report.transferred) },
    { label: t('headline.waitP50'), value: f.duration(report.wait.p50Seconds), tone: 'wait' },
    { label: t('headline.waitP90'), value: f.duration(report.wait.p90Seconds), tone: 'wait' },
    { label: t('headline.waitMax'), value: f.duration(report.wait.maxSeconds), tone: 'wait' },
    { label: t('headline.serviceP50'), value: f.duration(report.service.p50Seconds) },
    {
      label: t('headline.withinTarget'),
      value: f.share(report.withinTarget.share),
      detail: t('headline.withinTargetOf', {
        within: f.count(report.withinTarget.within),
        of: f.count(report.withinTarget.of),
      }),
      tone: 'ok',
    },
    { label: t('headline.priorityShare'), value: f.share(report.priority.share) },
  ];
  return <ReportTiles tiles={tiles} />;
}
