import type { Database } from 'better-sqlite3';

/**
 * A rating's comment is free text a citizen typed (a name or a phone number could be in it), so like a ticket's
 * note it is cleared after the retention period. Whether a comment was written is kept in its own column, so the
 * reports' count of comments stays true after the text is gone.
 */
export function updateToSchemaVersion8(db: Database): void {
  db.exec(`
    ALTER TABLE ratings ADD COLUMN commented INTEGER NOT NULL DEFAULT 0 CHECK (commented IN (0, 1));
    UPDATE ratings SET commented = 1 WHERE comment IS NOT NULL AND comment <> '';
  `);
}
