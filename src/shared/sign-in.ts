/**
 * How long the ways of signing a device in last. Pure: the server enforces these, the admin screen and the
 * docs (docs/security.md) state them.
 */
import type { DeviceRole } from './domain';

/** A sign-in link works once, within this many minutes (the host may set another: LUOT_SIGN_IN_LINK_MINUTES). */
export const DEFAULT_SIGN_IN_LINK_MINUTES = 15;

/** A pairing code (6 digits, typed on the new device) works once, within this many minutes. */
export const PAIRING_CODE_MINUTES = 10;

/**
 * A browser session ends after this many days without use; each use renews it. A wall display is used all day
 * and renews itself, so it never goes blank for a session that quietly ran out; an administrator's session
 * is the shortest because it can change everything.
 */
export const SESSION_IDLE_DAYS: Record<DeviceRole, number> = {
  admin: 7,
  greeter: 30,
  counter: 30,
  display: 365,
  reports: 30,
  // A tablet facing the citizen at a counter, on all day like the wall display.
  rating: 365,
};

/** How often a screen asks the host to renew its session (and its cookie) while it is open. */
export const SESSION_KEEPALIVE_MS = 30 * 60_000;
