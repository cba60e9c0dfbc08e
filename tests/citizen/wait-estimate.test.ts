/**
 * The one wait (issue 19 §5) on the server: the printed ticket and the status page give the same "ahead" and
 * minutes for a ticket, from the engine's pick order and the service's typical handling time (docs/metrics.md).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/shared/domain';
import { TicketFactsReader } from '../../src/server/printing/ticket-facts';
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
  const facts = new TicketFactsReader(core.db, core.setup, core.engine);
  const statusOf = (ticket: Ticket) => {
    core.citizen.status.beginBatch();
    return core.citizen.status.statusOf(core.citizen.status.latestOf(ticket.caseId)!);
  };
  const printed = (ticket: Ticket) => {
    const f = facts.read(core.engine.getTicket(ticket.id));
    return { ahead: f.ahead, minutes: f.waitMinutes };
  };
  const phone = (ticket: Ticket) => {
    const s = statusOf(ticket);
    return { ahead: s.ahead, minutes: s.waitMinutes };
  };
  return { a, points, issue, printed, phone };
}

describe('the wait on the printed ticket and the status page', () => {
  it('is the typical handling time × ahead ÷ open points until ten of today’s cases were seen', () => {
    const { a, points, issue, printed, phone } = setUp();
    const tickets = Array.from({ length: 7 }, () => issue());
    const minutes = Math.round((6 * a.handlingMinutes) / points.length);
    expect(printed(tickets[6]!)).toEqual({ ahead: 6, minutes });
    expect(phone(tickets[6]!)).toEqual({ ahead: 6, minutes });
    core.setup.updateService(a.id, { handlingMinutes: 15 });
    expect(printed(tickets[6]!)).toEqual({ ahead: 6, minutes: Math.round((6 * 15) / points.length) });
  });

  it('after ten quick resolves promises no less than half the typical time, on the ticket and the phone alike', () => {
    const { a, points, issue, printed, phone } = setUp();
    const q1 = points[0]!;
    for (let i = 0; i < 10; i++) {
      issue();
      const called = core.engine.callNext(q1.id, actor)!.ticket;
      core.engine.start(called.id, q1.id, actor);
      core.clock.advance(20_000);
      core.engine.resolve(called.id, q1.id, { outcome: 'completed' }, actor);
    }
    const tickets = Array.from({ length: 9 }, () => issue());
    const floor = Math.round((8 * a.handlingMinutes) / points.length / 2);
    expect(printed(tickets[8]!)).toEqual({ ahead: 8, minutes: floor });
    expect(phone(tickets[8]!)).toEqual({ ahead: 8, minutes: floor });
  });

  it('counts ahead in the engine’s pick order: a priority ticket that came later is called first', () => {
    const { issue, printed, phone } = setUp();
    const regular = issue();
    issue('elderly');
    expect(phone(regular).ahead).toBe(1);
    expect(printed(regular).ahead).toBe(1);
  });

  it('says nothing when no point is open', () => {
    const { points, issue, phone } = setUp();
    issue();
    const second = issue();
    for (const p of points) core.engine.pause(p.id, 'Nghỉ trưa', actor);
    expect(phone(second).minutes).toBeNull();
  });
});
