/**
 * Generates one year of a large center: ~250 working days × ~2,000 tickets = ~500,000 tickets and
 * ~2.5 M events, written straight into a real Lượt database (same schema, same seeded setup).
 * Bulk SQL in big transactions: the engine's one-fsync-per-change path would take hours for a year.
 */
import { renameSync, rmSync } from 'node:fs';
import { openCore } from '../src/server/core';
import type { PriorityClass } from '../src/shared/domain';
import { formatDisplayCode } from '../src/shared/ticket-code';

export interface YearOptions {
  file: string;
  tickets?: number;
  /** Day the year ends (exclusive), `yyyy-MM-dd`; defaults to 2026-11-01. */
  endDay?: string;
}

/** A small deterministic PRNG so every run generates the same year. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRIORITIES: PriorityClass[] = ['elderly', 'elderly', 'elderly', 'disability', 'pregnant', 'small_child', 'merit'];

export function generateYear({ file, tickets = 500_000, endDay = '2026-11-01' }: YearOptions): {
  tickets: number;
  events: number;
} {
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const core = openCore({ databaseFile: partial, clock: () => Date.parse(`${endDay}T00:00:00+07:00`) - 1 });
  const { db, setup } = core;
  db.pragma('synchronous = OFF');
  const services = setup.services();
  const points = setup.servicePoints();
  const pointsFor = new Map(services.map((s) => [s.id, points.filter((p) => p.serviceIds.includes(s.id))]));
  const random = mulberry32(2026);

  // Working days (Mon–Fri) ending before endDay.
  const days: string[] = [];
  for (let t = Date.parse(`${endDay}T12:00:00+07:00`) - 86_400_000; days.length < 250; t -= 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.unshift(new Date(t + 7 * 3_600_000).toISOString().slice(0, 10));
  }
  const perDay = Math.ceil(tickets / days.length);

  const insertTicket = db.prepare(
    `INSERT INTO tickets (id, service_day, number, display_code, service_id, priority, note, status, queued_at,
       issued_at, called_at, started_at, resolved_at, service_point_id, outcome, help_kind, file_code,
       recall_count, case_id)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare(
    'INSERT INTO events (at, type, ticket_id, service_point_id, device_id, staff_id, data) VALUES (?, ?, ?, ?, NULL, NULL, ?)',
  );
  const insertCounter = db.prepare(
    // The row may be there already: the triggers count the day's served cases as their tickets go in.
    `INSERT INTO daily_counters (service_day, service_id, last_number) VALUES (?, ?, ?)
     ON CONFLICT (service_day, service_id) DO UPDATE SET last_number = excluded.last_number`,
  );

  let id = 0;
  let events = 0;
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  for (const day of days) {
    db.transaction(() => {
      const opening = Date.parse(`${day}T07:00:00+07:00`);
      const numbers = new Map<number, number>();
      for (let i = 0; i < perDay && id < tickets; i++) {
        const service = pick(services);
        const number = (numbers.get(service.id) ?? 0) + 1;
        numbers.set(service.id, number);
        const issued = opening + Math.floor((i / perDay) * 9 * 3_600_000);
        const called = issued + Math.floor(random() * 40 * 60_000);
        const started = called + 30_000 + Math.floor(random() * 90_000);
        const resolved = started + 120_000 + Math.floor(random() * 15 * 60_000);
        const point = pick(pointsFor.get(service.id)!);
        const noShow = random() < 0.04;
        const recalls = random() < 0.15 ? 1 : 0;
        const priority = random() < 0.12 ? pick(PRIORITIES) : 'none';
        const helpKind =
          point.kind === 'help_desk' ? pick(['vneid_activation', 'online_filing', 'result_lookup']) : null;
        id++;
        insertTicket.run(
          id,
          day,
          number,
          formatDisplayCode(service.prefix, number),
          service.id,
          priority,
          noShow ? 'no_show' : 'resolved',
          issued,
          issued,
          called,
          noShow ? null : started,
          noShow ? called + 180_000 : resolved,
          point.id,
          noShow ? null : 'completed',
          noShow ? null : helpKind,
          noShow || random() < 0.5 ? null : `H${id}`,
          recalls,
          id,
        );
        insertEvent.run(issued, 'issued', id, null, null);
        // Every ticket of a year is also printed (the printer's events come with ticket printing).
        insertEvent.run(issued + 400, 'printed', id, null, null);
        insertEvent.run(called, 'called', id, point.id, '{"via":"next"}');
        events += 3;
        if (recalls) {
          insertEvent.run(called + 60_000, 'recalled', id, point.id, '{"recallCount":1}');
          events++;
        }
        if (noShow) {
          insertEvent.run(called + 180_000, 'no_show', id, point.id, null);
          events++;
        } else {
          insertEvent.run(started, 'started', id, point.id, null);
          insertEvent.run(resolved, 'resolved', id, point.id, '{"outcome":"completed"}');
          events += 2;
        }
      }
      for (const [serviceId, last] of numbers) insertCounter.run(day, serviceId, last);
    })();
  }
  db.pragma('synchronous = FULL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  renameSync(partial, file);
  return { tickets: id, events };
}
