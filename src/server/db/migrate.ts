import type { Database } from 'better-sqlite3';
import { LuotError } from '../../shared/errors';
import { MIGRATIONS, type Migration } from './migrations/index';

/** The database was written by a newer Lượt; opening it with this one could corrupt it. */
export class DatabaseTooNewError extends LuotError {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(503, 'DATABASE_TOO_NEW', {
      vi: `Cơ sở dữ liệu thuộc phiên bản Lượt mới hơn (lược đồ ${found}, bản này hỗ trợ đến ${supported}). Hãy cài bản Lượt mới nhất; dữ liệu không bị thay đổi.`,
      en: `The database belongs to a newer Lượt (schema ${found}, this build supports up to ${supported}). Install the latest Lượt; the data was not changed.`,
    });
    this.name = 'DatabaseTooNewError';
  }
}

export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
}

/** Runs every pending step and sets `user_version`, all in one transaction: a failed step leaves nothing. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  assertOrdered(migrations);
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  if (current === latest) return current;
  db.transaction(() => {
    for (const m of migrations.slice(current)) m.run(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
