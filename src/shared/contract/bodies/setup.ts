/**
 * Setup's request bodies (endpoint-rows/setup.ts): zones, services and their issuing hours, points, kinds of help,
 * staff, the center's settings. Pure.
 */
import { z } from 'zod';
import { DEFAULT_HANDLING_MINUTES } from '../../estimate';
import { PRIORITY_POLICIES, SERVICE_KINDS, SERVICE_POINT_KINDS, STAFF_ROLES } from '../../domain';
import { id, text, name, hhmm, HELP_KIND_CODE, RULE } from '../../schemas';

export const issuingWindowSchema = z
  .object({ from: hhmm, to: hhmm })
  .refine((w) => w.from < w.to, { message: RULE.windowOrder, path: ['to'] });

export const zoneInput = z.object({
  nameVi: name,
  nameEn: name,
  directionsVi: text(200).default(''),
  directionsEn: text(200).default(''),
  active: z.boolean().default(true),
});

export const serviceInput = z.object({
  prefix: z
    .string()
    .trim()
    .regex(/^[A-Z]{1,2}$/, { message: RULE.prefix }),
  nameVi: name,
  nameEn: name,
  kind: z.enum(SERVICE_KINDS),
  zoneId: id.nullable().default(null),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: RULE.colour })
    .default('#1565c0'),
  targetWaitMinutes: z.number().int().min(1).max(600).default(20),
  handlingMinutes: z.number().int().min(1).max(240).default(DEFAULT_HANDLING_MINUTES),
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

export const helpKindInput = z.object({
  code: z.string().trim().regex(HELP_KIND_CODE, { message: RULE.helpKindCode }),
  nameVi: name,
  nameEn: name,
  serviceId: id.nullable().default(null),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(9999).default(0),
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
