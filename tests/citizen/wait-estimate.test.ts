/** The status page's wait: people ahead in the pick order ÷ today's actual service rate (docs/metrics.md). */
import { afterEach, describe, expect, it } from 'vitest';
import { waitEstimate } from '../../src/server/citizen/service-rate';
import type { Ticket } from '../../src/shared/domain';
import { testCore, type TestCore } from '../helpers/core';

let core: TestCore;
afterEach(() => core?.dispose());
const actor = { deviceId: null };

function setUp() {
  core = testCore();
  const a = core.setup.services().find((s) => s.prefix === 'A')!;
  const points = core.setup.servicePoints().filter((p) => p.serviceIds.includes(a.id));
  const issue = (priority: 'none' | 'elderly' = 'none') =>
    core.engine.issue({ serviceId: a.id, priority }, actor).ticket;
  const statusOf = (ticket: Ticket) => {
    core.citizen.status.beginBatch();
    return core.citizen.status.statusOf(core.citizen.status.latestOf(ticket.caseId)!);
  };
  return { a, points, issue, statusOf };
}

describe('the wait estimate on the status page', () => {
  it('is the people ahead divided by the calls per minute over the last hour of today', () => {
    const { points, issue, statusOf } = setUp();
    const tickets = Array.from({ length: 10 }, () => issue());
    const q1 = points[0]!;
    // Six calls, one every two minutes from 08:00: 6 calls in 12 minutes = 0.5 a minute.
    for (let i = 0; i < 6; i++) {
      const called = core.engine.callNext(q1.id, actor)!.ticket;
      core.clock.advance(2 * 60_000);
      core.engine.resolve(called.id, q1.id, { outcome: 'completed' }, actor);
    }
    const status = statusOf(tickets[9]!);
    expect(status.ahead).toBe(3);
    expect(status.waitMinutes).toBe(6);
  });

  it('counts ahead in the engine’s pick order: a priority ticket that came later is called first', () => {
    const { issue, statusOf } = setUp();
    const regular = issue();
    issue('elderly');
    expect(statusOf(regular).ahead).toBe(1);
  });

  it('falls back to service times with too few calls today, and says nothing when no point is open', () => {
    const { points, issue, statusOf } = setUp();
    issue();
    const second = issue();
    expect(statusOf(second).waitMinutes).toBe(waitEstimate(1, null, points.length, null));
    for (const p of points) core.engine.pause(p.id, 'Nghỉ trưa', actor);
    expect(statusOf(second).waitMinutes).toBeNull();
  });
});
