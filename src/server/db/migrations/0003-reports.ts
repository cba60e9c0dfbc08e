import type { Database } from 'better-sqlite3';

/**
 * Reports and the people behind them: a device role that reads reports without setup rights, staff sign-in at
 * a point (PINs hashed), the volunteers' roster, field visits and the difficulties log — and an index that
 * lets a report find a day's pause/resume events without reading the whole log.
 */
export function updateToSchemaVersion3(db: Database): void {
  // SQLite cannot change a CHECK constraint in place: the devices table is copied into one that also allows
  // 'reports'. Nothing references devices by foreign key, and ids and token hashes are kept as they were.
  db.exec(`
    CREATE TABLE devices_v2 (
      id               INTEGER PRIMARY KEY,
      name             TEXT NOT NULL,
      role             TEXT NOT NULL CHECK (role IN ('admin', 'greeter', 'counter', 'display', 'reports')),
      service_point_id INTEGER REFERENCES service_points(id),
      token_hash       TEXT NOT NULL UNIQUE,
      created_at       INTEGER NOT NULL,
      last_seen_at     INTEGER,
      revoked_at       INTEGER
    ) STRICT;
    INSERT INTO devices_v2 SELECT id, name, role, service_point_id, token_hash, created_at, last_seen_at, revoked_at
      FROM devices;
    DROP TABLE devices;
    ALTER TABLE devices_v2 RENAME TO devices;

    -- Pause and resume are the only events without a ticket; reports read them by day.
    CREATE INDEX events_point_changes ON events(at) WHERE ticket_id IS NULL;

    -- A staff member's PIN for signing in at a point: scrypt hash with its own salt, never the PIN.
    CREATE TABLE staff_pins (
      staff_id   INTEGER PRIMARY KEY REFERENCES staff(id),
      pin_hash   TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;

    -- Who served at which point, from when to when. Kept forever: the roster and the hours come from here.
    CREATE TABLE staff_sessions (
      id               INTEGER PRIMARY KEY,
      staff_id         INTEGER NOT NULL REFERENCES staff(id),
      service_point_id INTEGER NOT NULL REFERENCES service_points(id),
      device_id        INTEGER,
      service_day      TEXT NOT NULL,
      signed_in_at     INTEGER NOT NULL,
      signed_out_at    INTEGER,
      -- 'signed_out' | 'switched' (another person signed in at the point) | 'moved' (signed in elsewhere)
      end_reason       TEXT
    ) STRICT;
    CREATE INDEX staff_sessions_by_day ON staff_sessions(service_day, staff_id);
    -- At most one person is signed in at a point, and a person at one point at a time.
    CREATE UNIQUE INDEX staff_sessions_open_per_point ON staff_sessions(service_point_id) WHERE signed_out_at IS NULL;
    CREATE UNIQUE INDEX staff_sessions_open_per_staff ON staff_sessions(staff_id) WHERE signed_out_at IS NULL;
    CREATE TRIGGER staff_sessions_are_history BEFORE DELETE ON staff_sessions
      BEGIN SELECT RAISE(ABORT, 'staff sessions are history and are never deleted'); END;

    -- The team lead's corrections to the roster that sign-ins fill: add someone who was on duty without
    -- signing in (with their hours), or take out a sign-in that was not a duty shift.
    CREATE TABLE roster_entries (
      service_day TEXT NOT NULL,
      shift       TEXT NOT NULL CHECK (shift IN ('morning', 'afternoon')),
      staff_id    INTEGER NOT NULL REFERENCES staff(id),
      on_duty     INTEGER NOT NULL,
      hours       REAL,
      note        TEXT,
      updated_at  INTEGER NOT NULL,
      device_id   INTEGER,
      PRIMARY KEY (service_day, shift, staff_id)
    ) STRICT, WITHOUT ROWID;

    -- Afternoon visits of volunteer teams to residential areas ("đi sâu vào khu dân cư").
    CREATE TABLE field_visits (
      id            INTEGER PRIMARY KEY,
      service_day   TEXT NOT NULL,
      place         TEXT NOT NULL,
      hours         REAL NOT NULL,
      volunteer_ids TEXT NOT NULL DEFAULT '[]',
      -- { helpKindCode: citizens helped }
      helped        TEXT NOT NULL DEFAULT '{}',
      elderly       INTEGER NOT NULL DEFAULT 0,
      note          TEXT,
      created_at    INTEGER NOT NULL,
      updated_at    INTEGER NOT NULL,
      -- Withdrawn visits stay in the table (entered by mistake), hidden from reports.
      withdrawn_at  INTEGER
    ) STRICT;
    CREATE INDEX field_visits_by_day ON field_visits(service_day);

    -- What the report readers set for their own reports (the youth-union branch's name), apart from setup.
    CREATE TABLE report_settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    -- Short notes from a counter or help desk ("mất mạng"), listed in the weekly report.
    CREATE TABLE difficulties (
      id               INTEGER PRIMARY KEY,
      at               INTEGER NOT NULL,
      service_day      TEXT NOT NULL,
      service_point_id INTEGER REFERENCES service_points(id),
      staff_id         INTEGER REFERENCES staff(id),
      device_id        INTEGER,
      text             TEXT NOT NULL,
      withdrawn_at     INTEGER
    ) STRICT;
    CREATE INDEX difficulties_by_day ON difficulties(service_day);
    CREATE TRIGGER difficulties_are_history BEFORE DELETE ON difficulties
      BEGIN SELECT RAISE(ABORT, 'difficulties are history and are never deleted'); END;
  `);
}
