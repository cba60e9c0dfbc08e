import type { Device, DeviceRole } from '../../shared/domain';

/** A row of the `devices` table. */
export interface DeviceRow {
  id: number;
  name: string;
  role: DeviceRole;
  service_point_id: number | null;
  created_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
}

export const deviceFromRow = (r: DeviceRow): Device => ({
  id: r.id,
  name: r.name,
  role: r.role,
  servicePointId: r.service_point_id,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  revokedAt: r.revoked_at,
});
