/** The satisfaction rating at a point: asked after a resolve, recorded once against the ticket, in the figures (issue 12). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Device, Service, ServicePoint, Staff } from '../../src/shared/domain';
import type { LuotEvent } from '../../src/shared/events';
import type { RatingFigures, RatingPrompt } from '../../src/shared/rating';
import { serviceDayOf } from '../../src/shared/time';
import { ratingFigures } from '../../src/server/citizen/rating-figures';
import { listen, testServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => server.close());

async function deviceToken(role: Device['role'], servicePointId: number | null = null): Promise<string> {
  const { body, status } = await server.api<{ token: string }>('/api/devices', {
    body: { name: `${role} test`, role, servicePointId },
  });
  expect(status).toBe(201);
  return body.token;
}

async function setting() {
  const services = (await server.api<Service[]>('/api/services')).body;
  const points = (await server.api<ServicePoint[]>('/api/service-points')).body;
  return {
    service: (prefix: string) => services.find((s) => s.prefix === prefix)!,
    point: (name: string) => points.find((p) => p.nameVi === name)!,
  };
}

/** Issue an A ticket, call it at `pointId` and resolve it there; returns the ticket's id. */
async function resolvedAt(pointId: number, serviceId: number, staffId?: number): Promise<number> {
  const { ticket } = (await server.api('/api/tickets', { body: { serviceId } })).body;
  const call = await server.api(`/api/tickets/${ticket.id}/call`, {
    body: { servicePointId: pointId, ...(staffId ? { staffId } : {}) },
  });
  expect(call.status).toBe(200);
  const done = await server.api(`/api/tickets/${ticket.id}/resolve`, {
    body: { servicePointId: pointId, outcome: 'completed' },
  });
  expect(done.status).toBe(200);
  return ticket.id;
}

