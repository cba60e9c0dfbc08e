/**
 * Handlers of the procedure guide (issue 15): the catalogue (read by every greeter, edited in setup, imported
 * and exported as CSV/XLSX), its settings, the entrance's "missing papers" log with the take-home checklist, and the
 * report figures by procedure.
 */
import { badRequest, conflict } from '../../../shared/errors';
import type { MissingPapersInput } from '../../../shared/procedure-schemas';
import type { MissingPapersAnswer } from '../../../shared/procedures';
import type { Actor } from '../../events/event-log';
import { profileOf } from '../../printing/printer-profiles';
import { pointsInWords } from '../../printing/ticket-facts';
import { catalogueRows, writeCsv, writeXlsx } from '../../procedures/procedure-file';
import { applyImport, importAnswer } from '../../procedures/procedure-import';
import { catalogueAreaOf } from '../../procedures/default-catalogue/index';
import { proceduresCalledFor } from '../../procedures/service-match';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';
import { CONTENT_TYPE } from '../../reports/job-types';
import { reportJson } from './reports';
import type { ProcedureReport } from '../../../shared/procedures';

type ProcedureEndpoint =
  | 'procedures'
  | 'procedure'
  | 'createProcedure'
  | 'updateProcedure'
  | 'procedureOffer'
  | 'moveProcedures'
  | 'procedureGuide'
  | 'updateProcedureGuide'
  | 'exportProcedures'
  | 'importProcedures'
  | 'missingPapers'
  | 'procedureReport';

export function procedureHandlers({ core }: RouteContext): Handlers<ProcedureEndpoint> {
  const { procedures, setup } = core;
  /** The catalogue changed: recorded (who, what) and told to every screen, after the change commits. */
  const changed = (actor: Actor, action: 'created' | 'updated', id: number | null, fields: string[]) =>
    core.log.setup('procedures', action, id, actor, fields);

  /** Logs the citizen sent away and, for "home", queues the checklist to take home (after the commit). */
  function sendAway(procedureId: number, input: MissingPapersInput, deviceId: number): MissingPapersAnswer {
    const procedure = procedures.get(procedureId);
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
    const print = core.printing.printDocument((settings, { imageJob, renderChecklistSlip }) => {
      const profile = profileOf(settings.profileId);
      return imageJob(renderChecklistSlip(facts, profile), profile);
    }, deviceId);
    return { id, print };
  }

  return {
    procedures: () => procedures.list(),
    procedure: ({ id }) => procedures.get(id),

    createProcedure: (input, { actor }) =>
      core.events.run(() => {
        const procedure = procedures.create(input);
        changed(actor, 'created', procedure.id, Object.keys(input));
        return procedure;
      }),
    // Only the fields sent are changed; defaults are not re-applied to a partial update.
    updateProcedure: ({ id, ...patch }, { actor }) =>
      core.events.run(() => {
        const procedure = procedures.update(id, patch);
        changed(actor, 'updated', id, Object.keys(patch));
        return procedure;
      }),

    procedureOffer: ({ id }) => {
      const service = setup.service(id);
      const offered = proceduresCalledFor(service, procedures.list(), (p) => catalogueAreaOf(p.nameVi));
      return {
        serviceId: id,
        procedures: offered.map((p) => ({ id: p.id, nameVi: p.nameVi, nameEn: p.nameEn, serviceId: p.serviceId })),
      };
    },
    moveProcedures: ({ id, procedureIds }, { actor }) => {
      const service = setup.service(id);
      if (!service.active)
        throw conflict('SERVICE_RETIRED', {
          vi: `Dịch vụ “${service.nameVi}” đã ngừng sử dụng: không thể chuyển thủ tục sang đó.`,
          en: `The service “${service.nameEn}” is retired: procedures cannot be moved to it.`,
        });
      return core.events.run(() => {
        for (const procedureId of new Set(procedureIds)) procedures.update(procedureId, { serviceId: id });
        changed(actor, 'updated', null, ['serviceId']);
        return { moved: new Set(procedureIds).size };
      });
    },

    procedureGuide: () => procedures.guideSettings(),
    updateProcedureGuide: (patch, { actor }) =>
      core.events.run(() => {
        const saved = procedures.updateGuideSettings(patch);
        changed(actor, 'updated', null, Object.keys(patch));
        return saved;
      }),

    exportProcedures: async ({ format }) => {
      const rows = catalogueRows(procedures.list(), setup.services());
      const fileName = `danh-muc-thu-tuc.${format}`;
      if (format === 'csv') return { contentType: 'text/csv; charset=utf-8', body: writeCsv(rows), fileName };
      const active = setup.services().filter((s) => s.active);
      return { contentType: CONTENT_TYPE.xlsx, body: await writeXlsx(rows, active), fileName };
    },

    importProcedures: async (input, { actor }) => {
      // Read and planned in a worker process: a large or hostile file never holds up a call (issue 24, point 8).
      const plan = await core.imports.plan({
        bytes: Buffer.from(input.contentBase64, 'base64'),
        existing: procedures.list(),
        services: setup.services(),
        retireMissing: input.retireMissing,
      });
      const apply = !input.dryRun && plan.problems.length === 0;
      if (apply) {
        core.events.run(() => {
          applyImport(plan, procedures);
          changed(actor, 'updated', null, ['import']);
        });
      }
      return importAnswer(plan, apply);
    },

    missingPapers: ({ id, ...input }, { device }) => sendAway(id, input, device.id),

    // On the report worker, like every report over a range.
    procedureReport: ({ from, to }) => reportJson<ProcedureReport>(core, { kind: 'procedures', from, to }),
  };
}
