/**
 * The database itself refuses an event type the contract does not know: a trigger made from EVENT_TYPES. It is
 * derived, not hand-written, so it is brought in step with the table each time the core opens (a no-op when it
 * already is).
 */
import type { Database } from 'better-sqlite3';
import { EVENT_TYPES } from '../../shared/contract/events';

const NAME = 'events_known_types';

export function guardEventTypes(db: Database): void {
  const list = EVENT_TYPES.map((t) => `'${t.replaceAll("'", "''")}'`).join(', ');
  const sql = `CREATE TRIGGER ${NAME} BEFORE INSERT ON events WHEN NEW.type NOT IN (${list})
    BEGIN SELECT RAISE(ABORT, 'unknown event type'); END`;
  const current = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(NAME) as
    { sql: string } | undefined;
  if (current?.sql === sql) return;
  db.transaction(() => {
    db.exec(`DROP TRIGGER IF EXISTS ${NAME}`);
    db.exec(sql);
  }).immediate();
}
