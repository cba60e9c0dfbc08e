/**
 * The ways a person signs a device in: a one-time link (or its QR code) and a 10-digit pairing code typed on
 * the device. Each works once and only for a short time, so a link forwarded in a chat or kept in a browser's
 * history, or a code read over a shoulder, is worthless soon after. Only SHA-256 hashes are stored.
 *
 * Pairing is opened for one device at a time (issue 24): issuing a code ends every other live one, so a guesser
 * on the LAN has one target, for ten minutes, among ten billion codes — and signs in, if ever, only as that
 * device with its role. There is no center-wide pause that one phone could trigger.
 */
import type { Database } from 'better-sqlite3';
import { randomInt } from 'node:crypto';
import type { Device } from '../../shared/domain';
import { PAIRING_CODE_DIGITS, PAIRING_CODE_MINUTES } from '../../shared/sign-in';
import { deviceFromRow, type DeviceRow } from './device-row';
import { hashToken, newSecret } from './secrets';

export interface IssuedPasses {
  linkToken: string;
  linkExpiresAt: number;
  pairingCode: string;
  pairingExpiresAt: number;
}

/** What a presented link or code turned out to be. */
export type Redeemed =
  | { kind: 'signedIn'; device: Device }
  | { kind: 'used' }
  | { kind: 'expired' }
  | { kind: 'revoked'; device: Device }
  | { kind: 'unknown' };

interface PassRow extends DeviceRow {
  pass_id: number;
  expires_at: number;
  used_at: number | null;
}

const MINUTE_MS = 60_000;
// A pairing code's hash is salted with its kind so it never equals a link's.
const pairingHash = (code: string) => hashToken(`pairing:${code}`);

export class SignInPasses {
  constructor(
    private readonly db: Database,
    private readonly clock: () => number,
    readonly linkMinutes: number,
  ) {}

  /**
   * A fresh link and pairing code for a device. Earlier links keep working until their time; earlier pairing
   * codes — this device's and every other's — end now: pairing is open for one device at a time.
   */
  issue(deviceId: number): IssuedPasses {
    const link = this.issueLink(deviceId);
    const now = this.clock();
    const pairingExpiresAt = now + PAIRING_CODE_MINUTES * MINUTE_MS;
    const pairingCode = this.freePairingCode();
    this.db.transaction(() => {
      this.db
        .prepare(
          "UPDATE sign_in_passes SET expires_at = ? WHERE kind = 'pairing' AND used_at IS NULL AND expires_at > ?",
        )
        .run(now, now);
      this.insert(deviceId, 'pairing', pairingHash(pairingCode), now, pairingExpiresAt);
    })();
    return { ...link, pairingCode, pairingExpiresAt };
  }

  issueLink(deviceId: number): { linkToken: string; linkExpiresAt: number } {
    const now = this.clock();
    const linkToken = newSecret('luotlink');
    const linkExpiresAt = now + this.linkMinutes * MINUTE_MS;
    this.insert(deviceId, 'link', hashToken(linkToken), now, linkExpiresAt);
    return { linkToken, linkExpiresAt };
  }

  /** A link's token: signs its device in once, if in time and the device was not revoked. */
  redeemLink(token: string): Redeemed {
    const pass = this.db
      .prepare(
        `SELECT d.*, p.id AS pass_id, p.expires_at, p.used_at FROM sign_in_passes p JOIN devices d ON d.id = p.device_id
         WHERE p.secret_hash = ? AND p.kind = 'link'`,
      )
      .get(hashToken(token)) as PassRow | undefined;
    if (!pass) return { kind: 'unknown' };
    return this.use(pass);
  }

  /**
   * A pairing code: only a live one (unused, in time) is found — codes may repeat over the years, so an old
   * code must read as simply wrong.
   */
  redeemPairingCode(code: string): Redeemed {
    const pass = this.db
      .prepare(
        `SELECT d.*, p.id AS pass_id, p.expires_at, p.used_at FROM sign_in_passes p JOIN devices d ON d.id = p.device_id
         WHERE p.secret_hash = ? AND p.kind = 'pairing' AND p.used_at IS NULL AND p.expires_at > ?`,
      )
      .get(pairingHash(code), this.clock()) as PassRow | undefined;
    if (!pass) return { kind: 'unknown' };
    return this.use(pass);
  }

  private use(pass: PassRow): Redeemed {
    const now = this.clock();
    if (pass.revoked_at !== null) return { kind: 'revoked', device: deviceFromRow(pass) };
    if (pass.used_at !== null) return { kind: 'used' };
    if (pass.expires_at <= now) return { kind: 'expired' };
    // Claimed in one statement, so two devices racing with the same link cannot both get in.
    const claimed = this.db
      .prepare('UPDATE sign_in_passes SET used_at = ? WHERE id = ? AND used_at IS NULL')
      .run(now, pass.pass_id);
    if (claimed.changes !== 1) return { kind: 'used' };
    return { kind: 'signedIn', device: deviceFromRow(pass) };
  }

  private insert(deviceId: number, kind: 'link' | 'pairing', hash: string, now: number, expiresAt: number): void {
    this.db
      .prepare(
        'INSERT INTO sign_in_passes (device_id, kind, secret_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(deviceId, kind, hash, now, expiresAt);
  }

  /** Random digits (only one code is live at a time, so no other can be the same). */
  private freePairingCode(): string {
    let code = '';
    while (code.length < PAIRING_CODE_DIGITS) code += String(randomInt(0, 10));
    return code;
  }
}
