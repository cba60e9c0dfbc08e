/**
 * The appointments' figures (issue 22): booked, kept (on time or late), missed, cancelled; how long kept
 * appointments waited against walk-ins; and the tickets citizens took themselves at the kiosk, counted apart.
 */
import type { Database } from 'better-sqlite3';
import type { AppointmentReport } from '../../shared/appointment-api';

const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6_000) / 10);

export function appointmentReport(db: Database, from: string, to: string): AppointmentReport {
  const counts = db
    .prepare(
      `SELECT service_id AS serviceId,
              count(*) AS booked,
              count(*) FILTER (WHERE status = 'checked_in') AS kept,
              count(*) FILTER (WHERE status = 'checked_in' AND on_time = 1) AS onTime,
              count(*) FILTER (WHERE status = 'checked_in' AND on_time = 0) AS late,
              count(*) FILTER (WHERE status = 'missed') AS missed,
              count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
              count(*) FILTER (WHERE status = 'booked') AS open
       FROM appointments WHERE day BETWEEN ? AND ? GROUP BY service_id`,
    )
    .all(from, to) as {
    serviceId: number;
    booked: number;
    kept: number;
    onTime: number;
    late: number;
    missed: number;
    cancelled: number;
    open: number;
  }[];
  // A case's first ticket: what the citizen waited from taking the number to the first call.
  const waits = db
    .prepare(
      `SELECT avg(called_at - issued_at) FILTER (WHERE appointment_id IS NOT NULL) AS kept,
              avg(called_at - issued_at) FILTER (WHERE appointment_id IS NULL) AS walkIn
       FROM tickets WHERE service_day BETWEEN ? AND ? AND transferred_from_id IS NULL AND called_at IS NOT NULL`,
    )
    .get(from, to) as { kept: number | null; walkIn: number | null };
  const issued = db
    .prepare(
      `SELECT service_id AS serviceId, count(*) FILTER (WHERE self_issued = 1) AS self, count(*) AS total
       FROM tickets WHERE service_day BETWEEN ? AND ? AND transferred_from_id IS NULL GROUP BY service_id`,
    )
    .all(from, to) as { serviceId: number; self: number; total: number }[];
  const sum = (key: keyof (typeof counts)[number]) => counts.reduce((n, row) => n + row[key], 0);
  const serviceIds = [...new Set([...counts.map((c) => c.serviceId), ...issued.map((i) => i.serviceId)])].sort(
    (a, b) => a - b,
  );
  return {
    from,
    to,
    booked: sum('booked'),
    kept: sum('kept'),
    onTime: sum('onTime'),
    late: sum('late'),
    missed: sum('missed'),
    cancelled: sum('cancelled'),
    open: sum('open'),
    waitKeptMinutes: minutes(waits.kept),
    waitWalkInMinutes: minutes(waits.walkIn),
    selfIssued: issued.reduce((n, i) => n + i.self, 0),
    issuedByStaff: issued.reduce((n, i) => n + i.total - i.self, 0),
    services: serviceIds.map((serviceId) => {
      const c = counts.find((row) => row.serviceId === serviceId);
      return {
        serviceId,
        booked: c?.booked ?? 0,
        kept: c?.kept ?? 0,
        missed: c?.missed ?? 0,
        cancelled: c?.cancelled ?? 0,
        selfIssued: issued.find((i) => i.serviceId === serviceId)?.self ?? 0,
      };
    }),
  };
}
