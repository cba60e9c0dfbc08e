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
  services: { serviceId: number; waitingCount: number; waiting: Ticket[] }[];
  servicePoints: { servicePointId: number; paused: boolean; pauseReason: string | null; current: Ticket | null }[];
}
