import type { Database } from 'better-sqlite3';

/** The first schema: setup, tickets, the append-only event log, devices and idempotency records. */
export function updateToSchemaVersion1(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE zones (
      id            INTEGER PRIMARY KEY,
      name_vi       TEXT NOT NULL,
      name_en       TEXT NOT NULL,
      directions_vi TEXT NOT NULL DEFAULT '',
      directions_en TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE services (
      id                  INTEGER PRIMARY KEY,
      prefix              TEXT NOT NULL UNIQUE,
      name_vi             TEXT NOT NULL,
      name_en             TEXT NOT NULL,
      kind                TEXT NOT NULL CHECK (kind IN ('counter', 'help')),
      zone_id             INTEGER REFERENCES zones(id),
      color               TEXT NOT NULL,
      target_wait_minutes INTEGER NOT NULL,
      daily_cap           INTEGER,
      issuing_days        TEXT NOT NULL DEFAULT '[]',
      issuing_hours       TEXT NOT NULL DEFAULT '[]',
      active              INTEGER NOT NULL DEFAULT 1,
      sort_order          INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE staff (
      id     INTEGER PRIMARY KEY,
      name   TEXT NOT NULL,
      role   TEXT NOT NULL CHECK (role IN ('staff', 'volunteer', 'greeter', 'manager')),
      active INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE TABLE service_points (
      id             INTEGER PRIMARY KEY,
      number         INTEGER NOT NULL,
      name_vi        TEXT NOT NULL,
      name_en        TEXT NOT NULL,
      kind           TEXT NOT NULL CHECK (kind IN ('counter', 'help_desk')),
      zone_id        INTEGER REFERENCES zones(id),
      active         INTEGER NOT NULL DEFAULT 1,
      paused         INTEGER NOT NULL DEFAULT 0,
      pause_reason   TEXT,
      staff_id       INTEGER REFERENCES staff(id),
      -- ratio policy: regular tickets called since the last priority one, on streak_day (NULL = none yet)
      regular_streak INTEGER,
      streak_day     TEXT,
      UNIQUE (kind, number)
    ) STRICT;

    CREATE TABLE service_point_services (
      service_point_id INTEGER NOT NULL REFERENCES service_points(id) ON DELETE CASCADE,
      service_id       INTEGER NOT NULL REFERENCES services(id),
      PRIMARY KEY (service_point_id, service_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX service_point_services_by_service ON service_point_services(service_id);

    -- Per service per day: the last number issued (numbers are never reused within a day) and how many
    -- tickets wait — kept by triggers in the same transaction as the change, so events and screens get
    -- exact counts in O(1) however long the queue is. One row, so an issue touches one page for both.
    CREATE TABLE daily_counters (
      service_day TEXT NOT NULL,
      service_id  INTEGER NOT NULL REFERENCES services(id),
      last_number INTEGER NOT NULL DEFAULT 0,
      waiting     INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (service_day, service_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE tickets (
      id                      INTEGER PRIMARY KEY,
      service_day             TEXT NOT NULL,
      number                  INTEGER NOT NULL,
      display_code            TEXT NOT NULL,
      service_id              INTEGER NOT NULL REFERENCES services(id),
      priority                TEXT NOT NULL DEFAULT 'none',
      note                    TEXT,
      status                  TEXT NOT NULL CHECK (status IN
                                ('waiting', 'called', 'serving', 'resolved', 'no_show', 'transferred', 'cancelled')),
      queued_at               INTEGER NOT NULL,
      issued_at               INTEGER NOT NULL,
      called_at               INTEGER,
      started_at              INTEGER,
      resolved_at             INTEGER,
      service_point_id        INTEGER REFERENCES service_points(id),
      target_service_point_id INTEGER REFERENCES service_points(id),
      staff_id                INTEGER REFERENCES staff(id),
      outcome                 TEXT,
      help_kind               TEXT,
      file_code               TEXT,
      recall_count            INTEGER NOT NULL DEFAULT 0,
      transferred_from_id     INTEGER REFERENCES tickets(id),
      -- 1 for a case transferred "to the front": called before the others waiting (it already had its turn)
      keeps_turn              INTEGER NOT NULL DEFAULT 0,
      case_id                 INTEGER NOT NULL
    ) STRICT;
    -- A number is issued once per service per day (a transfer carries the same number on).
    CREATE UNIQUE INDEX tickets_issued_number
      ON tickets(service_day, service_id, number) WHERE transferred_from_id IS NULL;
    -- A service point shows at most one ticket.
    CREATE UNIQUE INDEX tickets_current_per_point
      ON tickets(service_point_id) WHERE status IN ('called', 'serving');
    -- Call-next reads the head of each (service, class) queue: one seek in these indexes.
    CREATE INDEX tickets_waiting
      ON tickets(service_day, service_id, (priority <> 'none'), queued_at, id) WHERE status = 'waiting';
    CREATE INDEX tickets_waiting_targeted
      ON tickets(service_day, target_service_point_id, (priority <> 'none'), queued_at, id)
      WHERE status = 'waiting' AND target_service_point_id IS NOT NULL;
    CREATE INDEX tickets_returning ON tickets(service_day, queued_at) WHERE status = 'waiting' AND keeps_turn = 1;
    CREATE INDEX tickets_by_day ON tickets(service_day, service_id);
    CREATE INDEX tickets_by_case ON tickets(case_id);
    CREATE TRIGGER tickets_are_history BEFORE DELETE ON tickets
      BEGIN SELECT RAISE(ABORT, 'tickets are history and are never deleted'); END;

    CREATE TRIGGER waiting_count_on_insert AFTER INSERT ON tickets WHEN NEW.status = 'waiting'
      BEGIN
        INSERT INTO daily_counters (service_day, service_id, waiting) VALUES (NEW.service_day, NEW.service_id, 1)
          ON CONFLICT (service_day, service_id) DO UPDATE SET waiting = waiting + 1;
      END;
    CREATE TRIGGER waiting_count_on_leave AFTER UPDATE OF status ON tickets
      WHEN OLD.status = 'waiting' AND NEW.status <> 'waiting'
      BEGIN
        UPDATE daily_counters SET waiting = waiting - 1
          WHERE service_day = OLD.service_day AND service_id = OLD.service_id;
      END;
    CREATE TRIGGER waiting_count_on_return AFTER UPDATE OF status ON tickets
      WHEN OLD.status <> 'waiting' AND NEW.status = 'waiting'
      BEGIN
        INSERT INTO daily_counters (service_day, service_id, waiting) VALUES (NEW.service_day, NEW.service_id, 1)
          ON CONFLICT (service_day, service_id) DO UPDATE SET waiting = waiting + 1;
      END;
    -- A ticket keeps its day and service; moving a case makes a new ticket (see transfer).
    CREATE TRIGGER tickets_keep_day_and_service BEFORE UPDATE OF service_day, service_id ON tickets
      WHEN NEW.service_day <> OLD.service_day OR NEW.service_id <> OLD.service_id
      BEGIN SELECT RAISE(ABORT, 'a ticket keeps its service day and service'); END;

    -- Append-only log of every state change.
    CREATE TABLE events (
      id               INTEGER PRIMARY KEY,
      at               INTEGER NOT NULL,
      type             TEXT NOT NULL,
      ticket_id        INTEGER REFERENCES tickets(id),
      service_point_id INTEGER REFERENCES service_points(id),
      device_id        INTEGER,
      staff_id         INTEGER,
      data             TEXT
    ) STRICT;
    CREATE INDEX events_by_ticket ON events(ticket_id);
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

    CREATE TABLE devices (
      id               INTEGER PRIMARY KEY,
      name             TEXT NOT NULL,
      role             TEXT NOT NULL CHECK (role IN ('admin', 'greeter', 'counter', 'display')),
      service_point_id INTEGER REFERENCES service_points(id),
      token_hash       TEXT NOT NULL UNIQUE,
      created_at       INTEGER NOT NULL,
      last_seen_at     INTEGER,
      revoked_at       INTEGER
    ) STRICT;

    -- Answers to requests that carried an Idempotency-Key, so a resent request gets the same answer.
    CREATE TABLE idempotency_keys (
      device_id  INTEGER NOT NULL,
      key        TEXT NOT NULL,
      route      TEXT NOT NULL,
      status     INTEGER NOT NULL,
      body       TEXT,
      created_at INTEGER NOT NULL,
      PRIMARY KEY (device_id, key)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_at);
  `);
}
