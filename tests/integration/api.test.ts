import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Device, ServicePoint, Service, Zone } from '../../src/shared/domain';
import { ADMIN_TOKEN, listen, testServer, upgradeStatus, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

async function device(role: Device['role'], servicePointId: number | null = null) {
  const { status, body } = await server.api<{ device: Device; token: string }>('/api/devices', {
    body: { name: `${role} test`, role, servicePointId },
  });
  expect(status).toBe(201);
  return body.token;
}

async function serviceByPrefix(prefix: string): Promise<Service> {
  const { body } = await server.api<Service[]>('/api/services');
  return body.find((s) => s.prefix === prefix)!;
}

async function pointByName(nameVi: string): Promise<ServicePoint> {
  const { body } = await server.api<ServicePoint[]>('/api/service-points');
  return body.find((p) => p.nameVi === nameVi)!;
}

describe('health and authentication', () => {
  it('answers health without a token', async () => {
    expect(await server.api('/api/health', { token: null })).toEqual({
      status: 200,
      body: { ok: true, version: 'test' },
    });
  });

  it('refuses a missing or unknown token with 401 in both languages', async () => {
    for (const token of [null, 'not-a-real-token-at-all']) {
      const { status, body } = await server.api('/api/queue', { token });
      expect(status).toBe(401);
      expect(body.error.code).toBe('UNAUTHENTICATED');
      expect(body.error.vi).toMatch(/đăng nhập/);
      expect(body.error.en).toMatch(/signed in/);
    }
  });

  it('gives each role only its own actions (403 otherwise)', async () => {
    const display = await device('display');
    const q1 = await pointByName('Quầy 1');
    const q2 = await pointByName('Quầy 2');
    const counter1 = await device('counter', q1.id);
    const a = await serviceByPrefix('A');
    expect((await server.api('/api/queue', { token: display })).status).toBe(200);
    expect((await server.api('/api/tickets', { token: display, body: { serviceId: a.id } })).status).toBe(403);
    expect((await server.api('/api/devices', { token: counter1 })).status).toBe(403);
    expect((await server.api(`/api/service-points/${q2.id}/call-next`, { token: counter1, body: {} })).status).toBe(
      403,
    );
    expect((await server.api('/api/reports/summary?from=2026-11-01&to=2026-11-30', { token: display })).status).toBe(
      403,
    );
  });

  it('stores tokens hashed, shows them once, and a revoked token stops working at once', async () => {
    const { body } = await server.api<{ device: Device; token: string }>('/api/devices', {
      body: { name: 'Màn hình sảnh', role: 'display' },
    });
    expect(body.token).toMatch(/^luot_/);
    const stored = server.luot.core.db.prepare('SELECT token_hash FROM devices WHERE id = ?').get(body.device.id) as {
      token_hash: string;
    };
    expect(stored.token_hash).not.toContain(body.token);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const list = await server.api<Device[]>('/api/devices');
    expect(JSON.stringify(list.body)).not.toContain(body.token);
    expect((await server.api('/api/queue', { token: body.token })).status).toBe(200);
    expect((await server.api(`/api/devices/${body.device.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await server.api('/api/queue', { token: body.token })).status).toBe(401);
  });

  it('requires a counter device to be bound to a service point', async () => {
    const { status, body } = await server.api('/api/devices', { body: { name: 'Quầy ?', role: 'counter' } });
    expect(status).toBe(400);
    expect(body.error.issues).toEqual([expect.objectContaining({ path: 'servicePointId' })]);
  });
});

describe('validation and refusals', () => {
  it('answers bad input with 400, the field, both languages and no stack trace', async () => {
    const { status, body } = await server.api('/api/tickets', { body: { serviceId: 'abc', priority: 'vip' } });
    expect(status).toBe(400);
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.issues!.map((i) => i.path)).toEqual(['serviceId', 'priority']);
    expect(body.error.vi).toMatch(/không hợp lệ/);
    expect(body.error.en).toMatch(/not valid/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|stack/);
  });

  it('answers malformed JSON with 400 in both languages', async () => {
    const response = await fetch(`${server.base}/api/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: '{"serviceId": 1',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { vi: string; en: string } };
    expect(body.error.vi).toMatch(/JSON/);
  });

  it('answers an unknown id with 404 and an illegal step with 409', async () => {
    expect((await server.api('/api/tickets', { body: { serviceId: 999 } })).status).toBe(404);
    expect((await server.api('/api/tickets/12345/start', { body: {} })).status).toBe(404);
    const a = await serviceByPrefix('A');
    const { body } = await server.api('/api/tickets', { body: { serviceId: a.id } });
    const refused = await server.api(`/api/tickets/${body.ticket.id}/resolve`, { body: { outcome: 'completed' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('ILLEGAL_STEP');
    expect(refused.body.error.vi).toContain(body.ticket.displayCode);
  });

  it('refuses a call at a paused point with 409', async () => {
    const q1 = await pointByName('Quầy 1');
    expect((await server.api(`/api/service-points/${q1.id}/pause`, { body: { reason: 'Nghỉ trưa' } })).status).toBe(
      200,
    );
    const { status, body } = await server.api(`/api/service-points/${q1.id}/call-next`, { body: {} });
    expect(status).toBe(409);
    expect(body.error.vi).toContain('Nghỉ trưa');
  });
});

describe('a ticket from issue to resolve, live on the WebSocket', () => {
  it('carries a ticket through issue → call → start → resolve with small typed events', async () => {
    const events = await listen(server);
    const a = await serviceByPrefix('A');
    const q1 = await pointByName('Quầy 1');
    const counter = await device('counter', q1.id);
    const issued = await server.api('/api/tickets', { body: { serviceId: a.id, priority: 'elderly', note: 'Xe lăn' } });
    expect(issued.status).toBe(201);
    expect(issued.body.ticket.displayCode).toBe('A001');
    const called = await server.api(`/api/service-points/${q1.id}/call-next`, { token: counter, body: {} });
    expect(called.body.ticket).toMatchObject({ id: issued.body.ticket.id, status: 'called', servicePointId: q1.id });
    const id = issued.body.ticket.id;
    expect((await server.api(`/api/tickets/${id}/start`, { token: counter, body: {} })).body.ticket.status).toBe(
      'serving',
    );
    const resolved = await server.api(`/api/tickets/${id}/resolve`, {
      token: counter,
      body: { outcome: 'completed', fileCode: 'H12.34-261123-0001' },
    });
    expect(resolved.body.ticket).toMatchObject({ status: 'resolved', fileCode: 'H12.34-261123-0001' });

    const seen = await events.until((list) => list.some((e) => e.kind === 'ticket' && e.type === 'resolved'));
    const ticketEvents = seen.filter((e) => e.kind === 'ticket');
    expect(ticketEvents.map((e) => e.kind === 'ticket' && e.type)).toEqual(['issued', 'called', 'started', 'resolved']);
    expect(seen[0]).toMatchObject({ kind: 'hello', role: 'admin' });
    expect(Math.max(...events.received.map((r) => r.bytes))).toBeLessThanOrEqual(2048);
    events.close();

    const history = await server.api<{ history: { type: string }[] }>(`/api/tickets/${id}`);
    expect(history.body.history.map((h) => h.type)).toEqual(['issued', 'called', 'started', 'resolved']);
  });

  it('refuses a WebSocket without a valid token (401 on the upgrade)', async () => {
    expect(await upgradeStatus(server, {})).toBe(401);
    expect(await upgradeStatus(server, { authorization: 'Bearer nope-nope-nope-nope' })).toBe(401);
  });

  it('signs a browser in with a cookie, and refuses that cookie from a foreign origin', async () => {
    const display = await device('display');
    const response = await fetch(`${server.base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: display }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const pair = cookie.split(';')[0]!;
    const host = server.base.replace('http://', '');
    expect(await upgradeStatus(server, { cookie: pair, origin: server.base, host })).toBe(101);
    expect(await upgradeStatus(server, { cookie: pair, origin: 'http://evil.example' })).toBe(403);
    const me = await fetch(`${server.base}/api/session`, { headers: { cookie: pair } });
    expect(((await me.json()) as { device: Device }).device.role).toBe('display');
  });
});

describe('retries and concurrency', () => {
  it('answers a repeated call-next with the same Idempotency-Key with the same ticket', async () => {
    const a = await serviceByPrefix('A');
    const q1 = await pointByName('Quầy 1');
    await server.api('/api/tickets', { body: { serviceId: a.id } });
    await server.api('/api/tickets', { body: { serviceId: a.id } });
    const headers = { 'idempotency-key': 'call-7f3a' };
    const first = await server.api(`/api/service-points/${q1.id}/call-next`, { body: {}, headers });
    const again = await server.api(`/api/service-points/${q1.id}/call-next`, { body: {}, headers });
    expect(again.status).toBe(200);
    expect(again.body.ticket.id).toBe(first.body.ticket.id);
    const queue = await server.api<{ services: { serviceId: number; waitingCount: number }[] }>('/api/queue');
    expect(queue.body.services.find((s) => s.serviceId === a.id)!.waitingCount).toBe(1);
    // A different request with the same key is refused, not confused with the first.
    const reused = await server.api(`/api/tickets/${first.body.ticket.id}/start`, { body: {}, headers });
    expect(reused.status).toBe(409);
  });

  it('refuses the same Idempotency-Key with a different body (409, as docs/api.md promises)', async () => {
    const a = await serviceByPrefix('A');
    const b = await serviceByPrefix('B');
    const headers = { 'idempotency-key': 'issue-1' };
    const first = await server.api('/api/tickets', { body: { serviceId: a.id }, headers });
    expect(first.status).toBe(201);
    const same = await server.api('/api/tickets', { body: { serviceId: a.id }, headers });
    expect(same.body.ticket.id).toBe(first.body.ticket.id);
    // Found: this answered the earlier A ticket, so the greeter believed a B ticket was issued.
    const other = await server.api('/api/tickets', { body: { serviceId: b.id }, headers });
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(other.body.error.vi).toMatch(/Idempotency-Key/);
  });

  it('50 points calling at once: no ticket called twice, none lost', async () => {
    const a = await serviceByPrefix('A');
    const points: number[] = [];
    for (let n = 0; n < 50; n++) {
      const { body } = await server.api<ServicePoint>('/api/service-points', {
        body: {
          number: 100 + n,
          nameVi: `Quầy ${100 + n}`,
          nameEn: `Counter ${100 + n}`,
          kind: 'counter',
          serviceIds: [a.id],
        },
      });
      points.push(body.id);
    }
    for (let i = 0; i < 40; i++) await server.api('/api/tickets', { body: { serviceId: a.id } });
    const answers = await Promise.all(
      points.map((id) => server.api(`/api/service-points/${id}/call-next`, { body: {} })),
    );
    const called = answers.filter((r) => r.status === 200).map((r) => r.body.ticket.id);
    expect(answers.filter((r) => r.status === 204)).toHaveLength(10);
    expect(new Set(called).size).toBe(40);
    const rows = server.luot.core.db
      .prepare("SELECT count(*) AS n, count(DISTINCT service_point_id) AS points FROM tickets WHERE status = 'called'")
      .get();
    expect(rows).toEqual({ n: 40, points: 40 });
  });
});

describe('restart', () => {
  it('keeps the waiting queue across a server restart', async () => {
    const a = await serviceByPrefix('A');
    const b = await serviceByPrefix('B');
    await server.api('/api/tickets', { body: { serviceId: a.id } });
    await server.api('/api/tickets', { body: { serviceId: b.id, priority: 'pregnant' } });
    const before = await server.api('/api/queue');
    server = await server.restart();
    const after = await server.api('/api/queue');
    expect(after.body).toEqual(before.body);
    const next = await server.api('/api/tickets', { body: { serviceId: a.id } });
    expect(next.body.ticket.displayCode).toBe('A002');
  });
});

describe('setup through the API', () => {
  it('edits a service and reports field errors', async () => {
    const a = await serviceByPrefix('A');
    const patched = await server.api<Service>(`/api/services/${a.id}`, {
      method: 'PATCH',
      body: { nameVi: 'Hộ tịch', dailyCap: 120 },
    });
    expect(patched.body).toMatchObject({ nameVi: 'Hộ tịch', dailyCap: 120, prefix: 'A', color: a.color });
    const bad = await server.api(`/api/services/${a.id}`, { method: 'PATCH', body: { prefix: 'b1' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues![0]!.path).toBe('prefix');
    const taken = await server.api(`/api/services/${a.id}`, { method: 'PATCH', body: { prefix: 'B' } });
    expect(taken.status).toBe(409);
  });

  it('retires a zone only once nothing in use is in it, and takes it back into use', async () => {
    const zones = (await server.api<Zone[]>('/api/zones')).body;
    const elderly = zones.find((z) => z.nameVi === 'Khu hỗ trợ người cao tuổi')!;
    const inUse = await server.api(`/api/zones/${elderly.id}`, { method: 'PATCH', body: { active: false } });
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.code).toBe('ZONE_IN_USE');
    expect(inUse.body.error.issues![0]!.path).toBe('active');
    expect(inUse.body.error.vi).toMatch(/còn \d+ dịch vụ \/ quầy đang dùng/);
    expect(inUse.body.error.en).toMatch(/still has \d+ services \/ points in use/);

    const empty = await server.api<Zone>('/api/zones', {
      body: { nameVi: 'Khu tạm tầng 2', nameEn: 'Temporary area' },
    });
    expect(empty.body.active).toBe(true);
    const retired = await server.api<Zone>(`/api/zones/${empty.body.id}`, { method: 'PATCH', body: { active: false } });
    expect(retired.body).toMatchObject({ active: false, nameVi: 'Khu tạm tầng 2' });
    // Kept (history may name it), listed as retired; nothing new may be put in it until it is back in use.
    expect((await server.api<Zone[]>('/api/zones')).body.find((z) => z.id === empty.body.id)?.active).toBe(false);
    const a = await serviceByPrefix('A');
    const moved = await server.api(`/api/services/${a.id}`, { method: 'PATCH', body: { zoneId: empty.body.id } });
    expect([moved.status, moved.body.error.code, moved.body.error.issues![0]!.path]).toEqual([
      409,
      'ZONE_RETIRED',
      'zoneId',
    ]);
    const back = await server.api<Zone>(`/api/zones/${empty.body.id}`, { method: 'PATCH', body: { active: true } });
    expect(back.body.active).toBe(true);
  });

  it('summarises a day in the report', async () => {
    const a = await serviceByPrefix('A');
    const q1 = await pointByName('Quầy 1');
    await server.api('/api/tickets', { body: { serviceId: a.id } });
    const { body } = await server.api(`/api/service-points/${q1.id}/call-next`, { body: {} });
    await server.api(`/api/tickets/${body.ticket.id}/resolve`, { body: { outcome: 'completed' } });
    await server.api('/api/tickets', { body: { serviceId: a.id } });
    const day = body.ticket.serviceDay;
    const report = await server.api<{ issued: number; byStatus: Record<string, number>; wait: { count: number } }>(
      `/api/reports/summary?from=${day}&to=${day}`,
    );
    expect(report.body.issued).toBe(2);
    expect(report.body.byStatus).toMatchObject({ resolved: 1, waiting: 1 });
    expect(report.body.wait.count).toBe(1);
    expect((await server.api('/api/reports/summary?from=2026-12-01&to=2026-11-01')).status).toBe(400);
  });
});
