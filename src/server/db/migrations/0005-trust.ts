import type { Database } from 'better-sqlite3';

/**
 * Signing devices in: one-time sign-in links and short pairing codes (`sign_in_passes`), and the browser
 * sessions they open (`sessions`). Only SHA-256 hashes of the secrets are stored. Rows are kept after use or
 * expiry: they say which device signed in when. And an index for removing old free-text notes (privacy).
 */
export function updateToSchemaVersion5(db: Database): void {
  db.exec(`
    CREATE TABLE sign_in_passes (
      id          INTEGER PRIMARY KEY,
      device_id   INTEGER NOT NULL REFERENCES devices(id),
      kind        TEXT NOT NULL CHECK (kind IN ('link', 'pairing')),
      secret_hash TEXT NOT NULL,
      created_at  INTEGER NOT NULL,
      expires_at  INTEGER NOT NULL,
      used_at     INTEGER
    ) STRICT;
    CREATE INDEX sign_in_passes_by_secret ON sign_in_passes(secret_hash);

    CREATE TABLE sessions (
      id         INTEGER PRIMARY KEY,
      device_id  INTEGER NOT NULL REFERENCES devices(id),
      token_hash TEXT NOT NULL UNIQUE,
      created_at INTEGER NOT NULL,
      renewed_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      ended_at   INTEGER
    ) STRICT;
    CREATE INDEX sessions_by_device ON sessions(device_id);

    -- The notes retention job clears old notes every hour: this finds them without reading every ticket.
    CREATE INDEX tickets_with_note ON tickets(issued_at) WHERE note IS NOT NULL;
  `);
}
