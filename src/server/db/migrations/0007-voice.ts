import type { Database } from 'better-sqlite3';

/**
 * The center's own voice: each recorded segment (a word or phrase a display says) with its audio. A new
 * recording of the same words, or an imported voice pack, retires the one before instead of deleting it, so a
 * manager who re-records in a noisy moment, or imports a province's pack, can always go back.
 */
export function updateToSchemaVersion7(db: Database): void {
  db.exec(`
    CREATE TABLE voice_recordings (
      id          INTEGER PRIMARY KEY,
      key         TEXT NOT NULL,
      mime        TEXT NOT NULL,
      audio       BLOB NOT NULL,
      duration_ms INTEGER NOT NULL,
      origin      TEXT NOT NULL CHECK (origin IN ('recorded', 'imported')),
      recorded_at INTEGER NOT NULL,
      retired_at  INTEGER
    ) STRICT;
    CREATE INDEX voice_recordings_current ON voice_recordings (key) WHERE retired_at IS NULL;
  `);
}
