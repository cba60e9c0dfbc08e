/**
 * The first night (issue 8 §1): the day-end sweep is its own committed step, published to every screen, and
 * never undone by the fate of the request that happened to come first after midnight.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../src/shared/api';
import type { Service, ServicePoint, Ticket } from '../../src/shared/domain';
import { TestClock } from '../helpers/core';
import { listen, testServer, type TestServer } from '../helpers/server';

const EVENING = Date.parse('2026-11-23T16:00:00+07:00');
const AFTER_MIDNIGHT = Date.parse('2026-11-24T00:05:00+07:00');

let server: TestServer;
afterEach(async () => server?.close());

/** An evening with three waiting, one called at Quầy 1, one being served at Quầy 2, and Quầy 3 paused. */
async function eveningWithWorkLeftOpen(clock: TestClock, dayCheckMs?: number) {
  server = await testServer(undefined, { clock: clock.read, ...(dayCheckMs ? { dayCheckMs } : {}) });
  const services = (await server.api<Service[]>('/api/services')).body;
  const points = (await server.api<ServicePoint[]>('/api/service-points')).body;
  const a = services.find((s) => s.prefix === 'A')!;
  const b = services.find((s) => s.prefix === 'B')!;
  const point = (name: string) => points.find((p) => p.nameVi === name)!;
  // Land issues numbers in the morning only: an issue at 00:05 is refused.
  await server.api(`/api/services/${b.id}`, {
    method: 'PATCH',
    body: { issuingHours: [{ from: '07:00', to: '11:00' }] },
  });
  for (let i = 0; i < 5; i++) await server.api('/api/tickets', { body: { serviceId: a.id } });
  const called = (await server.api(`/api/service-points/${point('Quầy 1').id}/call-next`, { body: {} })).body.ticket;
  const serving = (await server.api(`/api/service-points/${point('Quầy 2').id}/call-next`, { body: {} })).body.ticket;
  await server.api(`/api/tickets/${serving.id}/start`, { body: {} });
  await server.api(`/api/service-points/${point('Quầy 3').id}/pause`, { body: { reason: 'Hết giờ làm việc' } });
  return { a, b, point, called, serving };
}

async function ticket(id: number): Promise<Ticket> {
  return (await server.api<{ ticket: Ticket }>(`/api/tickets/${id}`)).body.ticket;
}

describe('the day change', () => {
  it('closes yesterday even when the first request after midnight is refused (found: the sweep was undone)', async () => {
    const clock = new TestClock(EVENING);
    const { b, point, called, serving } = await eveningWithWorkLeftOpen(clock);
    clock.now = AFTER_MIDNIGHT;
    const refused = await server.api('/api/tickets', { body: { serviceId: b.id } });
    expect(refused.status).toBe(409);
    // The sweep stands on its own: yesterday's called and started tickets are closed, the points are free.
    expect(await ticket(called.id)).toMatchObject({ status: 'cancelled' });
    expect(await ticket(serving.id)).toMatchObject({ status: 'cancelled' });
    const queue = (await server.api<QueueSnapshot>('/api/queue')).body;
    expect(queue.serviceDay).toBe('2026-11-24');
    expect(queue.servicePoints.every((p) => p.current === null)).toBe(true);
    expect(queue.services.every((s) => s.waitingCount === 0 && s.waiting.length === 0)).toBe(true);
    // And the counters agree with the queue: no POINT_BUSY naming yesterday's ticket.
    const next = await server.api(`/api/service-points/${point('Quầy 1').id}/call-next`, { body: {} });
    expect(next.status).toBe(204);
  });

  it("closes yesterday when a counter first tries to resolve yesterday's ticket, and says why it cannot", async () => {
    const clock = new TestClock(EVENING);
    const { a, point, serving } = await eveningWithWorkLeftOpen(clock);
    clock.now = AFTER_MIDNIGHT;
    const late = await server.api(`/api/tickets/${serving.id}/resolve`, { body: { outcome: 'completed' } });
    expect(late.status).toBe(409);
    expect(late.body.error.vi).toContain('đã huỷ');
    expect(late.body.error.en).toContain('cancelled');
    // The refusal did not undo the sweep: the point calls today's first ticket.
    const first = (await server.api('/api/tickets', { body: { serviceId: a.id } })).body.ticket;
    expect(first.displayCode).toBe('A001');
    const next = await server.api(`/api/service-points/${point('Quầy 2').id}/call-next`, { body: {} });
    expect(next.body.ticket.id).toBe(first.id);
  });

  it('closes yesterday when the first action is a call at a point left paused overnight', async () => {
    const clock = new TestClock(EVENING);
    const { point, called } = await eveningWithWorkLeftOpen(clock);
    clock.now = AFTER_MIDNIGHT;
    const paused = await server.api(`/api/service-points/${point('Quầy 3').id}/call-next`, { body: {} });
    expect(paused.status).toBe(409);
    expect(paused.body.error.code).toBe('POINT_PAUSED');
    expect(await ticket(called.id)).toMatchObject({ status: 'cancelled' });
    // The pause itself lasts until the point resumes (docs/queue-policy.md).
    const points = (await server.api<ServicePoint[]>('/api/service-points')).body;
    expect(points.find((p) => p.nameVi === 'Quầy 3')!.paused).toBe(true);
  });

  it('sweeps at midnight by itself and tells every connected screen (found: the sweep was never published)', async () => {
    const clock = new TestClock(EVENING);
    const { called, serving } = await eveningWithWorkLeftOpen(clock, 100);
    const screen = await listen(server);
    clock.now = AFTER_MIDNIGHT;
    // Nobody does anything: the watcher notices the new day on its own.
    const events = await screen.until((all) => all.some((e) => e.kind === 'day'));
    const closed = events.filter((e) => e.kind === 'ticket' && e.type === 'cancelled');
    expect(closed.map((e) => (e.kind === 'ticket' ? e.ticket.id : 0))).toEqual(
      expect.arrayContaining([called.id, serving.id]),
    );
    expect(closed).toHaveLength(5);
    expect(events.find((e) => e.kind === 'day')).toMatchObject({ serviceDay: '2026-11-24' });
    screen.close();
  });

  it('sweeps once: a restart on the same day writes nothing more, and history keeps every ticket', async () => {
    const clock = new TestClock(EVENING);
    const { a } = await eveningWithWorkLeftOpen(clock);
    clock.now = AFTER_MIDNIGHT;
    await server.api('/api/tickets', { body: { serviceId: a.id } });
    const countDayEvents = () =>
      (
        server.luot.core.db.prepare("SELECT count(*) AS n FROM events WHERE type = 'day_closed'").get() as {
          n: number;
        }
      ).n;
    expect(countDayEvents()).toBe(1);
    server = await server.restart();
    await server.api('/api/tickets', { body: { serviceId: a.id } });
    expect(countDayEvents()).toBe(1);
    const all = server.luot.core.db
      .prepare('SELECT service_day, status, count(*) AS n FROM tickets GROUP BY 1, 2 ORDER BY 1, 2')
      .all();
    expect(all).toEqual([
      { service_day: '2026-11-23', status: 'cancelled', n: 5 },
      { service_day: '2026-11-24', status: 'waiting', n: 2 },
    ]);
  });
});
