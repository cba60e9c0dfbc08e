import type { Database } from 'better-sqlite3';

/**
 * The contract's second schema step: a small key–value table for the center's own state (the last service day
 * the day-end sweep completed), and a fingerprint of each idempotent request's body so that a key reused with a
 * different body is refused instead of answered with the earlier answer; an index for the wait estimate;
 * and the kinds of help as a list in setup.
 */
export function updateToSchemaVersion2(db: Database): void {
  db.exec(`
    CREATE TABLE center_state (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    ALTER TABLE idempotency_keys ADD COLUMN body_hash TEXT;
    -- The wait estimate reads a service's last resolved cases: a seek here, not a scan of the day's tickets.
    CREATE INDEX tickets_resolved_recently ON tickets(service_id, resolved_at) WHERE status = 'resolved';
    -- Kinds of help a help desk records on resolve: a list in setup (codes are kept in tickets and reports).
    CREATE TABLE help_kinds (
      id         INTEGER PRIMARY KEY,
      code       TEXT NOT NULL UNIQUE,
      name_vi    TEXT NOT NULL,
      name_en    TEXT NOT NULL,
      -- The help service whose desks offer it; NULL: every help desk.
      service_id INTEGER REFERENCES services(id),
      active     INTEGER NOT NULL DEFAULT 1,
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT;
  `);
}
