/** `GET /api/queue` (issue 8 §3): its cost must not grow with the queue, and what it lists must be the real next. */
import { afterEach, describe, expect, it } from 'vitest';
import { nextNumbers } from '../../src/shared/queue-view';
import { queueSnapshot, SNAPSHOT_WAITING_LIMIT } from '../../src/server/queue/queue-snapshot';
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
});
