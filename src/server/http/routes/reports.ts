/**
 * Handlers of the reports: figures of a range, exports (CSV per table, XLSX with every table), the weekly
 * volunteer report (JSON, PDF, XLSX) and the report readers' own settings. Every job runs on the report worker, so
 * the queue's thread only parses the request and sends the answer — JSON as the worker wrote it.
 */
import type { FileAnswer } from '../../../shared/api';
import { mondayOf } from '../../../shared/report-range';
import type { ReportSummary, WeeklyReport } from '../../../shared/reports';
import { serviceDayOf } from '../../../shared/time';
import type { ReportJob } from '../../reports/job-types';
import { ReportSettingsStore } from '../../reports/report-settings-store';
import type { RouteContext } from '../context';
import { JsonText, type Handlers } from '../endpoints';

type ReportEndpoint =
  | 'reportSummary'
  | 'exportCsv'
  | 'exportXlsx'
  | 'weeklyReport'
  | 'weeklyReportPdf'
  | 'weeklyReportXlsx'
  | 'reportSettings'
  | 'updateReportSettings';

/** A JSON job's answer, as the report worker wrote it: the type of what that job writes. */
export async function reportJson<A>(core: RouteContext['core'], job: ReportJob): Promise<JsonText<A>> {
  const { body } = await core.reports.run(job);
  return new JsonText<A>(typeof body === 'string' ? body : new TextDecoder().decode(body));
}

export function reportHandlers({ core }: RouteContext): Handlers<ReportEndpoint> {
  const settings = new ReportSettingsStore(core.db);
  const file = (job: ReportJob): Promise<FileAnswer> => core.reports.run(job);
  const json = <A>(job: ReportJob) => reportJson<A>(core, job);
  const weekly = (
    { week, lang }: { week?: string | undefined; lang: 'vi' | 'en' },
    format: 'json' | 'pdf' | 'xlsx',
  ) => {
    const now = core.now();
    return { kind: 'weekly', format, weekStart: mondayOf(week ?? serviceDayOf(now)), now, language: lang } as const;
  };

  return {
    reportSummary: ({ from, to }) => json<ReportSummary>({ kind: 'summary', from, to, now: core.now() }),
    exportCsv: ({ from, to, table, lang }) => file({ kind: 'csv', table, from, to, now: core.now(), language: lang }),
    // Every table of the report in one workbook, or (table=visits) the list of every visit.
    exportXlsx: ({ from, to, table, lang }) =>
      file({
        kind: 'xlsx',
        table: table === 'visits' ? 'visits' : 'summary',
        from,
        to,
        now: core.now(),
        language: lang,
      }),

    weeklyReport: (query) => json<WeeklyReport>(weekly(query, 'json')),
    weeklyReportPdf: (query) => file(weekly(query, 'pdf')),
    weeklyReportXlsx: (query) => file(weekly(query, 'xlsx')),

    reportSettings: () => settings.get(),
    updateReportSettings: (patch) => settings.update(patch),
  };
}
