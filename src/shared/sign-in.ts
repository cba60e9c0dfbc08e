/**
 * How long the ways of signing a device in last. Pure: the server enforces these, the admin screen and the
 * docs (docs/security.md) state them.
 */
import { DEVICE_ROLES, ROLES, type DeviceRole } from './contract/roles';

/** A sign-in link works once, within this many minutes (the host may set another: LUOT_SIGN_IN_LINK_MINUTES). */
export const DEFAULT_SIGN_IN_LINK_MINUTES = 15;

/** A pairing code (typed on the new device) works once, within this many minutes. */
export const PAIRING_CODE_MINUTES = 10;

/**
 * A pairing code's digits: ten (ten billion codes; a TV's remote types digits only). Only one code is live at a
 * time in the whole center (issuing one ends the others), so a guesser has one target for ten minutes (issue 24).
 */
export const PAIRING_CODE_DIGITS = 10;

/** A code written as a phone number is, 4-3-3: "4829 153 706"; a partly typed one as far as it goes. */
export function groupPairingCode(code: string): string {
  const digits = code.replace(/\D/g, '').slice(0, PAIRING_CODE_DIGITS);
  return [digits.slice(0, 4), digits.slice(4, 7), digits.slice(7)].filter(Boolean).join(' ');
}

/**
 * A browser session ends after this many days without use; each use renews it. Each role's row says how long
 * (src/shared/contract/roles.ts): a wall display is used all day and renews itself, so it never goes blank for a
 * session that quietly ran out; an administrator's session is the shortest because it can change everything.
 */
export const SESSION_IDLE_DAYS = Object.fromEntries(DEVICE_ROLES.map((role) => [role, ROLES[role].idleDays])) as Record<
  DeviceRole,
  number
>;

/** How often a screen asks the host to renew its session (and its cookie) while it is open. */
export const SESSION_KEEPALIVE_MS = 30 * 60_000;
