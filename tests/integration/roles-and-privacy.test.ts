/** Who may do what, and what a public screen sees (issue 13, "Who may do what"). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../src/shared/api';
import type { Device, Service, ServicePoint, Ticket } from '../../src/shared/domain';
import { listen, testServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => server.close());

async function deviceToken(role: Device['role'], servicePointId: number | null = null): Promise<string> {
  const { body } = await server.api<{ token: string }>('/api/devices', {
    body: { name: `${role} test`, role, servicePointId },
  });
  return body.token;
}

async function center() {
  const services = (await server.api<Service[]>('/api/services')).body;
  const points = (await server.api<ServicePoint[]>('/api/service-points')).body;
  return {
    service: (prefix: string) => services.find((s) => s.prefix === prefix)!,
    point: (name: string) => points.find((p) => p.nameVi === name)!,
  };
}

describe('a counter acts only on its own work', () => {
  it('refuses (403) cancelling or transferring a waiting ticket of a service it does not serve', async () => {
    const c = await center();
    const q3 = c.point('Quầy 3'); // serves B only
    const counter3 = await deviceToken('counter', q3.id);
    const a1 = (await server.api('/api/tickets', { body: { serviceId: c.service('A').id } })).body.ticket;
    const a2 = (await server.api('/api/tickets', { body: { serviceId: c.service('A').id } })).body.ticket;
    const b1 = (await server.api('/api/tickets', { body: { serviceId: c.service('B').id } })).body.ticket;

    const cancel = await server.api(`/api/tickets/${a1.id}/cancel`, { body: { reason: 'x' }, token: counter3 });
    expect(cancel.status).toBe(403);
    expect(cancel.body.error.vi).toContain('Quầy 3 không phục vụ số A001');
    const move = await server.api(`/api/tickets/${a2.id}/transfer`, {
      body: { toServiceId: c.service('B').id, placement: 'front' },
      token: counter3,
    });
    expect(move.status).toBe(403);
    // Its own service's waiting ticket: allowed.
    const own = await server.api(`/api/tickets/${b1.id}/cancel`, { body: { reason: 'Nhầm' }, token: counter3 });
    expect(own.status).toBe(200);
    // Nothing changed for the A tickets.
    expect((await server.api<{ ticket: Ticket }>(`/api/tickets/${a1.id}`)).body.ticket.status).toBe('waiting');
    expect((await server.api<{ ticket: Ticket }>(`/api/tickets/${a2.id}`)).body.ticket.serviceId).toBe(
      c.service('A').id,
    );
  });
});

describe('the wall display sees numbers, not people', () => {
  it('gets no notes, file codes, priority classes or staff over REST (found: it read all of them)', async () => {
    const c = await center();
    const display = await deviceToken('display');
    await server.api('/api/tickets', {
      body: { serviceId: c.service('A').id, priority: 'disability', note: 'Xe lăn, cần hỗ trợ' },
    });
    const q1 = c.point('Quầy 1');
    const officer = (
      await server.api<{ id: number }>('/api/staff', { body: { name: 'Nguyễn Thị Lan', role: 'staff' } })
    ).body;
    const unknown = await server.api(`/api/service-points/${q1.id}/call-next`, { body: { staffId: 999 } });
    expect(unknown.status).toBe(404);
    const called = (await server.api(`/api/service-points/${q1.id}/call-next`, { body: { staffId: officer.id } })).body
      .ticket;
    expect(called.staffId).toBe(officer.id);
    await server.api('/api/tickets', { body: { serviceId: c.service('A').id, note: 'SĐT 0912…' } });

    const queue = (await server.api<QueueSnapshot>('/api/queue', { token: display })).body;
    const text = JSON.stringify(queue);
    expect(text).not.toContain('Xe lăn');
    expect(text).not.toContain('0912');
    expect(text).not.toContain('disability');
    const current = queue.servicePoints.find((p) => p.servicePointId === q1.id)!.current!;
    expect(current).toMatchObject({
      id: called.id,
      displayCode: 'A001',
      priority: 'withheld',
      note: null,
      staffId: null,
    });
    expect((await server.api(`/api/tickets/${called.id}`, { token: display })).status).toBe(403);
    expect((await server.api('/api/staff', { token: display })).status).toBe(403);
    // A staff screen still sees what it needs.
    const full = (await server.api<QueueSnapshot>('/api/queue')).body;
    expect(JSON.stringify(full)).toContain('Xe lăn');
  });

  it('gets events without private details over the WebSocket, while a counter gets them whole', async () => {
    const c = await center();
    const displayToken = await deviceToken('display');
    const wall = await listen(server, { authorization: `Bearer ${displayToken}` });
    const staff = await listen(server);
    await server.api('/api/tickets', {
      body: { serviceId: c.service('A').id, priority: 'pregnant', note: 'Mang thai 8 tháng' },
    });
    await staff.until((events) => events.some((e) => e.kind === 'ticket'));
    const seen = await wall.until((events) => events.some((e) => e.kind === 'ticket'));
    expect(JSON.stringify(seen)).not.toContain('Mang thai');
    expect(JSON.stringify(seen)).not.toContain('pregnant');
    expect(JSON.stringify(staff.received.map((r) => r.event))).toContain('Mang thai');
    wall.close();
    staff.close();
  });
});
