/**
 * The API contract's inputs, parsed at the edge with zod and trusted inside. Pure.
 */
import { z } from 'zod';
import {
  DEVICE_ROLES,
  HELP_KINDS,
  OUTCOMES,
  PRIORITY_CLASSES,
  PRIORITY_POLICIES,
  SERVICE_KINDS,
  SERVICE_POINT_KINDS,
  STAFF_ROLES,
  TRANSFER_PLACEMENTS,
} from './domain';

const id = z.coerce.number().int().positive();
const text = (max: number) => z.string().trim().max(max);
const name = z.string().trim().min(1).max(120);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'HH:mm' });

export const idParam = z.object({ id });

export const issuingWindowSchema = z
  .object({ from: hhmm, to: hhmm })
  .refine((w) => w.from < w.to, { message: 'from < to', path: ['to'] });

// ---- queue actions ----

export const issueTicketInput = z.object({
  serviceId: id,
  priority: z.enum(PRIORITY_CLASSES).default('none'),
  note: text(200).optional(),
});
export type IssueTicketInput = z.infer<typeof issueTicketInput>;

/** Which point acts. A counter device is bound to one; an admin names it. */
export const pointActionInput = z.object({
  servicePointId: id.optional(),
  staffId: id.optional(),
});
export type PointActionInput = z.infer<typeof pointActionInput>;

export const resolveInput = pointActionInput.extend({
  outcome: z.enum(OUTCOMES).default('completed'),
  helpKind: z.enum(HELP_KINDS).optional(),
  fileCode: text(60).optional(),
  note: text(500).optional(),
});
export type ResolveInput = z.infer<typeof resolveInput>;

export const transferInput = pointActionInput
  .extend({
    toServiceId: id.optional(),
    toServicePointId: id.optional(),
    placement: z.enum(TRANSFER_PLACEMENTS).default('front'),
    note: text(200).optional(),
  })
  .refine((t) => t.toServiceId !== undefined || t.toServicePointId !== undefined, {
    message: 'toServiceId | toServicePointId',
    path: ['toServiceId'],
  });
export type TransferInput = z.infer<typeof transferInput>;

export const cancelInput = pointActionInput.extend({ reason: text(200).optional() });
export type CancelInput = z.infer<typeof cancelInput>;

export const pauseInput = z.object({ reason: text(200).min(1) });

// ---- setup ----

export const zoneInput = z.object({
  nameVi: name,
  nameEn: name,
  directionsVi: text(200).default(''),
  directionsEn: text(200).default(''),
});

export const serviceInput = z.object({
  prefix: z
    .string()
    .trim()
    .regex(/^[A-Z]{1,2}$/, { message: 'A–Z, 1–2' }),
  nameVi: name,
  nameEn: name,
  kind: z.enum(SERVICE_KINDS),
  zoneId: id.nullable().default(null),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: '#RRGGBB' })
    .default('#1565c0'),
  targetWaitMinutes: z.number().int().min(1).max(600).default(20),
  dailyCap: z.number().int().min(1).max(9999).nullable().default(null),
  issuingDays: z.array(z.number().int().min(1).max(7)).max(7).default([]),
  issuingHours: z.array(issuingWindowSchema).max(6).default([]),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(9999).default(0),
});

export const servicePointInput = z.object({
  number: z.number().int().min(1).max(999),
  nameVi: name,
  nameEn: name,
  kind: z.enum(SERVICE_POINT_KINDS),
  zoneId: id.nullable().default(null),
  serviceIds: z.array(id).max(50).default([]),
  active: z.boolean().default(true),
  staffId: id.nullable().default(null),
});

export const staffInput = z.object({
  name,
  role: z.enum(STAFF_ROLES),
  active: z.boolean().default(true),
});

export const settingsPatch = z
  .object({
    centerNameVi: name,
    centerNameEn: name,
    priorityPolicy: z.object({
      kind: z.enum(PRIORITY_POLICIES),
      regularPerPriority: z.number().int().min(1).max(20),
    }),
    noticeVi: text(500),
    noticeEn: text(500),
    ticketFooterVi: text(200),
    ticketFooterEn: text(200),
  })
  .partial();

export const deviceInput = z
  .object({
    name,
    role: z.enum(DEVICE_ROLES),
    servicePointId: id.nullable().default(null),
  })
  .refine((d) => (d.role === 'counter') === (d.servicePointId !== null), {
    message: 'servicePointId ⇔ role counter',
    path: ['servicePointId'],
  });

export const sessionInput = z.object({ token: z.string().min(16).max(200) });

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'yyyy-MM-dd' });
export const reportRangeQuery = z
  .object({ from: day, to: day })
  .refine((r) => r.from <= r.to, { message: 'from ≤ to', path: ['to'] });
