/** The queue's request bodies (endpoint-rows/queue.ts): issuing a number and a point's steps on it. Pure. */
import { z } from 'zod';
import { OUTCOMES, PRIORITY_CLASSES, TRANSFER_PLACEMENTS } from '../../domain';
import { id, text, HELP_KIND_CODE, RULE } from '../../schemas';

export const issueTicketInput = z.object({
  serviceId: id,
  priority: z.enum(PRIORITY_CLASSES).default('none'),
  note: text(200).optional(),
  /** The procedure the citizen came for (the greeter's procedure guide). */
  procedureId: id.optional(),
  /** At the kiosk, after 3 numbers in a minute: the citizen said yes to "lấy thêm số?" (recorded). */
  confirmRepeat: z.boolean().optional(),
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
  helpKind: z.string().regex(HELP_KIND_CODE, { message: RULE.helpKindCode }).optional(),
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
    message: RULE.transferTarget,
    path: ['toServiceId'],
  });
export type TransferInput = z.infer<typeof transferInput>;

export const cancelInput = pointActionInput.extend({ reason: text(200).optional() });
export type CancelInput = z.infer<typeof cancelInput>;

export const pauseInput = z.object({ reason: text(200).min(1) });