describe('the rating device of a point', () => {
  it('is created bound to one point, like a counter device, and refused without one', async () => {
    const c = await setting();
    const without = await server.api('/api/devices', { body: { name: 'r', role: 'rating', servicePointId: null } });
    expect(without.status).toBe(400);
    expect(without.body.error.vi).toContain('thiết bị đánh giá');
    const rater = await deviceToken('rating', c.point('Quầy 1').id);
    const rows = server.luot.core.db.prepare("SELECT count(*) AS n FROM devices WHERE role = 'rating'").get();
    expect(rows).toEqual({ n: 1 });
    // The database refuses a role the contract does not know.
    expect(() =>
      server.luot.core.db
        .prepare("INSERT INTO devices (name, role, token_hash, created_at) VALUES ('x', 'janitor', 'h', 0)")
        .run(),
    ).toThrow(/unknown device role/);
    // It faces the citizen: like the wall display, it sees numbers, never notes or priority classes.
    await server.api('/api/tickets', { body: { serviceId: c.service('A').id, priority: 'elderly', note: 'Bà Lan' } });
    const queue = await server.api<{ services: { waiting: { note: string | null; priority: string }[] }[] }>(
      '/api/queue',
      { token: rater },
    );
    expect(queue.status).toBe(200);
    const waiting = queue.body.services.flatMap((s) => s.waiting);
    expect(waiting).toEqual([expect.objectContaining({ note: null, priority: 'withheld' })]);
  });

  it('asks about the ticket its point just resolved, records the answer once, tied to the point and staff', async () => {
    const c = await setting();
    const q1 = c.point('Quầy 1');
    const a = c.service('A');
    const staff = (await server.api<Staff>('/api/staff', { body: { name: 'Nguyễn Thị Hoa', role: 'staff' } })).body;
    const rater = await deviceToken('rating', q1.id);
    const raterQ2 = await deviceToken('rating', c.point('Quầy 2').id);

    expect((await server.api('/api/rating/prompt', { token: rater })).status).toBe(204);
    const ticketId = await resolvedAt(q1.id, a.id, staff.id);
    const prompt = await server.api<RatingPrompt>('/api/rating/prompt', { token: rater });
    expect(prompt.status).toBe(200);
    expect(prompt.body).toMatchObject({ ticketId, displayCode: 'A001', timeoutSeconds: 30 });
    expect(prompt.body.secondsLeft).toBeGreaterThan(25);
    // Quầy 2's device is not asked about Quầy 1's citizen, and may not answer for it.
    expect((await server.api('/api/rating/prompt', { token: raterQ2 })).status).toBe(204);
    const elsewhere = await server.api(`/api/tickets/${ticketId}/rating`, {
      body: { level: 'satisfied' },
      token: raterQ2,
    });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error.code).toBe('NOT_RATEABLE_HERE');

    const rated = await server.api(`/api/tickets/${ticketId}/rating`, {
      body: { level: 'dissatisfied', reasons: ['long_wait', 'attitude', 'long_wait'], comment: '  Chờ hơi lâu  ' },
      token: rater,
      headers: { 'idempotency-key': 'k1' },
    });
    expect(rated.status).toBe(201);
    expect(rated.body.rating).toMatchObject({
      ticketId,
      servicePointId: q1.id,
      serviceId: a.id,
      staffId: staff.id,
      level: 'dissatisfied',
      reasons: ['long_wait', 'attitude'],
      comment: 'Chờ hơi lâu',
    });
    // A resend with the same key is answered again; a second rating is refused.
    const resent = await server.api(`/api/tickets/${ticketId}/rating`, {
      body: { level: 'dissatisfied', reasons: ['long_wait', 'attitude', 'long_wait'], comment: '  Chờ hơi lâu  ' },
      token: rater,
      headers: { 'idempotency-key': 'k1' },
    });
    expect(resent.status).toBe(201);
    const again = await server.api(`/api/tickets/${ticketId}/rating`, { body: { level: 'satisfied' }, token: rater });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_RATED');
    expect(again.body.error.vi).toContain('Mỗi phiếu chỉ đánh giá một lần');
    expect((await server.api('/api/rating/prompt', { token: rater })).status).toBe(204);

    // Stored in the table and as one `rated` event (the comment stays out of the append-only log).
    const events = server.luot.core.db
      .prepare("SELECT ticket_id, service_point_id, staff_id, data FROM events WHERE type = 'rated'")
      .all();
    expect(events).toEqual([
      {
        ticket_id: ticketId,
        service_point_id: q1.id,
        staff_id: staff.id,
        data: JSON.stringify({ level: 'dissatisfied', reasons: ['long_wait', 'attitude'], hasComment: true }),
      },
    ]);
    const history = (await server.api<{ history: { type: string }[] }>(`/api/tickets/${ticketId}`)).body.history;
    expect(history.map((e) => e.type)).toContain('rated');
  });

  it('records no answer in time as "không đánh giá", without reasons or comment', async () => {
    const c = await setting();
    const q1 = c.point('Quầy 1');
    const rater = await deviceToken('rating', q1.id);
    const ticketId = await resolvedAt(q1.id, c.service('A').id);
    const none = await server.api(`/api/tickets/${ticketId}/rating`, {
      body: { level: null, reasons: ['attitude'], comment: 'x' },
      token: rater,
    });
    expect(none.status).toBe(201);
    expect(none.body.rating).toMatchObject({ level: null, reasons: [], comment: null });
  });

  it('refuses a rating from any other role, and an unknown level, in both languages', async () => {
    const c = await setting();
    const q1 = c.point('Quầy 1');
    const counter = await deviceToken('counter', q1.id);
    const rater = await deviceToken('rating', q1.id);
    const ticketId = await resolvedAt(q1.id, c.service('A').id);
    expect((await server.api(`/api/tickets/${ticketId}/rating`, { body: { level: 'satisfied' } })).status).toBe(403);
    expect(
      (await server.api(`/api/tickets/${ticketId}/rating`, { body: { level: 'satisfied' }, token: counter })).status,
    ).toBe(403);
    const bad = await server.api(`/api/tickets/${ticketId}/rating`, { body: { level: 'meh' }, token: rater });
    expect(bad.status).toBe(400);
    expect(bad.body.error.vi).toContain('không hợp lệ');
  });

  it('tells staff screens that a rating arrived, never what it was; public screens hear nothing', async () => {
    const c = await setting();
    const q1 = c.point('Quầy 1');
    const rater = await deviceToken('rating', q1.id);
    const counter = await listen(server, { authorization: `Bearer ${await deviceToken('counter', q1.id)}` });
    const display = await listen(server, { authorization: `Bearer ${await deviceToken('display')}` });
    const ticketId = await resolvedAt(q1.id, c.service('A').id);
    await server.api(`/api/tickets/${ticketId}/rating`, { body: { level: 'very_satisfied' }, token: rater });
    const heard = await counter.until((events) => events.some((e) => e.kind === 'rating'));
    expect(heard.find((e) => e.kind === 'rating')).toEqual({
      kind: 'rating',
      eventId: expect.any(Number),
      at: expect.any(Number),
      ticketId,
      servicePointId: q1.id,
    });
    await display.until((events) => events.some((e) => e.kind === 'ticket' && e.type === 'resolved'));
    await new Promise((r) => setTimeout(r, 200));
    expect(display.received.map((r) => r.event).some((e: LuotEvent) => e.kind === 'rating')).toBe(false);
    counter.close();
    display.close();
  });
});

