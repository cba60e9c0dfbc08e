import type { Database } from 'better-sqlite3';
import { DEFAULT_HANDLING_MINUTES } from '../../shared/estimate';
import { DEFAULT_POINTS, DEFAULT_SERVICES, DEFAULT_SETTINGS, DEFAULT_ZONES } from './defaults';
import type { SetupStore } from './setup-store';

/** Fills a new database with a typical commune center, once. Returns whether it did. */
export function seedFirstRun(db: Database, setup: SetupStore): boolean {
  const seeded = db.prepare("SELECT 1 FROM settings WHERE key = 'seededAt'").get();
  if (seeded) return false;
  db.transaction(() => {
    const zoneIds = new Map<string, number>();
    for (const { key, ...zone } of DEFAULT_ZONES) zoneIds.set(key, setup.createZone({ ...zone, active: true }).id);
    const serviceIds = new Map<string, number>();
    DEFAULT_SERVICES.forEach(({ zone, ...service }, index) => {
      const created = setup.createService({
        ...service,
        zoneId: zoneIds.get(zone) ?? null,
        handlingMinutes: DEFAULT_HANDLING_MINUTES,
        dailyCap: null,
        issuingDays: [],
        issuingHours: [],
        active: true,
        sortOrder: index,
      });
      serviceIds.set(service.prefix, created.id);
    });
    for (const { zone, prefixes, ...point } of DEFAULT_POINTS) {
      setup.createServicePoint({
        ...point,
        zoneId: zoneIds.get(zone) ?? null,
        serviceIds: prefixes.map((p) => serviceIds.get(p)).filter((id): id is number => id !== undefined),
        active: true,
        staffId: null,
      });
    }
    setup.updateSettings({ ...DEFAULT_SETTINGS });
    db.prepare("INSERT INTO settings (key, value) VALUES ('seededAt', ?)").run(JSON.stringify(Date.now()));
  })();
  return true;
}
