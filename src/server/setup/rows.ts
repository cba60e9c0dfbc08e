/** SQLite rows ↔ domain objects for setup data. The one place that knows the column names. */
import type { Service, ServicePoint, Staff, Zone } from '../../shared/domain';

export interface ZoneRow {
  id: number;
  name_vi: string;
  name_en: string;
  directions_vi: string;
  directions_en: string;
  active: number;
}
export const zoneFromRow = (r: ZoneRow): Zone => ({
  id: r.id,
  nameVi: r.name_vi,
  nameEn: r.name_en,
  directionsVi: r.directions_vi,
  directionsEn: r.directions_en,
  active: r.active === 1,
});

export interface ServiceRow {
  id: number;
  prefix: string;
  name_vi: string;
  name_en: string;
  kind: Service['kind'];
  zone_id: number | null;
  color: string;
  target_wait_minutes: number;
  handling_minutes: number;
  daily_cap: number | null;
  issuing_days: string;
  issuing_hours: string;
  active: number;
  sort_order: number;
}
export const serviceFromRow = (r: ServiceRow): Service => ({
  id: r.id,
  prefix: r.prefix,
  nameVi: r.name_vi,
  nameEn: r.name_en,
  kind: r.kind,
  zoneId: r.zone_id,
  color: r.color,
  targetWaitMinutes: r.target_wait_minutes,
  handlingMinutes: r.handling_minutes,
  dailyCap: r.daily_cap,
  issuingDays: JSON.parse(r.issuing_days) as number[],
  issuingHours: JSON.parse(r.issuing_hours) as Service['issuingHours'],
  active: r.active === 1,
  sortOrder: r.sort_order,
});

export interface ServicePointRow {
  id: number;
  number: number;
  name_vi: string;
  name_en: string;
  kind: ServicePoint['kind'];
  zone_id: number | null;
  active: number;
  paused: number;
  pause_reason: string | null;
  staff_id: number | null;
  service_ids: string | null;
}
export const servicePointFromRow = (r: ServicePointRow): ServicePoint => ({
  id: r.id,
  number: r.number,
  nameVi: r.name_vi,
  nameEn: r.name_en,
  kind: r.kind,
  zoneId: r.zone_id,
  serviceIds: r.service_ids ? r.service_ids.split(',').map(Number) : [],
  active: r.active === 1,
  paused: r.paused === 1,
  pauseReason: r.pause_reason,
  staffId: r.staff_id,
});

export interface StaffRow {
  id: number;
  name: string;
  role: Staff['role'];
  active: number;
}
export const staffFromRow = (r: StaffRow): Staff => ({ id: r.id, name: r.name, role: r.role, active: r.active === 1 });
