/**
 * What the core pushes on `WS /api/events`: each change as a small typed event carrying what changed,
 * never the whole queue. A screen applies it to its snapshot from `GET /api/queue`. Every WebSocket message
 * is a JSON array of the events of one commit (`LuotMessage`). Pure.
 */
import type { PrintProblem, ServicePoint, Settings, Ticket } from './domain';

export const TICKET_EVENT_TYPES = [
  'issued',
  'called',
  'recalled',
  'no_show',
  'started',
  'resolved',
  'transferred',
  'cancelled',
] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

export const POINT_EVENT_TYPES = ['paused', 'resumed'] as const;
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
  at: number;
  what: 'services' | 'zones' | 'servicePoints' | 'staff' | 'settings' | 'devices' | 'printer' | 'voice';
  settings?: Settings;
}

/** First message on every connection, so a screen knows it is live and what it may do. */
export interface Hello {
  kind: 'hello';
  at: number;
  version: string;
  role: string;
  /** The newest event id when the connection opened; fetch the snapshot, then apply events after it. */
  lastEventId: number;
}

/**
 * How a print ended: `printed` (the printer took the whole job) or `failed` with a reason a volunteer can act on.
 * Arrives within 3 s of the request; not part of the queue, so it has no `eventId`.
 */
export interface PrintOutcome {
  kind: 'print';
  type: 'printed' | 'failed';
  at: number;
  /** null for a test print from setup. */
  ticketId: number | null;
  jobId: string;
  /** The printer in people's words, e.g. "192.168.1.50:9100". */
  printer: string;
  reason?: PrintProblem;
}

export type LuotEvent = TicketChanged | ServicePointChanged | SetupChanged | Hello | PrintOutcome;

/** One WebSocket message: the events of one commit, in order. */
export type LuotMessage = LuotEvent[];