describe('rating figures for reports', () => {
  it('counts levels, no answers, reasons and the mean per service, point, staff and week', async () => {
    const c = await setting();
    const q1 = c.point('Quầy 1');
    const q2 = c.point('Quầy 2');
    const r1 = await deviceToken('rating', q1.id);
    const r2 = await deviceToken('rating', q2.id);
    const a = c.service('A').id;
    const answers: [number, string, string | null, string[]][] = [
      [q1.id, r1, 'very_satisfied', []],
      [q1.id, r1, 'satisfied', []],
      [q1.id, r1, 'very_dissatisfied', ['long_wait', 'extra_documents']],
      [q2.id, r2, 'neutral', []],
      [q2.id, r2, null, []],
    ];
    for (const [point, token, level, reasons] of answers) {
      const ticketId = await resolvedAt(point, a);
      const res = await server.api(`/api/tickets/${ticketId}/rating`, { body: { level, reasons }, token });
      expect(res.status).toBe(201);
    }
    const today = serviceDayOf(Date.now());
    const byPoint = (await server.api<RatingFigures>(`/api/reports/ratings?from=${today}&to=${today}&by=point`)).body;
    expect(byPoint.total).toMatchObject({ asked: 5, rated: 4, noAnswer: 1, meanScore: 3.25, satisfiedShare: 0.5 });
    expect(byPoint.total.reasons).toEqual({ long_wait: 1, unclear_guidance: 0, attitude: 0, extra_documents: 1 });
    const quay1 = byPoint.rows.find((r) => r.key === q1.id)!;
    expect(quay1).toMatchObject({ label: { vi: 'Quầy 1' }, asked: 3, rated: 3, meanScore: 3.33 });
    expect(quay1.levels).toEqual({
      very_satisfied: 1,
      satisfied: 1,
      neutral: 0,
      dissatisfied: 0,
      very_dissatisfied: 1,
    });
    const quay2 = byPoint.rows.find((r) => r.key === q2.id)!;
    expect(quay2).toMatchObject({ asked: 2, rated: 1, noAnswer: 1, meanScore: 3, satisfiedShare: 0 });

    const byWeek = (await server.api<RatingFigures>(`/api/reports/ratings?from=${today}&to=${today}&by=week`)).body;
    expect(byWeek.rows).toHaveLength(1);
    // A week is named by its number and its days (issue 20): "Tuần 49 (30/11–06/12/2026)".
    expect(byWeek.rows[0]!.label.vi).toMatch(/^Tuần \d{1,2} \(\d\d\/\d\d–\d\d\/\d\d\/\d{4}\)$/);
    const byStaff = (await server.api<RatingFigures>(`/api/reports/ratings?from=${today}&to=${today}&by=staff`)).body;
    expect(byStaff.rows).toEqual([
      expect.objectContaining({ key: null, label: expect.objectContaining({ vi: '(chưa đăng nhập)' }) }),
    ]);
    const byService = (await server.api<RatingFigures>(`/api/reports/ratings?from=${today}&to=${today}`)).body;
    expect(byService.by).toBe('service');
    expect(byService.rows.map((r) => r.key)).toEqual([a]);
    // Read on the report worker (a year of ratings never holds up a call), with the same figures as in-thread.
    expect(server.luot.core.reports.offThread).toBe(true);
    expect(byService).toEqual(ratingFigures(server.luot.core.db, { from: today, to: today, by: 'service' }));
    // The manager and the reports screen read them; the citizen's own screen does not.
    expect((await server.api(`/api/reports/ratings?from=${today}&to=${today}`, { token: r1 })).status).toBe(403);
    const reader = await deviceToken('reports');
    expect((await server.api(`/api/reports/ratings?from=${today}&to=${today}`, { token: reader })).status).toBe(200);
  });
});
