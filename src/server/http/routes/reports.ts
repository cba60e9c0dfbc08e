/**
 * Reports: figures of a range, exports (CSV per table, XLSX with every table), the weekly volunteer report
 * (JSON, PDF, XLSX) and the report readers' own settings. Every job runs on the report worker, so the queue's
 * thread only parses the request and sends the answer.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ReportSettings } from '../../../shared/reports';
import { mondayOf } from '../../../shared/report-range';
import { exportQuery, reportQuery, reportSettingsInput, weeklyQuery } from '../../../shared/report-schemas';
import { serviceDayOf } from '../../../shared/time';
import type { JobAnswer, ReportJob } from '../../reports/report-jobs';
import { ReportSettingsStore } from '../../reports/report-settings-store';
import { requireRole } from '../auth';
import { parse } from '../parse';
import type { RouteContext } from '../context';

export function reportRoutes(app: FastifyInstance, { core }: RouteContext): void {
  const readers = requireRole('admin', 'reports');
  const settings = new ReportSettingsStore(core.db);

  async function answer(reply: FastifyReply, job: ReportJob) {
    const result: JobAnswer = await core.reports.run(job);
    reply.type(result.contentType);
    if (result.fileName) reply.header('content-disposition', `attachment; filename="${result.fileName}"`);
    const body = result.body;
    return reply.send(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  }

  app.get('/api/reports/summary', { preHandler: readers }, async (request, reply) => {
    const { from, to } = parse(reportQuery, request.query);
    return answer(reply, { kind: 'summary', from, to, now: core.now() });
  });

  app.get('/api/reports/export.csv', { preHandler: readers }, async (request, reply) => {
    const { from, to, table, lang } = parse(exportQuery, request.query);
    return answer(reply, { kind: 'csv', table, from, to, now: core.now(), language: lang });
  });

  app.get('/api/reports/export.xlsx', { preHandler: readers }, async (request, reply) => {
    const { from, to, table, lang } = parse(exportQuery, request.query);
    // Every table of the report in one workbook, or (table=visits) the list of every visit.
    return answer(reply, {
      kind: 'xlsx',
      table: table === 'visits' ? 'visits' : 'summary',
      from,
      to,
      now: core.now(),
      language: lang,
    });
  });

  for (const format of ['json', 'pdf', 'xlsx'] as const) {
    const path = format === 'json' ? '/api/reports/weekly' : `/api/reports/weekly.${format}`;
    app.get(path, { preHandler: readers }, async (request, reply) => {
      const { week, lang } = parse(weeklyQuery, request.query);
      const now = core.now();
      const weekStart = mondayOf(week ?? serviceDayOf(now));
      return answer(reply, { kind: 'weekly', format, weekStart, now, language: lang });
    });
  }

  app.get('/api/reports/settings', { preHandler: readers }, async (): Promise<ReportSettings> => settings.get());

  app.patch('/api/reports/settings', { preHandler: readers }, async (request): Promise<ReportSettings> => {
    return settings.update(parse(reportSettingsInput, request.body ?? {}));
  });
}
