/**
 * Every mutating endpoint of the table × every identity that must not get through (issue 13): no token, a
 * garbage token, a revoked device, a sign-in link already used, a wall display, a kiosk, a greeter, and a counter
 * acting for another point or on another point's ticket. Generated from ENDPOINTS, so a new row is covered at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS, type Endpoint } from '../../src/shared/contract/endpoints';
import type { DeviceRole, Service, ServicePoint, Ticket } from '../../src/shared/domain';
import { isBilingual, linkToken, trustServer, type TrustServer } from './trust-server';

/** Everything the kiosk may change (issue 22): a number, and an appointment's check-in. */
const KIOSK_MAY = ['checkIn', 'issueTicket'];
const UNLIMITED = { max: 1_000_000, windowMs: 60_000 };
let server: TrustServer;
const tokens: Record<string, string> = {};
let otherPoint = 0;
let ticketElsewhere = 0;

const mutating = Object.entries(ENDPOINTS as Record<string, Endpoint>).filter(
  ([, def]) => def.method !== 'GET' && def.roles !== 'public' && !def.stream,
);

beforeAll(async () => {
  server = await trustServer({ guessLimits: { perAddress: UNLIMITED } });
  const points = (await server.send<ServicePoint[]>('/api/service-points')).body;
  const services = (await server.send<Service[]>('/api/services')).body;
  const q1 = points.find((p) => p.nameVi === 'Quầy 1')!;
  const q3 = points.find((p) => p.nameVi === 'Quầy 3')!; // serves B only
  otherPoint = q1.id;
  // A ticket at Quầy 1: Quầy 3's counter must not touch it.
  await server.send('/api/tickets', { body: { serviceId: services.find((s) => s.prefix === 'A')!.id } });
  ticketElsewhere = (await server.send<{ ticket: Ticket }>(`/api/service-points/${q1.id}/call-next`, { body: {} })).body
    .ticket.id;
  for (const role of ['display', 'greeter', 'kiosk'] as const) tokens[role] = (await server.device(role)).token;
  tokens.counter = (await server.device('counter', q3.id)).token;
  const revoked = await server.device('greeter');
  await server.send(`/api/devices/${revoked.device.id}`, { method: 'DELETE' });
  tokens.revoked = revoked.token;
  const linked = await server.device('greeter');
  const link = linkToken(linked.signInUrl);
  expect((await server.send('/api/session', { body: { token: link }, token: null })).status).toBe(200);
  tokens.usedLink = link;
  tokens.garbage = 'luot_not-a-real-token-0123456789abcdefghij';
});
afterAll(async () => server?.close());

/** The path with `:id` filled: another point for a point's action, the other point's ticket for a ticket's. */
const pathOf = (def: Endpoint) =>
  def.path.replace(':id', String(def.path.startsWith('/api/service-points/') ? otherPoint : ticketElsewhere));

/** An empty JSON body where the method takes one (a DELETE carries none). */
const bodyFor = (def: Endpoint) => (def.method === 'DELETE' ? undefined : {});

describe('the auth matrix', () => {
  it('covers every mutating endpoint of the table', () => {
    expect(mutating.length).toBeGreaterThan(20);
  });

  it.each(mutating)('%s: refuses no token, garbage, a revoked device and a used link (401)', async (_name, def) => {
    for (const who of [null, 'garbage', 'revoked', 'usedLink'] as const) {
      const reply = await server.send(pathOf(def), {
        method: def.method,
        body: bodyFor(def),
        token: who === null ? null : tokens[who]!,
      });
      expect([who, reply.status]).toEqual([who, 401]);
      expect(isBilingual(reply.body)).toBe(true);
    }
  });

  it.each(mutating)('%s: refuses a role that may not, and a counter of another point (403)', async (_name, def) => {
    const roles = def.roles as readonly DeviceRole[];
    for (const who of ['display', 'kiosk', 'greeter', 'counter'] as const) {
      if (roles.includes(who) && who !== 'counter') continue;
      const reply = await server.send(pathOf(def), { method: def.method, body: bodyFor(def), token: tokens[who]! });
      // A counter allowed the step still may not take it for another point or on another point's ticket; with this
      // empty body some steps stop earlier at their input (400) — the next test sends valid input.
      const expected = roles.includes(who) ? [403, 400] : [403];
      expect(expected, `${who} → ${reply.status} ${reply.text}`).toContain(reply.status);
      expect(isBilingual(reply.body)).toBe(true);
    }
  });

  it('lets the kiosk change nothing but issuing a ticket and checking an appointment in', () => {
    const kioskMay = mutating.filter(([, def]) => (def.roles as readonly DeviceRole[]).includes('kiosk'));
    expect(kioskMay.map(([name]) => name).sort()).toEqual(KIOSK_MAY);
  });

  it("refuses every step a counter may take when it is another point's ticket or point (403)", async () => {
    const point = `/api/service-points/${otherPoint}`;
    const ticket = `/api/tickets/${ticketElsewhere}`;
    const attempts: [string, unknown][] = [
      [`${point}/call-next`, {}],
      [`${point}/pause`, { reason: 'Họp' }],
      [`${ticket}/recall`, {}],
      [`${ticket}/no-show`, {}],
      [`${ticket}/start`, {}],
      [`${ticket}/resolve`, { outcome: 'completed' }],
      [`${ticket}/transfer`, { toServiceId: 1, placement: 'front' }],
      [`${ticket}/cancel`, { reason: 'Nhầm' }],
      // "Hẹn bổ sung" (issue 22): only for a case served at its own point.
      ['/api/appointments/return-visit', { ticketId: ticketElsewhere }],
    ];
    for (const [path, body] of attempts) {
      const reply = await server.send(path, { body, token: tokens.counter! });
      expect([path, reply.status]).toEqual([path, 403]);
    }
    // Nothing happened to the ticket.
    const after = await server.send<{ ticket: Ticket }>(ticket);
    expect(after.body.ticket).toMatchObject({ status: 'called', recallCount: 0 });
  });
});
