/** The procedure guide's inputs (issue 15), parsed at the edge with zod. Pure. */
import { z } from 'zod';
import { MISSING_PAPERS_ACTIONS, PROCEDURE_ON_TICKET } from './procedures';

const id = z.coerce.number().int().positive();
const text = (max: number) => z.string().trim().max(max);
const line = (max: number) => z.string().trim().min(1).max(max);

export const procedureInput = z.object({
  /** The province's code; empty is none. */
  code: text(40)
    .nullable()
    .default(null)
    .transform((code) => code || null),
  nameVi: line(300),
  /** Optional: a province's list has no English; screens in English then show the Vietnamese name. */
  nameEn: text(300).default(''),
  aliases: z.array(line(200)).max(60).default([]),
  serviceId: id,
  documents: z.array(line(400)).max(40).default([]),
  onlineFiling: z.boolean().default(false),
  fee: text(300).default(''),
  timeLimit: text(300).default(''),
  resultAt: text(300).default(''),
  /** A procedure a manager enters is the center's own, so checked unless they say otherwise. */
  checked: z.boolean().default(true),
  active: z.boolean().default(true),
});
export type ProcedureInput = z.output<typeof procedureInput>;

export const procedureGuideSettingsPatch = z.object({ onTicket: z.enum(PROCEDURE_ON_TICKET) }).partial();

/** The entrance sends a citizen away for missing papers: home with the list (printed), or to a help desk ticket. */
export const missingPapersInput = z.object({
  action: z.enum(MISSING_PAPERS_ACTIONS),
  /** The papers that were missing (a subset of the checklist; empty = the volunteer did not say which). */
  missing: z.array(line(400)).max(40).default([]),
  /** For `help_desk`: the ticket just issued to the help desk. */
  ticketId: id.optional(),
  /** For `home`: print the list for the citizen to take home. */
  print: z.boolean().default(true),
});
export type MissingPapersInput = z.output<typeof missingPapersInput>;

/** A catalogue file from the province (CSV or XLSX), base64 so the bytes arrive as they are on disk. */
export const procedureImportInput = z.object({
  fileName: text(200).default(''),
  contentBase64: z.string().min(1).max(14_000_000),
  /** Only say what would change. */
  dryRun: z.boolean().default(true),
  /** Retire the procedures the file does not list (the file is the whole catalogue). */
  retireMissing: z.boolean().default(false),
});

export const procedureExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });

/** `POST /api/services/:id/procedures`: the procedures that now lead to this service (one tap in setup). */
export const moveProceduresInput = z.object({
  procedureIds: z.array(id).min(1).max(2000),
});
export type MoveProceduresInput = z.infer<typeof moveProceduresInput>;
