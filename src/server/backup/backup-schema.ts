/**
 * Whether a backup's schema is exactly one Lượt makes (issue 24): its tables, indexes, triggers and views in
 * `sqlite_master` must be what Lượt's migrations make for its `user_version`, compared with a fresh database
 * migrated to that version. A copy carrying a trigger (run on every new ticket), a view, an extra or changed
 * table, or missing one, is not taken. The guard triggers Lượt derives from its contract each time it opens
 * (event types, device roles) are compared by name: their text follows the version, and they are remade on open.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../db/migrations/index';
import { migrate } from '../db/migrate';

/** Triggers Lượt rewrites on every open (src/server/events/event-type-guard.ts, src/server/auth/device-roles.ts). */
const REMADE_ON_OPEN = new Set(['events_known_types', 'devices_known_roles', 'devices_known_roles_on_update']);

interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const references = new Map<number, Map<string, string>>();

function entries(db: Database.Database): Map<string, string> {
  const rows = db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .all() as SchemaEntry[];
  return new Map(
    rows.map((r) => [
      `${r.type} ${r.name}`,
      REMADE_ON_OPEN.has(r.name) && r.type === 'trigger'
        ? `on ${r.tbl_name}`
        : `on ${r.tbl_name}: ${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`,
    ]),
  );
}

/** What Lượt's migrations make for `version`, made once per version in memory. */
function reference(version: number, nativeBinding?: string): Map<string, string> {
  let made = references.get(version);
  if (made) return made;
  const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    migrate(db, MIGRATIONS.slice(0, version));
    made = entries(db);
    // The guards are added on open, after the migrations: expected by name.
    made.set('trigger events_known_types', 'on events');
    made.set('trigger devices_known_roles', 'on devices');
    made.set('trigger devices_known_roles_on_update', 'on devices');
  } finally {
    db.close();
  }
  references.set(version, made);
  return made;
}

/** The differences between a copy's schema and Lượt's for its version, in words (empty: the same). */
export function schemaDifferences(db: Database.Database, version: number, nativeBinding?: string): string[] {
  const expected = reference(version, nativeBinding);
  const found = entries(db);
  const problems: string[] = [];
  for (const [key, sql] of found) {
    if (!expected.has(key)) problems.push(`+${key}`);
    else if (expected.get(key) !== sql && !(REMADE_ON_OPEN.has(key.split(' ')[1]!) && key.startsWith('trigger')))
      problems.push(`~${key}`);
  }
  for (const key of expected.keys()) if (!found.has(key)) problems.push(`-${key}`);
  return problems;
}
