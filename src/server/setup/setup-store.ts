/**
 * Setup data: zones, services, service points, staff and settings. Read often (every screen, every call),
 * changed rarely; reads are cached and the cache is dropped on every write.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Service, ServicePoint, Settings, Staff, Zone } from '../../shared/domain';
import { fieldConflict, notFound } from '../../shared/errors';
import type {
  servicePointInput,
  serviceInput,
  settingsPatch,
  staffInput,
  zoneInput,
} from '../../shared/contract/bodies/setup';
import {
  serviceFromRow,
  servicePointFromRow,
  staffFromRow,
  zoneFromRow,
  type ServicePointRow,
  type ServiceRow,
  type StaffRow,
  type ZoneRow,
} from './rows';
import { DEFAULT_SETTINGS } from './defaults';
import { HelpKindStore } from './help-kind-store';
import { comparePersonNames } from '../../shared/names';

type ZoneInput = z.infer<typeof zoneInput>;
type ServiceInput = z.infer<typeof serviceInput>;
type ServicePointInput = z.infer<typeof servicePointInput>;
type StaffInput = z.infer<typeof staffInput>;
type SettingsPatch = z.infer<typeof settingsPatch>;

const POINT_SELECT = `
  SELECT p.*, (SELECT group_concat(service_id) FROM
    (SELECT service_id FROM service_point_services s WHERE s.service_point_id = p.id ORDER BY service_id)) AS service_ids
  FROM service_points p`;

export class SetupStore {
  private cache: {
    zones?: Zone[];
    services?: Service[];
    points?: ServicePoint[];
    staff?: Staff[];
    settings?: Settings;
  } = {};

  /** The kinds of help help desks record (its own small store). */
  readonly helpKinds: HelpKindStore;

  constructor(private readonly db: Database) {
    this.helpKinds = new HelpKindStore(db);
  }

  private invalidate(): void {
    this.cache = {};
  }

  // ---- reads ----

  zones(): Zone[] {
    return (this.cache.zones ??= (this.db.prepare('SELECT * FROM zones ORDER BY id').all() as ZoneRow[]).map(
      zoneFromRow,
    ));
  }

  services(): Service[] {
    return (this.cache.services ??= (
      this.db.prepare('SELECT * FROM services ORDER BY sort_order, prefix').all() as ServiceRow[]
    ).map(serviceFromRow));
  }

  servicePoints(): ServicePoint[] {
    return (this.cache.points ??= (
      this.db.prepare(`${POINT_SELECT} ORDER BY p.kind, p.number`).all() as ServicePointRow[]
    ).map(servicePointFromRow));
  }

  staff(): Staff[] {
    return (this.cache.staff ??= (this.db.prepare('SELECT * FROM staff').all() as StaffRow[])
      .map(staffFromRow)
      .sort((a, b) => comparePersonNames(a.name, b.name)));
  }

  settings(): Settings {
    if (!this.cache.settings) {
      const rows = this.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
      const stored = Object.fromEntries(
        rows.filter((r) => r.key in DEFAULT_SETTINGS).map((r) => [r.key, JSON.parse(r.value) as unknown]),
      );
      this.cache.settings = { ...DEFAULT_SETTINGS, ...stored } as Settings;
    }
    return this.cache.settings;
  }

  zone(id: number): Zone {
    const zone = this.zones().find((z) => z.id === id);
    if (!zone) throw notFound('ZONE_NOT_FOUND', { vi: `Không có khu vực #${id}.`, en: `No zone #${id}.` });
    return zone;
  }

  service(id: number): Service {
    const service = this.services().find((s) => s.id === id);
    if (!service) throw notFound('SERVICE_NOT_FOUND', { vi: `Không có dịch vụ #${id}.`, en: `No service #${id}.` });
    return service;
  }

  servicePoint(id: number): ServicePoint {
    const point = this.servicePoints().find((p) => p.id === id);
    if (!point)
      throw notFound('SERVICE_POINT_NOT_FOUND', { vi: `Không có quầy/bàn #${id}.`, en: `No service point #${id}.` });
    return point;
  }

  staffMember(id: number): Staff {
    const member = this.staff().find((s) => s.id === id);
    if (!member) throw notFound('STAFF_NOT_FOUND', { vi: `Không có nhân sự #${id}.`, en: `No staff member #${id}.` });
    return member;
  }

  // ---- writes ----

  createZone(input: ZoneInput): Zone {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO zones (name_vi, name_en, directions_vi, directions_en, active)
         VALUES (@nameVi, @nameEn, @directionsVi, @directionsEn, @active)`,
      )
      .run({ ...input, active: input.active ? 1 : 0 });
    this.invalidate();
    return this.zone(Number(lastInsertRowid));
  }

  updateZone(id: number, patch: Partial<ZoneInput>): Zone {
    const merged = { ...this.zone(id), ...patch };
    if (!merged.active) this.checkZoneUnused(merged);
    this.db
      .prepare(
        `UPDATE zones SET name_vi = @nameVi, name_en = @nameEn, directions_vi = @directionsVi,
           directions_en = @directionsEn, active = @active WHERE id = @id`,
      )
      .run({ ...merged, active: merged.active ? 1 : 0 });
    this.invalidate();
    return this.zone(id);
  }

  createService(input: ServiceInput): Service {
    this.checkZone(input.zoneId);
    this.checkPrefixFree(input.prefix, null);
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO services (prefix, name_vi, name_en, kind, zone_id, color, target_wait_minutes, handling_minutes,
           daily_cap, issuing_days, issuing_hours, active, sort_order)
         VALUES (@prefix, @nameVi, @nameEn, @kind, @zoneId, @color, @targetWaitMinutes, @handlingMinutes,
           @dailyCap, @issuingDays, @issuingHours, @active, @sortOrder)`,
      )
      .run(serviceParams(input));
    this.invalidate();
    return this.service(Number(lastInsertRowid));
  }

  updateService(id: number, patch: Partial<ServiceInput>): Service {
    const before = this.service(id);
    const merged = { ...before, ...patch };
    this.checkZone(merged.zoneId, before.zoneId);
    this.checkPrefixFree(merged.prefix, id);
    this.db
      .prepare(
        `UPDATE services SET prefix = @prefix, name_vi = @nameVi, name_en = @nameEn, kind = @kind, zone_id = @zoneId,
           color = @color, target_wait_minutes = @targetWaitMinutes,
           handling_minutes = @handlingMinutes, daily_cap = @dailyCap,
           issuing_days = @issuingDays, issuing_hours = @issuingHours, active = @active, sort_order = @sortOrder
         WHERE id = @id`,
      )
      .run({ ...serviceParams(merged), id });
    this.invalidate();
    return this.service(id);
  }

  createServicePoint(input: ServicePointInput): ServicePoint {
    return this.db.transaction(() => {
      this.checkPointRefs(input);
      this.checkPointNumberFree(input.kind, input.number, null);
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO service_points (number, name_vi, name_en, kind, zone_id, active, staff_id)
           VALUES (@number, @nameVi, @nameEn, @kind, @zoneId, @active, @staffId)`,
        )
        .run({ ...input, active: input.active ? 1 : 0 });
      const id = Number(lastInsertRowid);
      this.setPointServices(id, input.serviceIds);
      this.invalidate();
      return this.servicePoint(id);
    })();
  }

  updateServicePoint(id: number, patch: Partial<ServicePointInput>): ServicePoint {
    return this.db.transaction(() => {
      const before = this.servicePoint(id);
      const merged = { ...before, ...patch };
      this.checkPointRefs(merged, before.zoneId);
      this.checkPointNumberFree(merged.kind, merged.number, id);
      this.db
        .prepare(
          `UPDATE service_points SET number = @number, name_vi = @nameVi, name_en = @nameEn, kind = @kind,
             zone_id = @zoneId, active = @active, staff_id = @staffId WHERE id = @id`,
        )
        .run({ ...merged, active: merged.active ? 1 : 0, id });
      if (patch.serviceIds) this.setPointServices(id, patch.serviceIds);
      this.invalidate();
      return this.servicePoint(id);
    })();
  }

  /** Pause state is changed by the queue engine (it is a queue event); this only writes it. */
  writePause(id: number, paused: boolean, reason: string | null): void {
    this.db
      .prepare('UPDATE service_points SET paused = ?, pause_reason = ? WHERE id = ?')
      .run(paused ? 1 : 0, reason, id);
    this.invalidate();
  }

  createStaff(input: StaffInput): Staff {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO staff (name, role, active) VALUES (@name, @role, @active)')
      .run({ ...input, active: input.active ? 1 : 0 });
    this.invalidate();
    return this.staffMember(Number(lastInsertRowid));
  }

  updateStaff(id: number, patch: Partial<StaffInput>): Staff {
    const merged = { ...this.staffMember(id), ...patch };
    this.db
      .prepare('UPDATE staff SET name = @name, role = @role, active = @active WHERE id = @id')
      .run({ ...merged, active: merged.active ? 1 : 0, id });
    this.invalidate();
    return this.staffMember(id);
  }

  updateSettings(patch: SettingsPatch): Settings {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value));
      }
    })();
    this.invalidate();
    return this.settings();
  }

  // ---- checks ----

  /** A zone is retired only once no service or point in use is in it: they would lose their directions. */
  private checkZoneUnused(zone: Zone): void {
    const inUse = [
      ...this.services().filter((s) => s.active && s.zoneId === zone.id),
      ...this.servicePoints().filter((p) => p.active && p.zoneId === zone.id),
    ];
    if (inUse.length === 0) return;
    const names = inUse.map((x) => x.nameVi).join(', ');
    throw fieldConflict('ZONE_IN_USE', 'active', {
      vi: `Khu vực “${zone.nameVi}” còn ${inUse.length} dịch vụ / quầy đang dùng (${names}). Hãy chuyển chúng sang khu vực khác hoặc ngừng dùng chúng trước.`,
      en: `Zone “${zone.nameEn || zone.nameVi}” still has ${inUse.length} services / points in use (${names}). Move them to another zone or retire them first.`,
    });
  }

  /** A service or point may be put only in a zone in use; one already in a retired zone may stay there. */
  private checkZone(zoneId: number | null, currentZoneId: number | null = null): void {
    if (zoneId === null) return;
    const zone = this.zone(zoneId);
    if (!zone.active && zoneId !== currentZoneId)
      throw fieldConflict('ZONE_RETIRED', 'zoneId', {
        vi: `Khu vực “${zone.nameVi}” đã ngừng sử dụng. Hãy chọn khu vực khác, hoặc cho khu vực này dùng lại trước.`,
        en: `Zone “${zone.nameEn || zone.nameVi}” is retired. Choose another zone, or take this one back into use first.`,
      });
  }

  private checkPrefixFree(prefix: string, exceptId: number | null): void {
    const other = this.services().find((s) => s.prefix === prefix && s.id !== exceptId);
    if (other)
      throw fieldConflict('PREFIX_TAKEN', 'prefix', {
        vi: `Chữ cái ${prefix} đã dùng cho dịch vụ "${other.nameVi}".`,
        en: `Prefix ${prefix} is already used by "${other.nameEn}".`,
      });
  }

  private checkPointNumberFree(kind: ServicePoint['kind'], number: number, exceptId: number | null): void {
    const other = this.servicePoints().find((p) => p.kind === kind && p.number === number && p.id !== exceptId);
    if (other)
      throw fieldConflict('POINT_NUMBER_TAKEN', 'number', {
        vi: `Số ${number} đã dùng cho "${other.nameVi}".`,
        en: `Number ${number} is already used by "${other.nameEn}".`,
      });
  }

  private checkPointRefs(
    p: { zoneId: number | null; staffId: number | null; serviceIds: number[] },
    currentZoneId: number | null = null,
  ): void {
    this.checkZone(p.zoneId, currentZoneId);
    if (p.staffId !== null) this.staffMember(p.staffId);
    for (const serviceId of p.serviceIds) this.service(serviceId);
  }

  private setPointServices(pointId: number, serviceIds: number[]): void {
    this.db.prepare('DELETE FROM service_point_services WHERE service_point_id = ?').run(pointId);
    const insert = this.db.prepare('INSERT INTO service_point_services (service_point_id, service_id) VALUES (?, ?)');
    for (const serviceId of new Set(serviceIds)) insert.run(pointId, serviceId);
  }
}

function serviceParams(s: ServiceInput) {
  return {
    ...s,
    issuingDays: JSON.stringify(s.issuingDays),
    issuingHours: JSON.stringify(s.issuingHours),
    active: s.active ? 1 : 0,
  };
}
