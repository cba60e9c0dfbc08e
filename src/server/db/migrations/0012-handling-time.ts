import type { Database } from 'better-sqlite3';

/**
 * A service's typical handling time (issue 19 §5): the one wait estimate leans on it until enough of today's
 * cases were seen. Eight minutes for every existing service, as the estimate assumed before setup kept it.
 */
export function updateToSchemaVersion12(db: Database): void {
  db.exec(`
    ALTER TABLE services ADD COLUMN handling_minutes INTEGER NOT NULL DEFAULT 8
      CHECK (handling_minutes BETWEEN 1 AND 240);
  `);
}
