/**
 * Rows of the endpoint table: the procedure guide — the catalogue (read by the screens, kept in setup, imported and
 * exported as CSV/XLSX), its settings, the entrance's "missing papers" log and its figures
 * (src/server/http/routes/procedures.ts).
 */
import type { FileAnswer } from '../../api';
import {
  missingPapersInput,
  procedureExportQuery,
  procedureGuideSettingsPatch,
  procedureImportInput,
  moveProceduresInput,
  procedureInput,
} from '../../procedure-schemas';
import type {
  MissingPapersAnswer,
  MoveProceduresAnswer,
  Procedure,
  ProcedureOffer,
  ProcedureGuideSettings,
  ProcedureImportAnswer,
  ProcedureReport,
} from '../../procedures';
import { idParam, reportRangeQuery } from '../../schemas';
import { ADMIN, answer, ep, LEADS, may, none, patchOf, withId } from '../endpoint-kit';

/** The screens that look procedures up: the greeter's guide, the counters, the wall display. */
const GUIDE_READERS = may('readGuide');
/** A province's catalogue of a few hundred procedures with their papers, as XLSX in base64, fits in this. */
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

export const PROCEDURE_ENDPOINTS = {
  procedures: ep({
    method: 'GET',
    path: '/api/procedures',
    roles: GUIDE_READERS,
    input: none,
    answer: answer<Procedure[]>(),
    summary: 'Every procedure of the catalogue, retired ones included.',
  }),
  procedure: ep({
    method: 'GET',
    path: '/api/procedures/:id',
    roles: GUIDE_READERS,
    input: idParam,
    answer: answer<Procedure>(),
    summary: 'One procedure.',
  }),
  createProcedure: ep({
    method: 'POST',
    path: '/api/procedures',
    roles: ADMIN,
    input: procedureInput,
    answer: answer<Procedure>(),
    status: 201,
    summary: 'Add a procedure.',
  }),
  updateProcedure: ep({
    method: 'PATCH',
    path: '/api/procedures/:id',
    roles: ADMIN,
    input: patchOf(procedureInput),
    answer: answer<Procedure>(),
    summary: 'Change a procedure (only the fields sent); retire it with `active: false`.',
  }),
  procedureOffer: ep({
    method: 'GET',
    path: '/api/services/:id/procedure-offer',
    roles: ADMIN,
    input: idParam,
    answer: answer<ProcedureOffer>(),
    summary:
      "Procedures whose name or area matches the service's name but lead to another service: what setup offers to move.",
  }),
  moveProcedures: ep({
    method: 'POST',
    path: '/api/services/:id/procedures',
    roles: ADMIN,
    input: withId(moveProceduresInput),
    answer: answer<MoveProceduresAnswer>(),
    summary: 'Make the procedures named lead to this service (the greeter then issues them to it).',
  }),
  procedureGuide: ep({
    method: 'GET',
    path: '/api/procedure-guide',
    roles: GUIDE_READERS,
    input: none,
    answer: answer<ProcedureGuideSettings>(),
    summary: 'What a printed ticket says about its procedure.',
  }),
  updateProcedureGuide: ep({
    method: 'PATCH',
    path: '/api/procedure-guide',
    roles: ADMIN,
    input: procedureGuideSettingsPatch,
    answer: answer<ProcedureGuideSettings>(),
    summary: 'Change what a printed ticket says about its procedure.',
  }),
  exportProcedures: ep({
    method: 'GET',
    path: '/api/procedures/export',
    roles: ADMIN,
    input: procedureExportQuery,
    answer: answer<FileAnswer>(),
    download: true,
    summary: 'The catalogue as a file to edit and import again (CSV: UTF-8 with BOM; or XLSX).',
  }),
  importProcedures: ep({
    method: 'POST',
    path: '/api/procedures/import',
    roles: ADMIN,
    input: procedureImportInput,
    answer: answer<ProcedureImportAnswer>(),
    bodyLimit: IMPORT_BODY_LIMIT,
    summary: 'Read a catalogue file (CSV or XLSX, base64): what would change, or apply it when no line has a problem.',
  }),
  missingPapers: ep({
    method: 'POST',
    path: '/api/procedures/:id/missing-papers',
    roles: may('greet'),
    input: withId(missingPapersInput),
    answer: answer<MissingPapersAnswer>(),
    status: 201,
    idempotent: true,
    summary: 'Log a citizen sent back from the entrance: home (with the checklist printed) or to the help desk.',
  }),
  procedureReport: ep({
    method: 'GET',
    path: '/api/reports/procedures',
    roles: LEADS,
    input: reportRangeQuery,
    answer: answer<ProcedureReport>(),
    summary: 'Tickets and citizens sent back per procedure, and the papers most often missing, over a range.',
  }),
} as const;
