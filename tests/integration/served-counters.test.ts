/**
 * Today's pace of a service (cases resolved, mean service time: the one wait estimate of issue 19 §5) is kept by
 * triggers in `daily_counters` (migration 13), so the queue snapshot and every resolve's event read one row instead
 * of the day's tickets (issue 25). These tests hold the kept figures to a recount from the tickets, through every
 * step that moves them, and the migration's backfill of a day already under way.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/server/db/migrate';
import { MIGRATIONS } from '../../src/server/db/migrations/index';
import { actor, pointId, serviceId, testCore, type TestCore } from '../helpers/core';

let core: TestCore;
afterEach(() => core?.dispose());

/** What the pace was before migration 13: counted from the day's tickets. */
function recount(db: Database.Database, serviceDay: string, service: number) {
  const row = db
    .prepare(
      `SELECT count(*) AS n, avg(resolved_at - started_at) AS mean FROM tickets
       WHERE service_day = ? AND service_id = ? AND status = 'resolved' AND started_at IS NOT NULL`,
    )
    .get(serviceDay, service) as { n: number; mean: number | null };
  return { casesToday: row.n, meanSecondsToday: row.mean === null ? null : Math.round(row.mean / 1000) };
}

function serve(point: number, seconds: number, outcome: 'completed' | 'advised' = 'completed') {
  const ticket = core.engine.callNext(point, actor)!.ticket;
  core.engine.start(ticket.id, point, actor);
  core.clock.advance(seconds * 1000);
  core.engine.resolve(ticket.id, point, { outcome }, actor);
  return ticket;
}

describe("a service's pace today, kept by triggers", () => {
  it('equals a recount from the tickets after resolves, an undone resolve, a transfer and an absent citizen', () => {
    core = testCore();
    const a = serviceId(core, 'A');
    const q1 = pointId(core, 'Quầy 1');
    const day = core.engine.today();
    const pace = () => core.engine.tickets.paceToday(a, day);
    for (let i = 0; i < 8; i++) core.engine.issue({ serviceId: a, priority: 'none' }, actor);
    expect(pace()).toEqual({ casesToday: 0, meanSecondsToday: null });

    serve(q1, 300);
    serve(q1, 421, 'advised');
    expect(pace()).toEqual({ casesToday: 2, meanSecondsToday: 361 });
    expect(pace()).toEqual(recount(core.db, day, a));

    // An undone resolve takes the case out again; resolving it later counts its whole service time once.
    const undone = serve(q1, 120);
    expect(pace().casesToday).toBe(3);
    core.engine.undo(undone.id, q1, actor);
    expect(pace()).toEqual({ casesToday: 2, meanSecondsToday: 361 });
    core.clock.advance(60_000);
    core.engine.resolve(undone.id, q1, { outcome: 'completed' }, actor);
    expect(pace()).toEqual(recount(core.db, day, a));
    expect(pace().casesToday).toBe(3);

    // A transfer closes a ticket as transferred, not resolved; an absent citizen was never served.
    const moved = core.engine.callNext(q1, actor)!.ticket;
    core.engine.start(moved.id, q1, actor);
    core.engine.transfer(moved.id, q1, { toServiceId: serviceId(core, 'B'), placement: 'back' }, actor);
    const absent = core.engine.callNext(q1, actor)!.ticket;
    core.engine.noShow(absent.id, q1, actor);
    expect(pace()).toEqual(recount(core.db, day, a));
    expect(core.engine.tickets.paceToday(serviceId(core, 'B'), day)).toEqual({ casesToday: 0, meanSecondsToday: null });

    // Survives a restart (it is in the file, not in memory).
    core = core.reopen();
    expect(core.engine.tickets.paceToday(a, day)).toEqual(recount(core.db, day, a));
  });

  it('is filled in by the migration for days recorded before it', () => {
    core = testCore();
    const a = serviceId(core, 'A');
    const q1 = pointId(core, 'Quầy 1');
    const day = core.engine.today();
    for (let i = 0; i < 5; i++) core.engine.issue({ serviceId: a, priority: 'none' }, actor);
    for (const seconds of [200, 340, 95]) serve(q1, seconds);
    const before = recount(core.db, day, a);
    const file = core.db.name;
    core.close();

    // The same file as Lượt left it before migration 13: no kept pace, no triggers.
    const raw = new Database(file);
    raw.exec(`DROP TRIGGER served_count_on_insert; DROP TRIGGER served_count_on_leave; DROP TRIGGER served_count_on_enter;
              ALTER TABLE daily_counters DROP COLUMN served; ALTER TABLE daily_counters DROP COLUMN served_ms;`);
    raw.pragma('user_version = 12');
    migrate(raw, MIGRATIONS);
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    raw.close();

    core = core.reopen();
    expect(core.engine.tickets.paceToday(a, day)).toEqual(before);
    expect(before).toEqual({ casesToday: 3, meanSecondsToday: 212 });
  });
});
