/**
 * What the core pushes on `WS /api/events`: each change as a small typed event carrying what changed,
 * never the whole queue. A screen applies it to its snapshot from `GET /api/queue`. Every WebSocket message
 * is a JSON array of the events of one commit (`LuotMessage`). Pure.
 */
import type { BoardStateChanged } from './boards';
import type { EventType, SetupSubject } from './contract/events';
import type { DisplaySoundState } from './display-sound';
import type { ServicePace } from './estimate';
import type { PrinterProbe, PrintProblem, ServicePoint, Settings, Ticket } from './domain';

/** The log's ticket steps that screens apply to their queue (src/shared/contract/events.ts has them all). */
export const TICKET_EVENT_TYPES = [
  'issued',
  'called',
  'recalled',
  'no_show',
  'started',
  'resolved',
  'transferred',
  'cancelled',
  'undone',
] as const satisfies readonly EventType[];
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

export const POINT_EVENT_TYPES = ['paused', 'resumed'] as const satisfies readonly EventType[];
export type PointEventType = (typeof POINT_EVENT_TYPES)[number];

/** Waiting counts of the services a change touched: serviceId → tickets waiting. */
export type WaitingCounts = Record<number, number>;

export interface TicketChanged {
  kind: 'ticket';
  /** Row id in the append-only event log; increases by one per stored event. */
  eventId: number;
  type: TicketEventType;
  at: number;
  ticket: Ticket;
  /** For a transfer: the ticket that was closed; `ticket` is the one that carries the case on. */
  from?: Ticket;
  waiting: WaitingCounts;
  /** After a resolve: what today has shown of the service's handling time (the wait estimate's pace). */
  pace?: Record<number, ServicePace>;
  /**
   * After an undone call: the point's regular streak as it was before the call, so every screen's "next" follows
   * the engine's pick again (src/shared/queue-view.ts).
   */
  streak?: { servicePointId: number; regularStreak: number | null };
}

export interface ServicePointChanged {
  kind: 'servicePoint';
  eventId: number;
  type: PointEventType;
  at: number;
  servicePoint: ServicePoint;
}

/** Setup changed (services, zones, points, staff, settings, devices, printer): screens refetch what they show. */
export interface SetupChanged {
  kind: 'setup';
  eventId: number;
  at: number;
  what: SetupSubject;
  settings?: Settings;
}

/** The service day changed (local midnight): screens fetch the new day's queue. */
export interface DayChanged {
  kind: 'day';
  eventId: number;
  at: number;
  serviceDay: string;
}

/**
 * A citizen rated a ticket (or let the question pass). Screens hear only that it happened — never the level or
 * the comment, so nobody at the counter watches a citizen's answer arrive; reports read the figures.
 */
export interface RatingRecorded {
  kind: 'rating';
  eventId: number;
  at: number;
  ticketId: number;
  servicePointId: number;
}

/**
 * A point's rating device came on line (its first screen connected) or went away (its last one closed or stopped
 * answering), so the counter can show whether the citizen's screen is there. Not part of the queue: no `eventId`.
 */
export interface RatingDevicePresence {
  kind: 'ratingDevice';
  at: number;
  servicePointId: number;
  online: boolean;
}

/**
 * A wall display's sound changed (src/shared/display-sound.ts), or its last connection closed (`sound: null`), so
 * setup's overview shows a silent hall at once. Not part of the queue: no `eventId`; public screens never get it.
 */
export interface DisplaySoundChanged {
  kind: 'displaySound';
  at: number;
  deviceId: number;
  sound: DisplaySoundState | null;
}

/** First message on every connection, so a screen knows it is live and what it may do. */
export interface Hello {
  kind: 'hello';
  at: number;
  version: string;
  role: string;
  /** The newest event id when the connection opened; fetch the snapshot, then apply events after it. */
  lastEventId: number;
  /** The service day on the server: a screen still showing another day fetches the queue again. */
  serviceDay: string;
}

/**
 * How a print ended, never more certain than the printer let us be:
 * - `printed`: the printer answered a status query sent after the ticket and reported nothing wrong;
 * - `sent`: the printer (or the spooler) took the ticket but cannot confirm it came out — with a `reason` when
 *   something looked wrong (it did not take it all, or did not answer in time): the ticket may or may not be out;
 * - `failed`: it did not print (or stopped part-way), with a `reason` a volunteer can act on.
 * A real fault arrives within 3 s of the job's start; not part of the queue, so it has no `eventId`.
 */
export interface PrintOutcome {
  kind: 'print';
  type: 'printed' | 'sent' | 'failed';
  at: number;
  /** null for a test print from setup. */
  ticketId: number | null;
  jobId: string;
  /** The printer in people's words, e.g. "192.168.1.50:9100". */
  printer: string;
  reason?: PrintProblem;
  /** The device whose job it was: a public screen (the kiosk) hears only of its own prints. */
  deviceId?: number | null;
}

/** `POST /api/printer/test`: how the sample ticket printed, and what Lượt now knows of the printer. */
export interface TestPrintAnswer {
  print: PrintOutcome;
  probe: PrinterProbe | null;
}

export type LuotEvent =
  | TicketChanged
  | ServicePointChanged
  | SetupChanged
  | DayChanged
  | Hello
  | PrintOutcome
  | RatingRecorded
  | RatingDevicePresence
  | DisplaySoundChanged
  | BoardStateChanged;

/** One WebSocket message: the events of one commit, in order. */
export type LuotMessage = LuotEvent[];
