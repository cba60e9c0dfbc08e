import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';

/**
 * The citizen's side: satisfaction ratings (one per ticket, kept as history), the settings of the rating screen,
 * the status page and the Wi-Fi printed on tickets, and the secret that signs status-page links.
 *
 * The devices table is copied into one without a CHECK on `role`: which roles exist is the contract's list
 * (DEVICE_ROLES), enforced by a trigger made from it each time the core opens (src/server/auth/device-roles.ts),
 * as event types are — so adding a role never again means copying this table.
 */
export function updateToSchemaVersion6(db: Database): void {
  db.exec(`
    CREATE TABLE devices_v3 (
      id               INTEGER PRIMARY KEY,
      name             TEXT NOT NULL,
      role             TEXT NOT NULL,
      service_point_id INTEGER REFERENCES service_points(id),
      token_hash       TEXT NOT NULL UNIQUE,
      created_at       INTEGER NOT NULL,
      last_seen_at     INTEGER,
      revoked_at       INTEGER
    ) STRICT;
    INSERT INTO devices_v3 SELECT id, name, role, service_point_id, token_hash, created_at, last_seen_at, revoked_at
      FROM devices;
    DROP TABLE devices;
    ALTER TABLE devices_v3 RENAME TO devices;

    -- One rating per ticket, at the point that resolved it, with the staff member signed in there.
    -- level NULL: the citizen gave no answer in time ("không đánh giá").
    CREATE TABLE ratings (
      ticket_id        INTEGER PRIMARY KEY REFERENCES tickets(id),
      service_day      TEXT NOT NULL,
      service_id       INTEGER NOT NULL REFERENCES services(id),
      service_point_id INTEGER NOT NULL REFERENCES service_points(id),
      staff_id         INTEGER REFERENCES staff(id),
      level            TEXT CHECK (level IN
                         ('very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied')),
      reasons          TEXT NOT NULL DEFAULT '[]',
      comment          TEXT,
      at               INTEGER NOT NULL,
      device_id        INTEGER
    ) STRICT;
    CREATE INDEX ratings_by_day ON ratings(service_day);
    CREATE TRIGGER ratings_are_history BEFORE DELETE ON ratings
      BEGIN SELECT RAISE(ABORT, 'ratings are history and are never deleted'); END;

    -- The rating device asks about the ticket its point resolved last: one seek per point.
    CREATE INDEX tickets_resolved_at_point ON tickets(service_point_id, resolved_at) WHERE status = 'resolved';

    CREATE TABLE citizen_settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
  // Signs the references in status-page links (HMAC-SHA256): a link cannot be guessed or made up for another
  // ticket. Kept in the database so links printed before a restart still open.
  db.prepare("INSERT OR IGNORE INTO center_state (key, value) VALUES ('status_link_secret', ?)").run(
    randomBytes(32).toString('hex'),
  );
}
