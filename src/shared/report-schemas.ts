/** Inputs of the report routes and of the people behind the figures, parsed at the edge. Pure. */
import { z } from 'zod';
import { dayCount, MAX_REPORT_DAYS } from './report-range';
import { REPORT_TABLES } from './reports';
import { SHIFTS } from './report-labels';
import { idParam, RULE } from './schemas';

const id = z.coerce.number().int().positive();
export const dayString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: RULE.day })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), { message: RULE.day });
const language = z.enum(['vi', 'en']).default('vi');

export const reportQuery = z
  .object({ from: dayString, to: dayString })
  .refine((r) => r.from <= r.to, { message: RULE.rangeOrder, path: ['to'] })
  .refine((r) => r.from > r.to || dayCount(r) <= MAX_REPORT_DAYS, { message: RULE.rangeLength, path: ['from'] });

export const exportQuery = z
  .object({ from: dayString, to: dayString, table: z.enum(REPORT_TABLES).default('summary'), lang: language })
  .refine((r) => r.from <= r.to, { message: RULE.rangeOrder, path: ['to'] })
  .refine((r) => r.from > r.to || dayCount(r) <= MAX_REPORT_DAYS, { message: RULE.rangeLength, path: ['from'] });

/** `week`: any day of the week (its Monday is taken); absent = this week. */
export const weeklyQuery = z.object({ week: dayString.optional(), lang: language });

export const reportSettingsInput = z.object({ youthUnionBranch: z.string().trim().max(200) }).partial();

// ---- people behind the figures ----

export const staffSignInInput = z.object({
  staffId: id,
  pin: z
    .string()
    .regex(/^\d{4,6}$/, { message: RULE.pin })
    .optional(),
});
export type StaffSignInInput = z.infer<typeof staffSignInInput>;

/** A PIN to set, or null to clear it (sign in by tapping one's name). */
export const staffPinInput = z.object({
  pin: z
    .string()
    .regex(/^\d{4,6}$/, { message: RULE.pin })
    .nullable(),
});

export const rosterQuery = z
  .object({ from: dayString, to: dayString })
  .refine((r) => r.from <= r.to, { message: RULE.rangeOrder, path: ['to'] })
  .refine((r) => r.from > r.to || dayCount(r) <= 62, { message: RULE.rangeLength, path: ['from'] });

export const rosterEntryInput = z.object({
  day: dayString,
  shift: z.enum(SHIFTS),
  staffId: id,
  onDuty: z.boolean(),
  /** Hours on duty; absent = what the sign-ins say. */
  hours: z.number().min(0).max(12).nullable().default(null),
  note: z.string().trim().max(200).optional(),
});
export type RosterEntryInput = z.infer<typeof rosterEntryInput>;

const visitHours = z.number().min(0.25).max(12);
const fieldVisitFields = z.object({
  day: dayString,
  place: z.string().trim().min(1).max(200),
  /** How long the visit lasted. */
  hours: visitHours,
  /** Who went, each for the whole visit (shorthand for `volunteers` with the visit's hours). */
  volunteerIds: z.array(id).max(50).default([]),
  /** Who went and for how long each (at most the visit's hours); when given, `volunteerIds` is not read. */
  volunteers: z
    .array(z.object({ staffId: id, hours: visitHours }))
    .max(50)
    .optional(),
  /** Citizens helped, by kind-of-help code. */
  helped: z.record(z.string().regex(/^[a-z0-9_]{1,40}$/), z.number().int().min(0).max(10_000)).default({}),
  elderly: z.number().int().min(0).max(10_000).default(0),
  note: z.string().trim().max(500).optional(),
});
/** Nobody is out longer than the visit itself. */
const withinVisit = (visit: { hours: number; volunteers?: { hours: number }[] | undefined }) =>
  (visit.volunteers ?? []).every((v) => v.hours <= visit.hours);
const withinVisitRule = { message: RULE.volunteerHours, path: ['volunteers'] };
export const fieldVisitInput = fieldVisitFields.refine(withinVisit, withinVisitRule);
export const fieldVisitUpdate = fieldVisitFields.extend(idParam.shape).refine(withinVisit, withinVisitRule);
export type FieldVisitInput = z.infer<typeof fieldVisitInput>;

export const difficultyInput = z.object({
  text: z.string().trim().min(1).max(300),
  servicePointId: id.optional(),
});
export type DifficultyInput = z.infer<typeof difficultyInput>;

export const difficultyQuery = z
  .object({ from: dayString, to: dayString })
  .refine((r) => r.from <= r.to, { message: RULE.rangeOrder, path: ['to'] });
