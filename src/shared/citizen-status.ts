/**
 * What the citizen's status page (opened from the ticket's QR code) receives about its own case: no name, no
 * note, no priority class, no file code — only what the printed ticket already says, and how far along it is.
 * Pure. The page itself (src/status-page) is plain JavaScript and reads this shape.
 */
import type { LocalizedText } from './errors';

export const CITIZEN_STATES = [
  'waiting', // in the queue
  'called', // called to a point: go there now
  'serving', // at the point
  'done', // resolved
  'absent', // marked absent: the page says to ask at the point or the entrance
  'closed', // cancelled or closed at the end of the day
] as const;
export type CitizenState = (typeof CITIZEN_STATES)[number];

export interface CitizenStatus {
  displayCode: string;
  centerName: LocalizedText;
  service: LocalizedText;
  state: CitizenState;
  /** Waiting: people who will be called before this ticket, in the engine's pick order. */
  ahead: number | null;
  /** Waiting: about how long, from today's service rate (docs/metrics.md); null when nobody can say. */
  waitMinutes: number | null;
  /** Called or serving: where to go, e.g. { vi: 'quầy số 3', en: 'counter 3' }. */
  point: LocalizedText | null;
  /** Called: when (server clock) and how many recalls — the page alerts once per call and per recall. */
  calledAt: number | null;
  recallCount: number;
  /** The case was transferred here from another service or point today. */
  transferred: boolean;
  serviceDay: string;
  /** When this status was read (server clock). */
  at: number;
}

/** Why a status link does not open: forged (or mistyped) and expired links get their own clear page. */
export type StatusLinkProblem = 'unknown' | 'expired';
