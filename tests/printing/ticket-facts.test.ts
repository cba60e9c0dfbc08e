/**
 * "Trước bạn: N người" on the printed ticket is the engine's own pick order (src/shared/pick-order.ts): under the
 * ratio policy a priority ticket can have regular tickets called before it, and a regular ticket can have a
 * later priority ticket called before it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TicketFactsReader } from '../../src/server/printing/ticket-facts';
import type { PriorityClass } from '../../src/shared/domain';
import { testServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

const actor = { deviceId: null };

function center() {
  const { db, setup, engine } = server.luot.core;
  const service = setup.services()[0]!;
  const points = setup.servicePoints().filter((p) => p.serviceIds.includes(service.id));
  const issue = (priority: PriorityClass = 'none') => engine.issue({ serviceId: service.id, priority }, actor).ticket;
  const facts = new TicketFactsReader(db, setup, engine);
  const ahead = (ticketId: number) => facts.read(engine.getTicket(ticketId)).ahead;
  return { engine, setup, service, points, issue, ahead };
}

describe('people ahead on the printed ticket', () => {
  it('counts the regular tickets the ratio policy calls before a priority ticket', async () => {
    const { engine, setup, points, issue, ahead } = center();
    expect(setup.settings().priorityPolicy).toEqual({ kind: 'ratio', regularPerPriority: 2 });
    const [counter, ...others] = points;
    for (const point of others) engine.pause(point.id, 'Nghỉ trưa', actor);
    // Quầy calls an elderly citizen first: its streak starts again at 0, so two regular tickets come next.
    const first = issue('elderly');
    expect(engine.callNext(counter!.id, actor)!.ticket.id).toBe(first.id);
    const regular = [issue(), issue(), issue()];
    const priority = issue('elderly');

    expect(ahead(priority.id)).toBe(2);
    // …and the priority ticket is called before the third regular one.
    expect(ahead(regular[2]!.id)).toBe(3);
    expect(ahead(regular[0]!.id)).toBe(0);

    // The engine agrees: what the counter calls, in order.
    engine.noShow(first.id, counter!.id, actor);
    const called: number[] = [];
    for (let i = 0; i < 4; i++) {
      const next = engine.callNext(counter!.id, actor)!.ticket;
      called.push(next.id);
      engine.noShow(next.id, counter!.id, actor);
    }
    expect(called.indexOf(priority.id)).toBe(2);
    expect(called.indexOf(regular[2]!.id)).toBe(3);
  });

  it('reads the streak of a free open point, as the wall display does', async () => {
    const { engine, points, issue, ahead } = center();
    const [busy, free, ...others] = points;
    for (const point of others) engine.pause(point.id, 'Nghỉ trưa', actor);
    // The busy point has just called a priority ticket (streak 0); the free one has called nobody (a priority
    // ticket is due there at once). The free one calls next.
    const elderly = issue('elderly');
    expect(engine.callNext(busy!.id, actor)!.ticket.id).toBe(elderly.id);
    issue();
    const priority = issue('elderly');
    expect(ahead(priority.id)).toBe(0);
    expect(engine.callNext(free!.id, actor)!.ticket.id).toBe(priority.id);
  });

  it('says 0 once the ticket has been called (a slow printer prints it after)', async () => {
    const { engine, points, issue, ahead } = center();
    const ticket = issue();
    engine.callNext(points[0]!.id, actor);
    expect(ahead(ticket.id)).toBe(0);
  });
});
