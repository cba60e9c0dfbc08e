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
