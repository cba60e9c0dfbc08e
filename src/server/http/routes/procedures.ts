/**
 * The procedure guide through the API (issue 15): the catalogue (read by every greeter, edited in setup, imported
 * and exported as CSV/XLSX), its settings, the entrance's "missing papers" log with the take-home checklist, and the
 * report figures by procedure.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest } from '../../../shared/errors';
import {
  missingPapersInput,
  procedureExportQuery,
  procedureGuideSettingsPatch,
  procedureImportInput,
  procedureInput,
  type ProcedureInput,
} from '../../../shared/procedure-schemas';
import type { MissingPapersAnswer } from '../../../shared/procedures';
import { idParam, reportRangeQuery } from '../../../shared/schemas';
import { imageJob } from '../../printing/escpos-job';
import { profileOf } from '../../printing/printer-profiles';
import { pointsInWords } from '../../printing/ticket-facts';
import { renderChecklistSlip } from '../../procedures/checklist-slip';
import { catalogueRows, readCatalogueFile, writeCsv, writeXlsx } from '../../procedures/procedure-file';
import { applyImport, importAnswer, planImport } from '../../procedures/procedure-import';
import { procedureReport } from '../../procedures/procedure-report';
import { requireRole } from '../auth';
import type { RouteContext } from '../context';
import { requestFingerprint } from '../idempotency';
import { parse } from '../parse';

/** A province's catalogue of a few hundred procedures with their papers, as XLSX in base64, fits in this. */
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

export function procedureRoutes(app: FastifyInstance, { core, idempotency }: RouteContext): void {
  const { procedures, setup } = core;
  const anyone = requireRole('admin', 'greeter', 'counter', 'display');
  const admin = requireRole('admin');
  /** The catalogue changed: recorded (who, what) and told to every screen, after the change commits. */
  const changed = (deviceId: number, action: 'created' | 'updated', id: number | null, fields: string[]) =>
    core.events.run(() => core.log.setup('procedures', action, id, { deviceId }, fields));

  app.get('/api/procedures', { preHandler: anyone }, async () => procedures.list());

  app.get('/api/procedures/:id', { preHandler: anyone }, async (request) =>
    procedures.get(parse(idParam, request.params).id),
  );

  app.post('/api/procedures', { preHandler: admin }, async (request, reply) => {
    const input = parse(procedureInput, request.body ?? {});
    const created = core.events.run(() => {
      const procedure = procedures.create(input);
      changed(request.device!.id, 'created', procedure.id, Object.keys(input));
      return procedure;
    });
    reply.code(201);
    return created;
  });

  app.patch('/api/procedures/:id', { preHandler: admin }, async (request) => {
    const { id } = parse(idParam, request.params);
    // Only the fields sent are changed; defaults are not re-applied to a partial update.
    const patch = parse(procedureInput.partial(), request.body ?? {});
    const sent = Object.keys((request.body as object | null) ?? {});
    const fields = Object.fromEntries(Object.entries(patch).filter(([k]) => sent.includes(k)));
    const updated = core.events.run(() => {
      const procedure = procedures.update(id, fields as Partial<ProcedureInput>);
      changed(request.device!.id, 'updated', id, Object.keys(fields));
      return procedure;
    });
    return updated;
  });

  app.get('/api/procedure-guide', { preHandler: anyone }, async () => procedures.guideSettings());

  app.patch('/api/procedure-guide', { preHandler: admin }, async (request) => {
    const patch = parse(procedureGuideSettingsPatch, request.body ?? {});
    const settings = core.events.run(() => {
      const saved = procedures.updateGuideSettings(patch);
      changed(request.device!.id, 'updated', null, Object.keys(patch));
      return saved;
    });
    return settings;
  });

  app.get('/api/procedures/export', { preHandler: admin }, async (request, reply) => {
    const { format } = parse(procedureExportQuery, request.query ?? {});
    const rows = catalogueRows(procedures.list(), setup.services());
    const file =
      format === 'csv'
        ? writeCsv(rows)
        : await writeXlsx(
            rows,
            setup.services().filter((s) => s.active),
          );
    return reply
      .type(
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      .header('Content-Disposition', `attachment; filename="danh-muc-thu-tuc.${format}"`)
      .send(file);
  });

  app.post('/api/procedures/import', { preHandler: admin, bodyLimit: IMPORT_BODY_LIMIT }, async (request) => {
    const input = parse(procedureImportInput, request.body ?? {});
    const table = await readCatalogueFile(Buffer.from(input.contentBase64, 'base64'));
    const plan = planImport(table, procedures.list(), setup.services(), input.retireMissing);
    const apply = !input.dryRun && plan.problems.length === 0;
    if (apply) {
      core.events.run(() => {
        applyImport(plan, procedures);
        changed(request.device!.id, 'updated', null, ['import']);
      });
    }
    return importAnswer(plan, apply);
  });

  app.post(
    '/api/procedures/:id/missing-papers',
    { preHandler: requireRole('admin', 'greeter') },
    async (request: FastifyRequest, reply) => {
      const device = request.device!;
      const key = request.headers['idempotency-key'];
      const answer = await core.events.runGrouped(() =>
        idempotency.run(
          device.id,
          typeof key === 'string' ? key : undefined,
          requestFingerprint(`POST ${request.url}`, request.body),
          () => ({
            status: 201,
            body: sendAway(request, device.id),
          }),
        ),
      );
      reply.code(answer.status);
      return answer.body;
    },
  );

  /** Logs the citizen sent away and, for "home", queues the checklist to take home (after the commit). */
  function sendAway(request: FastifyRequest, deviceId: number): MissingPapersAnswer {
    const procedure = procedures.get(parse(idParam, request.params).id);
    const input = parse(missingPapersInput, request.body ?? {});
    if (input.action === 'help_desk' && input.ticketId === undefined)
      throw badRequest('HELP_DESK_TICKET_REQUIRED', {
        vi: 'Hãy cấp số cho bàn hỗ trợ trước, rồi gửi kèm số phiếu (ticketId).',
        en: 'Issue the help desk ticket first, then send its id (ticketId).',
      });
    if (input.ticketId !== undefined) core.engine.getTicket(input.ticketId);
    const id = procedures.recordMissingPapers(procedure.id, input, deviceId);
    if (input.action !== 'home' || !input.print) return { id, print: null };
    const service = setup.service(procedure.serviceId);
    const facts = {
      centerName: setup.settings().centerNameVi,
      procedure,
      service,
      zone: service.zoneId === null ? null : setup.zone(service.zoneId),
      servicePoints: pointsInWords(setup.servicePoints().filter((p) => p.active && p.serviceIds.includes(service.id))),
      missing: input.missing,
      at: Date.now(),
    };
    const print = core.printing.printDocument((settings) => {
      const profile = profileOf(settings.profileId);
      return imageJob(renderChecklistSlip(facts, profile), profile);
    }, deviceId);
    return { id, print };
  }

  app.get('/api/reports/procedures', { preHandler: admin }, async (request) => {
    const { from, to } = parse(reportRangeQuery, request.query);
    return procedureReport(core.db, from, to);
  });
}
