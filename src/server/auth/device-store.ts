/**
 * Devices and their keys. A device key is a long random secret, shown once when the device is created (for
 * integrations sending `Authorization: Bearer`) and otherwise held only by the host's own windows; people sign
 * a device in with a one-time link or pairing code instead (sign-in-passes.ts). Only the SHA-256 of a key is
 * stored, so a copied database does not hand out working keys.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Device, DeviceRole } from '../../shared/domain';
import { conflict, notFound } from '../../shared/errors';
import { DEFAULT_SIGN_IN_LINK_MINUTES } from '../../shared/sign-in';
import { deviceFromRow, type DeviceRow } from './device-row';
import { hashToken, newSecret } from './secrets';
import { SignInPasses } from './sign-in-passes';
import { writeIfAllowed } from '../db/storage-errors';

export { hashToken } from './secrets';

const newKey = () => newSecret('luot');

/** How long a device's `last_seen_at` may lag, so authenticating is not a write on every request. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** What a presented key turned out to be. */
export type KeyCheck = { kind: 'active'; device: Device } | { kind: 'revoked'; device: Device } | { kind: 'unknown' };

/** The admin device made for the start-up secret (LUOT_BOOTSTRAP_TOKEN): automation and first setup. */
export const BOOTSTRAP_NAME = 'Quản trị (khoá khởi động LUOT_BOOTSTRAP_TOKEN)';

export class DeviceStore {
  private readonly byHash: Statement<[string], DeviceRow>;
  private readonly byId: Statement<[number], DeviceRow>;
  /** One-time sign-in links and pairing codes. */
  readonly passes: SignInPasses;

  constructor(
    private readonly db: Database,
    private readonly clock: () => number = Date.now,
    linkMinutes = DEFAULT_SIGN_IN_LINK_MINUTES,
  ) {
    this.passes = new SignInPasses(db, clock, linkMinutes);
    this.byHash = db.prepare('SELECT * FROM devices WHERE token_hash = ?');
    this.byId = db.prepare('SELECT * FROM devices WHERE id = ?');
  }

  create(input: { name: string; role: DeviceRole; servicePointId: number | null }): { device: Device; token: string } {
    const token = newKey();
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO devices (name, role, service_point_id, token_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.name, input.role, input.servicePointId, hashToken(token), this.clock());
    return { device: this.get(Number(lastInsertRowid)), token };
  }

  /**
   * Registers (once) an admin device for a secret given at start-up, for first setup and automation. A secret
   * whose device was revoked stays revoked — the revocation may mean it leaked; the caller offers another way in.
   */
  registerBootstrap(secret: string): Device {
    const existing = this.byHash.get(hashToken(secret));
    if (existing) return deviceFromRow(existing);
    const { lastInsertRowid } = this.db
      .prepare("INSERT INTO devices (name, role, token_hash, created_at) VALUES (?, 'admin', ?, ?)")
      .run(BOOTSTRAP_NAME, hashToken(secret), this.clock());
    return this.get(Number(lastInsertRowid));
  }

  /** Which device a key belongs to, if any, and whether it was revoked; notes that an active device was seen. */
  check(key: string): KeyCheck {
    const row = this.byHash.get(hashToken(key));
    if (!row) return { kind: 'unknown' };
    if (row.revoked_at !== null) return { kind: 'revoked', device: deviceFromRow(row) };
    return { kind: 'active', device: this.seen(row) };
  }

  /** The active device of a key, or null (unknown or revoked). */
  authenticate(key: string): Device | null {
    const checked = this.check(key);
    return checked.kind === 'active' ? checked.device : null;
  }

  /** Notes that a device was seen now (at most once a minute), and returns it. */
  seen(row: DeviceRow): Device {
    const now = this.clock();
    if (row.last_seen_at === null || now - row.last_seen_at > LAST_SEEN_RESOLUTION_MS) {
      // Not written while the database is only read (damaged): the device is served all the same.
      if (writeIfAllowed(() => this.db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(now, row.id)))
        row.last_seen_at = now;
    }
    return deviceFromRow(row);
  }

  /**
   * For a caller that keeps a key itself (the host's own administration window): redeems a one-time link and
   * returns a new key for its device, or null when the link does not sign in.
   */
  claimSignInLink(linkToken: string): string | null {
    const redeemed = this.passes.redeemLink(linkToken);
    return redeemed.kind === 'signedIn' ? this.newKeyFor(redeemed.device.id) : null;
  }

  /** Gives a device a new key (its old one stops working) and returns it: for a caller that keeps it itself. */
  newKeyFor(id: number): string {
    const key = newKey();
    this.db.prepare('UPDATE devices SET token_hash = ? WHERE id = ?').run(hashToken(key), id);
    return key;
  }

  row(id: number): DeviceRow | undefined {
    return this.byId.get(id);
  }

  get(id: number): Device {
    const row = this.byId.get(id);
    if (!row) throw notFound('DEVICE_NOT_FOUND', { vi: `Không có thiết bị #${id}.`, en: `No device #${id}.` });
    return deviceFromRow(row);
  }

  list(): Device[] {
    return (this.db.prepare('SELECT * FROM devices ORDER BY id').all() as DeviceRow[]).map(deviceFromRow);
  }

  /** A new name for a device still in use (a typo, a TV moved to another room); its sign-in is unchanged. */
  rename(id: number, name: string): Device {
    const device = this.get(id);
    if (device.revokedAt !== null)
      throw conflict('DEVICE_REVOKED', {
        vi: `Thiết bị “${device.name}” đã bị thu hồi nên không đổi tên được.`,
        en: `Device “${device.name}” was revoked, so it cannot be renamed.`,
      });
    this.db.prepare('UPDATE devices SET name = ? WHERE id = ?').run(name, id);
    return this.get(id);
  }

  /**
   * Revoked devices stay listed (who had access, until when); their key, sessions and unused sign-in links stop
   * working at once.
   */
  revoke(id: number): Device {
    this.get(id);
    this.db.prepare('UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?').run(this.clock(), id);
    return this.get(id);
  }
}
