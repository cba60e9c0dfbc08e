import type { Database } from 'better-sqlite3';

/**
 * A zone can be retired like a service, a point or a kind of help: a merged commune reorganises its building, and
 * a zone nobody uses any more leaves setup's pickers and the display's zone choice, while old tickets and reports
 * that name it keep its name.
 */
export function updateToSchemaVersion9(db: Database): void {
  db.exec('ALTER TABLE zones ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))');
}
