/**
 * The devices' request bodies (endpoint-rows/devices.ts): making and renaming a device, and signing a browser in.
 * Pure.
 */
import { z } from 'zod';
import { belongsToPoint, DEVICE_ROLES } from '../../domain';
import { id, name, RULE } from '../../schemas';

export const deviceInput = z
  .object({
    name,
    role: z.enum(DEVICE_ROLES),
    servicePointId: id.nullable().default(null),
  })
  .refine((d) => belongsToPoint(d.role) === (d.servicePointId !== null), {
    message: RULE.counterPoint,
    path: ['servicePointId'],
  });

/** `PATCH /api/devices/:id`: a device's new name (its role and point stay: a new role is a new device). */
export const deviceRenameInput = z.object({ name });

/**
 * Signing a browser in: the token of a one-time sign-in link (or a device key), or the 10-digit pairing code
 * shown in the admin screen, typed on the new device (spaces and dashes allowed: "4829 153 706").
 */
export const sessionInput = z
  .object({
    token: z.string().min(16).max(200).optional(),
    code: z
      .string()
      .max(30)
      .transform((code) => code.replace(/[\s-]/g, ''))
      .pipe(z.string().regex(/^\d{10}$/, { message: RULE.pairingCode }))
      .optional(),
  })
  .refine((s) => (s.token === undefined) !== (s.code === undefined), { message: RULE.signInSecret });
export type SessionInput = z.infer<typeof sessionInput>;
