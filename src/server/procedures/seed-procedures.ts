import type { Database } from 'better-sqlite3';
import type { SetupStore } from '../setup/setup-store';
import { DEFAULT_CATALOGUE } from './default-catalogue/index';
import type { ProcedureStore } from './procedure-store';

/**
 * Loads the reference catalogue once, on the first start with the procedure guide (a new center, or one updated
 * from a version without it). Each entry goes to the service with its default prefix; an entry whose service the
 * center no longer has is left out. Entries are unchecked: the guide marks them "tham khảo".
 */
export function seedProcedures(db: Database, setup: SetupStore, procedures: ProcedureStore): number {
  if (db.prepare("SELECT 1 FROM settings WHERE key = 'proceduresSeededAt'").get()) return 0;
  const servicesByPrefix = new Map(setup.services().map((s) => [s.prefix, s.id]));
  let loaded = 0;
  db.transaction(() => {
    for (const { service, ...entry } of DEFAULT_CATALOGUE) {
      const serviceId = servicesByPrefix.get(service);
      if (serviceId === undefined) continue;
      procedures.create({ ...entry, code: null, serviceId, checked: false, active: true });
      loaded++;
    }
    db.prepare("INSERT INTO settings (key, value) VALUES ('proceduresSeededAt', ?)").run(JSON.stringify(Date.now()));
  })();
  return loaded;
}
