/** Shapes of API answers shared by the server and the screens. Pure. */
import type { StoredEvent } from './contract/events';
import type { Device, PrintAnswer, ServicePoint, Ticket } from './domain';

export interface Session {
  device: Device;
}

/** `GET /api/queue`: what a screen needs to draw the queue before it applies live events. */
export interface QueueSnapshot {
  serviceDay: string;
  /** Newest event id included: apply WebSocket events with a higher id. */
  lastEventId: number;
  services: {
    serviceId: number;
    waitingCount: number;
    waiting: Ticket[];
    /** Mean service time of this service's recent resolved cases; null until there are some. */
    avgServiceSeconds: number | null;
  }[];
  servicePoints: {
    servicePointId: number;
    paused: boolean;
    pauseReason: string | null;
    current: Ticket | null;
    /** Regular tickets this point called since its last priority ticket today (null: none yet); see pick-order. */
    regularStreak: number | null;
  }[];
}

/** `GET /api/service-points/:id/today`: a point's own figures for today. */
export interface ServicePointToday {
  serviceDay: string;
  called: number;
  resolved: number;
  noShow: number;
  transferred: number;
  avgServiceSeconds: number | null;
}

/** `POST /api/devices`: the new device, its token (shown once) and the link that signs a screen in. */
export interface CreatedDevice {
  device: Device;
  token: string;
  signInUrl: string;
}

/** `POST /api/tickets`: the new ticket and how its print was queued. */
export interface IssueAnswer {
  ticket: Ticket;
  print: PrintAnswer;
}

/** A queue step's answer: the ticket as it is now. */
export interface TicketAnswer {
  ticket: Ticket;
}

/** `POST /api/tickets/:id/transfer`: the ticket that carries the case on, and the one that closed. */
export interface TransferAnswer {
  ticket: Ticket;
  from: Ticket;
}

/** Pause and resume: the point as it is now. */
export interface ServicePointAnswer {
  servicePoint: ServicePoint;
}

/** `GET /api/tickets/:id`: the ticket and every event of its case (each queue it passed through), oldest first. */
export interface TicketHistoryAnswer {
  ticket: Ticket;
  history: StoredEvent[];
}

/** `GET /api/tickets/:id/absent`-style lists: today's tickets of one status at a point. */
export interface TicketListAnswer {
  tickets: Ticket[];
}

export interface HealthAnswer {
  ok: true;
  version: string;
}
