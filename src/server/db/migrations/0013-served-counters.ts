import type { Database } from 'better-sqlite3';

/**
 * Today's pace per service (cases resolved and their mean service time: issue 19's one wait estimate) is in every
 * queue snapshot and every call's event. Counting it from the tickets read every ticket of the day for that service
 * (0.5 ms at 8,000, on the path of every call); kept by triggers in `daily_counters`, like `waiting`, it is one
 * row. A case counts while its ticket is resolved and was started, so an undone resolve takes it out again.
 */
export function updateToSchemaVersion13(db: Database): void {
  db.exec(`
    ALTER TABLE daily_counters ADD COLUMN served INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE daily_counters ADD COLUMN served_ms INTEGER NOT NULL DEFAULT 0;

    INSERT INTO daily_counters (service_day, service_id, served, served_ms)
      SELECT service_day, service_id, count(*), sum(resolved_at - started_at)
      FROM tickets WHERE status = 'resolved' AND started_at IS NOT NULL
      GROUP BY service_day, service_id
      ON CONFLICT (service_day, service_id) DO UPDATE SET served = excluded.served, served_ms = excluded.served_ms;

    CREATE TRIGGER served_count_on_insert AFTER INSERT ON tickets
      WHEN NEW.status = 'resolved' AND NEW.started_at IS NOT NULL
      BEGIN
        INSERT INTO daily_counters (service_day, service_id, served, served_ms)
          VALUES (NEW.service_day, NEW.service_id, 1, NEW.resolved_at - NEW.started_at)
          ON CONFLICT (service_day, service_id)
          DO UPDATE SET served = served + 1, served_ms = served_ms + excluded.served_ms;
      END;
    CREATE TRIGGER served_count_on_leave AFTER UPDATE OF status, started_at, resolved_at ON tickets
      WHEN OLD.status = 'resolved' AND OLD.started_at IS NOT NULL
      BEGIN
        UPDATE daily_counters SET served = served - 1, served_ms = served_ms - (OLD.resolved_at - OLD.started_at)
          WHERE service_day = OLD.service_day AND service_id = OLD.service_id;
      END;
    CREATE TRIGGER served_count_on_enter AFTER UPDATE OF status, started_at, resolved_at ON tickets
      WHEN NEW.status = 'resolved' AND NEW.started_at IS NOT NULL
      BEGIN
        INSERT INTO daily_counters (service_day, service_id, served, served_ms)
          VALUES (NEW.service_day, NEW.service_id, 1, NEW.resolved_at - NEW.started_at)
          ON CONFLICT (service_day, service_id)
          DO UPDATE SET served = served + 1, served_ms = served_ms + excluded.served_ms;
      END;
  `);
}
