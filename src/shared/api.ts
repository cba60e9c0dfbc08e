/** Shapes of API answers shared by the server and the screens. Pure. */
import type { AppointmentHold } from './appointments';
import type { StoredEvent } from './contract/events';
import type { ServicePace } from './estimate';
import type {
  Device,
  PrintAnswer,
  PrinterProbe,
  PrinterProfile,
  PrinterSettings,
  PrintProblem,
  ServicePoint,
  Ticket,
} from './domain';

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
    /** What today has shown of its handling time, for the one wait estimate (src/shared/estimate.ts). */
    pace: ServicePace;
    /** Numbers issued today: with the daily cap, whether it can still issue (src/shared/issuing.ts). */
    issuedToday: number;
    /** What it holds of its daily cap for today's appointments (src/shared/appointments.ts); null: nothing. */
    appointmentHold?: AppointmentHold | null;
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

/**
 * `POST /api/devices/:id/sign-in`: fresh ways to sign a device in — a one-time link (also shown as a QR code)
 * and a 6-digit pairing code to type on the device — each working once, until its time (epoch ms).
 */
export interface DeviceSignIn {
  device: Device;
  signInUrl: string;
  signInExpiresAt: number;
  pairingCode: string;
  pairingExpiresAt: number;
}

/**
 * `POST /api/devices`: the new device and its ways to sign in, plus its device key (`token`) for integrations
 * that send `Authorization: Bearer`. The key is shown once and is not for people: give them the link or code.
 */
export interface CreatedDevice extends DeviceSignIn {
  token: string;
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
  /** Set when the database failed its check at start: what to do, shown on every screen's status line. */
  databaseProblem?: { vi: string; en: string };
}

/** `GET /api/printer`: the saved settings, what printing found out about the printer, and what setup may offer. */
export interface PrinterSetup {
  settings: PrinterSettings;
  probe: PrinterProbe | null;
  profiles: readonly PrinterProfile[];
  baudRates: readonly number[];
}

/** What a printer says of itself (DLE EOT). */
export interface PrinterStatus {
  online: boolean;
  coverOpen: boolean;
  paperOut: boolean;
  paperNearEnd: boolean;
  /** Cutter jam, head overheated or another error the printer reports. */
  error: boolean;
}

/** `GET /api/printer/status`. `answered: false` where the connection or the printer cannot say. */
export interface PrinterStatusAnswer {
  printer: string | null;
  /** The printer answered a DLE EOT status query. */
  answered: boolean;
  status: PrinterStatus | null;
  /** What stops printing now, if anything is known to. */
  problem: PrintProblem | null;
}

/** "In lại": how the reprint was queued (it may say a second copy could come out). */
export interface ReprintAnswer {
  print: PrintAnswer;
}

/**
 * A file to save (report exports, the weekly report as PDF or XLSX, the procedure catalogue): sent as it is with
 * its content type, and `Content-Disposition: attachment` with its name.
 */
export interface FileAnswer {
  contentType: string;
  body: string | Uint8Array;
  /** The name to save it under (ASCII). */
  fileName?: string;
}
