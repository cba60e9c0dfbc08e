/** Shapes of API answers shared by the server and the screens. Pure. */
import type { Device, Ticket } from './domain';

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
    /** Numbers issued today: with the daily cap, whether it can still issue (src/shared/issuing.ts). */
    issuedToday: number;
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
