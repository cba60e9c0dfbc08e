import type { Database } from 'better-sqlite3';

/**
 * The LED board above a service point (issue 23): how it is reached (serial port or Modbus TCP gateway), its
 * protocol, unit id and digits, and whether it keeps the last number after a case ends. One row per point that
 * has a board; the settings are one JSON value checked by the shared schema when read.
 */
export function updateToSchemaVersion10(db: Database): void {
  db.exec(`
    CREATE TABLE point_boards (
      service_point_id INTEGER PRIMARY KEY REFERENCES service_points(id) ON DELETE CASCADE,
      settings         TEXT NOT NULL CHECK (json_valid(settings)),
      updated_at       INTEGER NOT NULL
    ) STRICT;
  `);
}
