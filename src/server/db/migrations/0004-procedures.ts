import type { Database } from 'better-sqlite3';

/**
 * The procedure guide (issue 15): the catalogue of procedures, the procedure a ticket was issued for, and the log of
 * citizens sent back from the entrance for missing papers. Procedures are retired, never deleted: tickets and the
 * log point at them.
 */
export function updateToSchemaVersion4(db: Database): void {
  db.exec(`
    CREATE TABLE procedures (
      id            INTEGER PRIMARY KEY,
      code          TEXT,
      name_vi       TEXT NOT NULL,
      name_en       TEXT NOT NULL,
      aliases       TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
      service_id    INTEGER NOT NULL REFERENCES services(id),
      documents     TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings, in reading order
      online_filing INTEGER NOT NULL DEFAULT 0,
      fee           TEXT NOT NULL DEFAULT '',
      time_limit    TEXT NOT NULL DEFAULT '',
      result_at     TEXT NOT NULL DEFAULT '',
      checked       INTEGER NOT NULL DEFAULT 0,   -- checked against the province's list
      active        INTEGER NOT NULL DEFAULT 1,
      sort_order    INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX procedures_by_service ON procedures(service_id);
    CREATE TRIGGER procedures_are_kept BEFORE DELETE ON procedures
      BEGIN SELECT RAISE(ABORT, 'procedures are retired, never deleted'); END;

    ALTER TABLE tickets ADD COLUMN procedure_id INTEGER REFERENCES procedures(id);
    CREATE INDEX tickets_by_procedure ON tickets(service_day, procedure_id) WHERE procedure_id IS NOT NULL;

    -- Each time the entrance sent a citizen away for missing papers: home with the list, or to a help desk.
    CREATE TABLE missing_papers (
      id           INTEGER PRIMARY KEY,
      at           INTEGER NOT NULL,
      service_day  TEXT NOT NULL,
      procedure_id INTEGER NOT NULL REFERENCES procedures(id),
      action       TEXT NOT NULL CHECK (action IN ('home', 'help_desk')),
      missing      TEXT NOT NULL DEFAULT '[]',    -- JSON array: the papers that were missing
      ticket_id    INTEGER REFERENCES tickets(id), -- the help desk ticket, for 'help_desk'
      device_id    INTEGER
    ) STRICT;
    CREATE INDEX missing_papers_by_day ON missing_papers(service_day, procedure_id);
    CREATE TRIGGER missing_papers_no_update BEFORE UPDATE ON missing_papers
      BEGIN SELECT RAISE(ABORT, 'the missing papers log is append-only'); END;
    CREATE TRIGGER missing_papers_no_delete BEFORE DELETE ON missing_papers
      BEGIN SELECT RAISE(ABORT, 'the missing papers log is append-only'); END;
  `);
}
