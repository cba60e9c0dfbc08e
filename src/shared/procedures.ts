/**
 * The procedure guide's words as types (issue 15): a procedure (thủ tục hành chính) is what a citizen came to do;
 * the service it belongs to is the line they queue in. Pure.
 */
import type { PrintAnswer } from './domain';

export interface Procedure {
  id: number;
  /** The province's code for it (mã thủ tục, e.g. "1.001193"), when the catalogue came from the province's list. */
  code: string | null;
  nameVi: string;
  nameEn: string;
  /** How people say it: "làm giấy khai sinh", "sao y", "sổ đỏ"… (searched with and without diacritics). */
  aliases: string[];
  /** The service (line) that takes it. */
  serviceId: number;
  /** The papers to bring, one per line: what the greeter reads out and the citizen takes home if one is missing. */
  documents: string[];
  /** Can be filed on the National Public Service Portal / VNeID: the greeter then offers the online help desk. */
  onlineFiling: boolean;
  fee: string;
  timeLimit: string;
  /** Where (and how) the result is returned. */
  resultAt: string;
  /**
   * Checked against the province's list. The shipped catalogue is not: it is a reference ("tham khảo — đối chiếu
   * với danh mục của tỉnh") until the center checks or imports its own.
   */
  checked: boolean;
  active: boolean;
}

/** What the ticket says about the citizen's procedure. */
export const PROCEDURE_ON_TICKET = ['none', 'name', 'nameAndDocuments'] as const;
export type ProcedureOnTicket = (typeof PROCEDURE_ON_TICKET)[number];

export interface ProcedureGuideSettings {
  onTicket: ProcedureOnTicket;
}

export const DEFAULT_PROCEDURE_GUIDE_SETTINGS: ProcedureGuideSettings = { onTicket: 'name' };

/** What the greeter does with a citizen who lacks papers: send them home with the list, or to a help desk. */
export const MISSING_PAPERS_ACTIONS = ['home', 'help_desk'] as const;
export type MissingPapersAction = (typeof MISSING_PAPERS_ACTIONS)[number];

/** `POST /api/procedures/:id/missing-papers`: the log entry and, for "home", how the printed list went. */
export interface MissingPapersAnswer {
  id: number;
  print: PrintAnswer | null;
}

/** `POST /api/procedures/import`: what the file holds and, unless it was a dry run, what was done. */
export interface ProcedureImportAnswer {
  applied: boolean;
  added: number;
  updated: number;
  unchanged: number;
  /** Procedures not in the file that were (or, in a dry run, would be) retired; only with `retireMissing`. */
  retired: number;
  /** Rows that cannot be taken, by their line in the file (1 = the header). Nothing is applied while any exist. */
  problems: { line: number; vi: string; en: string }[];
}

/** `GET /api/reports/procedures?from&to` — the figures a center uses to put up signs or fix its checklists. */
export interface ProcedureReport {
  from: string;
  to: string;
  /** Every procedure with tickets or missing papers in the range, most tickets first. */
  rows: ProcedureReportRow[];
  /** Procedures most often sent back for missing papers (at the entrance or at the counter), most first. */
  mostSentBack: ProcedureReportRow[];
  /** The papers most often missing, by procedure. */
  missingDocuments: { procedureId: number; document: string; times: number }[];
  /** Tickets issued without a procedure (chosen by service only). */
  ticketsWithoutProcedure: number;
}

export interface ProcedureReportRow {
  procedureId: number;
  nameVi: string;
  nameEn: string;
  serviceId: number;
  /** Cases opened for it (a transfer carries the case on; it is counted once). */
  tickets: number;
  /** Resolved at a counter as "hồ sơ chưa đầy đủ". */
  incompleteAtCounter: number;
  /** Sent home from the entrance with the list of missing papers. */
  sentHome: number;
  /** Sent from the entrance to a help desk because of missing papers. */
  sentToHelpDesk: number;
  /** incompleteAtCounter + sentHome + sentToHelpDesk. */
  sentBack: number;
}

/**
 * `GET /api/services/:id/procedure-offer` (issue 19 §4): the catalogue's procedures whose name or area matches the
 * service's name but that lead to another service today — what setup offers to move when a service is added or
 * renamed.
 */
export interface ProcedureOffer {
  serviceId: number;
  procedures: { id: number; nameVi: string; nameEn: string; serviceId: number }[];
}

/** `POST /api/services/:id/procedures`: how many procedures now lead to the service. */
export interface MoveProceduresAnswer {
  moved: number;
}
