/**
 * The database itself refuses a device role the contract does not know: a trigger made from DEVICE_ROLES (as
 * event types are, src/server/events/event-type-guard.ts), brought in step each time the core opens.
 */
import type { Database } from 'better-sqlite3';
import { DEVICE_ROLES } from '../../shared/domain';

const NAMES = { insert: 'devices_known_roles', update: 'devices_known_roles_on_update' } as const;

export function guardDeviceRoles(db: Database): void {
  const list = DEVICE_ROLES.map((r) => `'${r.replaceAll("'", "''")}'`).join(', ');
  const sql = {
    insert: `CREATE TRIGGER ${NAMES.insert} BEFORE INSERT ON devices WHEN NEW.role NOT IN (${list})
    BEGIN SELECT RAISE(ABORT, 'unknown device role'); END`,
    update: `CREATE TRIGGER ${NAMES.update} BEFORE UPDATE OF role ON devices WHEN NEW.role NOT IN (${list})
    BEGIN SELECT RAISE(ABORT, 'unknown device role'); END`,
  };
  const current = (name: string) =>
    (
      db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(name) as
        { sql: string } | undefined
    )?.sql;
  if (current(NAMES.insert) === sql.insert && current(NAMES.update) === sql.update) return;
  db.transaction(() => {
    for (const key of ['insert', 'update'] as const) {
      db.exec(`DROP TRIGGER IF EXISTS ${NAMES[key]}`);
      db.exec(sql[key]);
    }
  }).immediate();
}
