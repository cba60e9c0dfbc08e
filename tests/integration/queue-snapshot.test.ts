/** `GET /api/queue` (issue 8 §3): its cost must not grow with the queue, and what it lists must be the real next. */
import { afterEach, describe, expect, it } from 'vitest';
import { nextNumbers } from '../../src/shared/queue-view';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { publicSnapshot } from '../../src/shared/contract/privacy';
import { queueSnapshot, SNAPSHOT_WAITING_LIMIT, SnapshotText } from '../../src/server/queue/queue-snapshot';
import { testCore, type TestCore } from '../helpers/core';

let core: TestCore;
afterEach(() => core?.dispose());

const byPrefix = (c: TestCore, prefix: string) => c.setup.services().find((s) => s.prefix === prefix)!;

describe('the queue snapshot', () => {
  it('lists the heads of each class with exact counts when 5,000 wait (found: it loaded every waiting ticket)', () => {
    core = testCore();
    const a = byPrefix(core, 'A');
    core.db.transaction(() => {
      for (let i = 0; i < 5000; i++)
        core.engine.issue({ serviceId: a.id, priority: i % 10 === 9 ? 'elderly' : 'none' }, { deviceId: null });
    })();
    const snapshot = queueSnapshot(core.engine, core.setup);
    const listed = snapshot.services.find((s) => s.serviceId === a.id)!;
    expect(listed.waitingCount).toBe(5000);
    expect(listed.waiting.length).toBe(2 * SNAPSHOT_WAITING_LIMIT);
    expect(listed.waiting.filter((t) => t.priority !== 'none')).toHaveLength(SNAPSHOT_WAITING_LIMIT);
    // The rows it reads stay bounded: the plan walks the waiting index, it does not scan the queue.
    const plan = core.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT * FROM tickets INDEXED BY tickets_waiting
         WHERE status = 'waiting' AND service_day = ? AND service_id = ? AND (priority <> 'none') = ?
         ORDER BY queued_at, id LIMIT ?`,
      )
      .all('2026-11-23', a.id, 0, 50) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX tickets_waiting/);
    expect(plan.map((p) => p.detail).join(' ')).not.toMatch(/TEMP B-TREE/);
  });

  it('lists next the tickets the counter will really call (found: display said A003 A004 A005, counter called A005)', () => {
    core = testCore();
    core.setup.updateSettings({ priorityPolicy: { kind: 'ratio', regularPerPriority: 2 } });
    const a = byPrefix(core, 'A');
    const issue = (priority: 'none' | 'elderly' = 'none') =>
      core.engine.issue({ serviceId: a.id, priority }, { deviceId: null }).ticket;
    issue();
    issue();
    issue();
    issue();
    issue('elderly');
    const q1 = core.setup.servicePoints().find((p) => p.nameVi === 'Quầy 1')!;
    const q2 = core.setup.servicePoints().find((p) => p.nameVi === 'Quầy 2')!;
    // Quầy 2 (also serves A) is paused so that Quầy 1 alone calls A.
    core.engine.pause(q2.id, 'Họp', { deviceId: null });
    // Each round, the first number listed for A is the one Quầy 1 then calls (a fresh point takes priority first).
    for (let round = 0; round < 4; round++) {
      const view = queueSnapshot(core.engine, core.setup);
      const expected = nextNumbers(view, a.id, core.setup.servicePoints(), core.setup.settings().priorityPolicy, 1)[0];
      const called = core.engine.callNext(q1.id, { deviceId: null })!.ticket;
      expect(called.id).toBe(expected!.id);
      core.engine.resolve(called.id, q1.id, { outcome: 'completed' }, { deviceId: null });
    }
  });

  it('is written once and sent as it is until the database changes, by an event or not, or the day turns (issue 25)', () => {
    core = testCore();
    const a = byPrefix(core, 'A');
    let made = 0;
    const texts = new SnapshotText(
      core.db,
      () => (made++, queueSnapshot(core.engine, core.setup)),
      () => core.engine.today(),
    );
    const full = () => texts.text('full', (s) => s);
    const fresh = () => JSON.stringify(queueSnapshot(core.engine, core.setup));
    core.engine.issue({ serviceId: a.id, priority: 'none', note: 'riêng tư' }, { deviceId: null });
    expect(full()).toBe(fresh());
    expect(full()).toBe(fresh());
    expect(texts.text('public', publicSnapshot)).toBe(
      JSON.stringify(publicSnapshot(queueSnapshot(core.engine, core.setup))),
    );
    expect(texts.text('public', publicSnapshot)).not.toContain('riêng tư');
    expect(made).toBe(1);
    // An event: a ticket issued.
    core.engine.issue({ serviceId: a.id, priority: 'none' }, { deviceId: null });
    expect(full()).toBe(fresh());
    // No event: the appointments' held places (shown in the snapshot) changed in setup.
    core.appointments.updateSettings({
      services: [{ serviceId: a.id, slotMinutes: 15, perSlot: 2, held: 3, heldUntil: '11:00' }],
    });
    expect(full()).toBe(fresh());
    expect(full()).toContain('"held":3');
    // Another connection's commit.
    const other = new Database(join(core.dir, 'luot.db'));
    other.prepare('UPDATE appointment_services SET held = 4 WHERE service_id = ?').run(a.id);
    other.close();
    expect(full()).toContain('"held":4');
    expect(full()).toBe(fresh());
    // The day turns: the new day's queue is empty, with no write at all.
    core.clock.advance(24 * 3600_000);
    expect(full()).toBe(fresh());
    expect(JSON.parse(full()).serviceDay).toBe(core.engine.today());
    expect(made).toBe(5);
  });
});
