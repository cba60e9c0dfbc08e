/**
 * The event log's table: every type of event Lượt stores, with its payload as a zod schema. The writer
 * (src/server/events/event-log.ts) stores and publishes only what this table knows; the database refuses any
 * other type (a trigger made from EVENT_TYPES); reports read events back through `parseStoredEvent`.
 * Pure: no platform imports.
 */
import { z } from 'zod';
import { OUTCOMES, PRIORITY_CLASSES, TICKET_STATUSES, TRANSFER_PLACEMENTS } from '../domain';
import { RATING_LEVELS, RATING_REASONS } from '../rating';

const id = z.number().int().positive();
/** The steps a tired hand gets wrong and may take back (issue 19): a call, a resolve, a transfer. */
export const UNDOABLE_EVENTS = ['called', 'resolved', 'transferred'] as const;
export type UndoableEvent = (typeof UNDOABLE_EVENTS)[number];
const localized = z.object({ code: z.string(), vi: z.string(), en: z.string() });

/** What a setup change touched. */
export const SETUP_SUBJECTS = [
  'services',
  'zones',
  'servicePoints',
  'staff',
  'settings',
  'devices',
  'printer',
  'helpKinds',
  'procedures',
  'voice',
  'citizenSettings',
  'appointments',
] as const;
export type SetupSubject = (typeof SETUP_SUBJECTS)[number];

/** A transfer, as stored on the ticket that closed: where the case went. */
export const transferredOut = z.object({
  toTicketId: id,
  toServiceId: id,
  toServicePointId: id.nullable(),
  placement: z.enum(TRANSFER_PLACEMENTS),
});
export type TransferredOut = z.output<typeof transferredOut>;

/** How the payload of each event type looks; `subject` says what the event is about. */
export const EVENT_TABLE = {
  // ---- a ticket's steps (subject: the ticket) ----
  issued: { subject: 'ticket', data: z.object({ priority: z.enum(PRIORITY_CLASSES) }).passthrough() },
  called: {
    subject: 'ticket',
    data: z.object({
      via: z.enum(['next', 'chosen', 'returning', 'appointment']),
      previousStatus: z.enum(TICKET_STATUSES).optional(),
      /** The point's regular streak before this call: an undone call puts it back (src/server/queue/undo.ts). */
      streakBefore: z.number().int().min(0).nullable().optional(),
    }),
  },
  recalled: { subject: 'ticket', data: z.object({ recallCount: z.number().int().min(1) }) },
  no_show: { subject: 'ticket', data: z.null() },
  started: { subject: 'ticket', data: z.null() },
  resolved: {
    subject: 'ticket',
    data: z.object({ outcome: z.enum(OUTCOMES), helpKind: z.string().optional(), fileCode: z.string().optional() }),
  },
  /**
   * Stored twice for one transfer: on the ticket that closes (where the case went) and on the ticket that carries
   * the case on (where it came from).
   */
  transferred: {
    subject: 'ticket',
    data: z.union([transferredOut, z.object({ fromTicketId: id })]),
  },
  cancelled: { subject: 'ticket', data: z.object({ reason: z.string() }).nullable() },
  /**
   * A step taken by mistake, taken back by the point that took it within a minute (src/server/queue/undo.ts).
   * `eventId` is the event it cancels: reports read the log as if that event had never been written. Undoing a
   * transfer writes it on both tickets: the one sent back here and the one that had carried the case on.
   */
  undone: {
    subject: 'ticket',
    data: z.object({ step: z.enum(UNDOABLE_EVENTS), eventId: id }),
  },
  // ---- printing (subject: the ticket printed; see PrintOutcome for what each proves) ----
  printed: {
    subject: 'ticket',
    data: z.object({ jobId: z.string(), printer: z.string(), reprint: z.boolean() }).passthrough(),
  },
  /** Taken by the printer (or Windows, or CUPS) without proof that it came out. */
  print_sent: {
    subject: 'ticket',
    data: z
      .object({ jobId: z.string(), printer: z.string(), reprint: z.boolean(), reason: localized.optional() })
      .passthrough(),
  },
  print_failed: {
    subject: 'ticket',
    data: z.object({ jobId: z.string(), printer: z.string(), reprint: z.boolean(), reason: localized }).passthrough(),
  },
  // ---- the citizen (subject: the ticket rated) ----
  /**
   * The citizen's satisfaction rating at the point that resolved the ticket; `level: null` when they gave no
   * answer in time. A comment is kept only in the `ratings` table (it may be cleared; the log is forever).
   */
  rated: {
    subject: 'ticket',
    data: z.object({
      level: z.enum(RATING_LEVELS).nullable(),
      reasons: z.array(z.enum(RATING_REASONS)),
      hasComment: z.boolean(),
    }),
  },
  // ---- a service point (subject: the point) ----
  paused: { subject: 'servicePoint', data: z.object({ reason: z.string() }) },
  resumed: { subject: 'servicePoint', data: z.null() },
  // ---- the center ----
  /** Who changed what in setup: the audit trail. `fields` are the names of the fields sent, never secrets. */
  setup_changed: {
    subject: 'center',
    data: z.object({
      what: z.enum(SETUP_SUBJECTS),
      action: z.enum(['created', 'updated', 'revoked']),
      id: id.nullable(),
      fields: z.array(z.string()),
    }),
  },
  /** The day-end sweep ran: the service day that ended and how many open tickets it closed. */
  day_closed: {
    subject: 'center',
    data: z.object({ serviceDay: z.string(), newServiceDay: z.string(), closed: z.number().int().min(0) }),
  },
} as const satisfies Record<string, { subject: 'ticket' | 'servicePoint' | 'center'; data: z.ZodType }>;

export type EventType = keyof typeof EVENT_TABLE;
export const EVENT_TYPES = Object.keys(EVENT_TABLE) as EventType[];
export type EventData<T extends EventType> = z.output<(typeof EVENT_TABLE)[T]['data']>;

/** An event as the log holds it. */
export type StoredEvent = {
  [T in EventType]: {
    id: number;
    at: number;
    type: T;
    ticketId: number | null;
    servicePointId: number | null;
    deviceId: number | null;
    staffId: number | null;
    data: EventData<T>;
  };
}[EventType];

/** An event to append: everything but its id. */
export type NewEvent<T extends EventType = EventType> = Omit<Extract<StoredEvent, { type: T }>, 'id'>;

/** Reads a row of the log back; throws if the row does not match the table (a bug, never user input). */
export function parseStoredEvent(row: {
  id: number;
  at: number;
  type: string;
  ticketId: number | null;
  servicePointId: number | null;
  deviceId: number | null;
  staffId: number | null;
  data: unknown;
}): StoredEvent {
  const entry = EVENT_TABLE[row.type as EventType];
  if (!entry) throw new Error(`unknown event type ${row.type}`);
  return { ...row, data: entry.data.parse(row.data) } as StoredEvent;
}
