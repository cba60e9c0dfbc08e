import type { Database } from 'better-sqlite3';

/**
 * Appointments (issue 22): bookings with a code to check in, the services' slots and held share, and on tickets
 * the appointment a ticket was checked in for (on time: called before the walk-ins) and whether the citizen took
 * it themself at the kiosk.
 */
export function updateToSchemaVersion11(db: Database): void {
  db.exec(`
    CREATE TABLE appointments (
      id             INTEGER PRIMARY KEY,
      code           TEXT NOT NULL UNIQUE,
      service_id     INTEGER NOT NULL REFERENCES services (id),
      day            TEXT NOT NULL,
      time           TEXT NOT NULL,
      procedure_id   INTEGER REFERENCES procedures (id),
      name           TEXT,
      phone_last4    TEXT,
      missing_papers TEXT NOT NULL DEFAULT '[]',
      source         TEXT NOT NULL CHECK (source IN ('booking', 'import', 'return_visit')),
      follows_ticket_id INTEGER REFERENCES tickets (id),
      status         TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'checked_in', 'missed', 'cancelled')),
      created_at     INTEGER NOT NULL,
      checked_in_at  INTEGER,
      on_time        INTEGER CHECK (on_time IN (0, 1)),
      ticket_id      INTEGER REFERENCES tickets (id),
      ended_at       INTEGER
    );
    CREATE INDEX appointments_by_day ON appointments (day, service_id, status);

    CREATE TABLE appointment_services (
      service_id   INTEGER PRIMARY KEY REFERENCES services (id),
      slot_minutes INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
      per_slot     INTEGER NOT NULL CHECK (per_slot BETWEEN 0 AND 100),
      held         INTEGER NOT NULL CHECK (held BETWEEN 0 AND 9999),
      held_until   TEXT NOT NULL
    );
    CREATE TABLE appointment_settings (
      id                    INTEGER PRIMARY KEY CHECK (id = 1),
      window_before_minutes INTEGER NOT NULL,
      window_after_minutes  INTEGER NOT NULL
    );
    INSERT INTO appointment_settings (id, window_before_minutes, window_after_minutes) VALUES (1, 15, 15);

    ALTER TABLE tickets ADD COLUMN appointment_id INTEGER REFERENCES appointments (id);
    ALTER TABLE tickets ADD COLUMN appointment_time TEXT;
    ALTER TABLE tickets ADD COLUMN appointment_first INTEGER NOT NULL DEFAULT 0 CHECK (appointment_first IN (0, 1));
    ALTER TABLE tickets ADD COLUMN self_issued INTEGER NOT NULL DEFAULT 0 CHECK (self_issued IN (0, 1));
    -- The kiosk's "3 numbers in a minute" asks the log for its own recent issues.
    CREATE INDEX events_issued_by_device ON events (device_id, at) WHERE type = 'issued';
    CREATE INDEX tickets_appointment_first ON tickets (service_day) WHERE status = 'waiting' AND appointment_first = 1;
  `);
}
