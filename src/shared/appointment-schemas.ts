/** Inputs of the appointment endpoints (issue 22). Pure. */
import { z } from 'zod';
import { CODE_PATTERN, normalizeCode } from './appointments';
import { PRIORITY_CLASSES } from './domain';
import { RULE } from './schemas';

const id = z.coerce.number().int().positive();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: RULE.day });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: RULE.time });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

export const bookInput = z.object({
  serviceId: id,
  day,
  time: hhmm,
  procedureId: id.optional(),
  name: optionalText(80),
  phoneLast4: z
    .string()
    .trim()
    .regex(/^\d{4}$/, { message: RULE.phoneLast4 })
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
/** A booking as the book takes it (from the endpoint, a file's line, a return visit). */
export interface BookInput {
  serviceId: number;
  day: string;
  time: string;
  procedureId?: number | undefined;
  name?: string | undefined;
  phoneLast4?: string | undefined;
}

export const appointmentDayQuery = z.object({ day });

export const appointmentCode = z
  .string()
  .transform(normalizeCode)
  .pipe(z.string().regex(CODE_PATTERN, { message: RULE.appointmentCode }));

export const checkInInput = z.object({
  code: appointmentCode,
  priority: z.enum(PRIORITY_CLASSES).default('none'),
});

/**
 * A return visit for the papers still missing: the next working day's first free slot unless a day/time is given.
 * For the case of a ticket (the counter's "hẹn bổ sung"), or for a procedure (the greeter's "thiếu giấy tờ", before
 * any number was taken).
 */
export const returnVisitInput = z.object({
  ticketId: id.optional(),
  procedureId: id.optional(),
  missingPapers: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
  day: day.optional(),
  time: hhmm.optional(),
  print: z.boolean().default(true),
});
export type ReturnVisitInput = z.output<typeof returnVisitInput>;

export const serviceAppointmentsInput = z.object({
  serviceId: id,
  slotMinutes: z.number().int().min(5).max(240),
  perSlot: z.number().int().min(0).max(100),
  held: z.number().int().min(0).max(9999),
  heldUntil: hhmm,
});

export const appointmentSettingsInput = z.object({
  windowBeforeMinutes: z.number().int().min(0).max(240).optional(),
  windowAfterMinutes: z.number().int().min(0).max(240).optional(),
  services: z.array(serviceAppointmentsInput).max(200).optional(),
});
export type AppointmentSettingsInput = z.output<typeof appointmentSettingsInput>;

export const appointmentImportInput = z.object({
  fileName: z.string().trim().max(200).default(''),
  contentBase64: z.string().min(1).max(14_000_000),
  /** Only say what would be booked. */
  dryRun: z.boolean().default(true),
});
