/**
 * Devices and their tokens. A token is shown once when the device is created; only its SHA-256 is stored,
 * so a copied database does not hand out working tokens.
 */
import type { Database, Statement } from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import type { Device, DeviceRole } from '../../shared/domain';
import { notFound } from '../../shared/errors';

interface DeviceRow {
  id: number;
  name: string;
  role: DeviceRole;
  service_point_id: number | null;
  created_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
}

const deviceFromRow = (r: DeviceRow): Device => ({
  id: r.id,
  name: r.name,
  role: r.role,
  servicePointId: r.service_point_id,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  revokedAt: r.revoked_at,
});

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const newToken = () => `luot_${randomBytes(32).toString('base64url')}`;

/** How long a device's `last_seen_at` may lag, so authenticating is not a write on every request. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

export class DeviceStore {
  private readonly byHash: Statement<[string], DeviceRow>;

  constructor(
    private readonly db: Database,
    private readonly clock: () => number = Date.now,
  ) {
    this.byHash = db.prepare('SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL');
  }

  create(input: { name: string; role: DeviceRole; servicePointId: number | null }): { device: Device; token: string } {
    const token = newToken();
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO devices (name, role, service_point_id, token_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.name, input.role, input.servicePointId, hashToken(token), this.clock());
    return { device: this.get(Number(lastInsertRowid)), token };
  }

  /** Registers (once) an admin device for a secret given at start-up, for first setup and automation. */
  registerBootstrap(secret: string): Device {
    const hash = hashToken(secret);
    const existing = this.db.prepare('SELECT * FROM devices WHERE token_hash = ?').get(hash) as DeviceRow | undefined;
    if (existing) return deviceFromRow(existing);
    const { lastInsertRowid } = this.db
      .prepare("INSERT INTO devices (name, role, token_hash, created_at) VALUES ('Bootstrap admin', 'admin', ?, ?)")
      .run(hash, this.clock());
    return this.get(Number(lastInsertRowid));
  }

  authenticate(token: string): Device | null {
    const row = this.byHash.get(hashToken(token));
    if (!row) return null;
    const now = this.clock();
    if (row.last_seen_at === null || now - row.last_seen_at > LAST_SEEN_RESOLUTION_MS) {
      this.db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(now, row.id);
      row.last_seen_at = now;
    }
    return deviceFromRow(row);
  }

  get(id: number): Device {
    const row = this.db.prepare('SELECT * FROM devices WHERE id = ?').get(id) as DeviceRow | undefined;
    if (!row) throw notFound('DEVICE_NOT_FOUND', { vi: `Không có thiết bị #${id}.`, en: `No device #${id}.` });
    return deviceFromRow(row);
  }

  list(): Device[] {
    return (this.db.prepare('SELECT * FROM devices ORDER BY id').all() as DeviceRow[]).map(deviceFromRow);
  }

  /** Revoked devices stay listed (who had access, until when); their token stops working at once. */
  revoke(id: number): Device {
    this.get(id);
    this.db.prepare('UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?').run(this.clock(), id);
    return this.get(id);
  }
}
