/**
 * Browser sessions. Signing a browser in (link, pairing code or device key) opens a session whose own random
 * token lives in an HttpOnly cookie. A session lasts its role's idle time (src/shared/sign-in.ts) and every use
 * renews it, so a screen in daily use never finds itself signed out; one left unused runs out. Revoking the
 * device ends all its sessions at once. Only SHA-256 hashes of the tokens are stored.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Device } from '../../shared/domain';
import { SESSION_IDLE_DAYS } from '../../shared/sign-in';
import { deviceFromRow, type DeviceRow } from './device-row';
import type { DeviceStore } from './device-store';
import { hashToken, newSecret } from './secrets';
import { writeIfAllowed } from '../db/storage-errors';

export type SessionCheck =
  /** `renewedUntil`: set when this use renewed the session (the caller refreshes the cookie). */
  | { kind: 'valid'; device: Device; sessionId: number; expiresAt: number; renewedUntil: number | null }
  | { kind: 'revoked'; device: Device }
  | { kind: 'expired' }
  | { kind: 'unknown' };

interface SessionRow extends DeviceRow {
  session_id: number;
  renewed_at: number;
  expires_at: number;
  ended_at: number | null;
}

const DAY_MS = 24 * 3_600_000;
/** A session is renewed (one write) at most this often, however many requests its screen makes. */
const RENEW_EVERY_MS = 3_600_000;

export const sessionLifetimeMs = (device: Device) => SESSION_IDLE_DAYS[device.role] * DAY_MS;

export class SessionStore {
  private readonly byHash: Statement<[string], SessionRow>;

  constructor(
    private readonly db: Database,
    private readonly devices: DeviceStore,
    private readonly clock: () => number = Date.now,
  ) {
    this.byHash = db.prepare(
      `SELECT d.*, s.id AS session_id, s.renewed_at, s.expires_at, s.ended_at
       FROM sessions s JOIN devices d ON d.id = s.device_id WHERE s.token_hash = ?`,
    );
  }

  open(device: Device): { token: string; expiresAt: number } {
    const token = newSecret('luotsession');
    const now = this.clock();
    const expiresAt = now + sessionLifetimeMs(device);
    this.db
      .prepare(
        'INSERT INTO sessions (device_id, token_hash, created_at, renewed_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(device.id, hashToken(token), now, now, expiresAt);
    return { token, expiresAt };
  }

  check(token: string): SessionCheck {
    const row = this.byHash.get(hashToken(token));
    if (!row) return { kind: 'unknown' };
    if (row.revoked_at !== null) return { kind: 'revoked', device: deviceFromRow(row) };
    const now = this.clock();
    if (row.ended_at !== null || row.expires_at <= now) return { kind: 'expired' };
    const device = this.devices.seen(row);
    if (now - row.renewed_at < RENEW_EVERY_MS)
      return { kind: 'valid', device, sessionId: row.session_id, expiresAt: row.expires_at, renewedUntil: null };
    const renewedUntil = now + sessionLifetimeMs(device);
    const renewed = writeIfAllowed(() =>
      this.db
        .prepare('UPDATE sessions SET renewed_at = ?, expires_at = ? WHERE id = ?')
        .run(now, renewedUntil, row.session_id),
    );
    // A damaged database is only read: the session goes on as it was, until it runs out.
    if (!renewed)
      return { kind: 'valid', device, sessionId: row.session_id, expiresAt: row.expires_at, renewedUntil: null };
    return { kind: 'valid', device, sessionId: row.session_id, expiresAt: renewedUntil, renewedUntil };
  }

  /** Signing out: the session's token stops working. Returns the session's id (its live sockets close), if any. */
  end(token: string): number | null {
    const hash = hashToken(token);
    this.db
      .prepare('UPDATE sessions SET ended_at = coalesce(ended_at, ?) WHERE token_hash = ?')
      .run(this.clock(), hash);
    const row = this.db.prepare('SELECT id FROM sessions WHERE token_hash = ?').get(hash) as { id: number } | undefined;
    return row?.id ?? null;
  }
}
