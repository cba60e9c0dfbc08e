/**
 * The smaller findings of issue 24 (point 9), each as found from a phone on the hall's Wi-Fi or a public screen:
 * staff names reached the wall display and the rating tablet; path ids took `0x1`, `1e0`, `+1`; a 5,000-deep JSON
 * body on a queue step answered 500; a plain GET of `/api/events` answered 404 with an empty body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBilingual, trustServer, type TrustServer } from './trust-server';

let server: TrustServer;
let display: string;
let rating: string;
let counter: string;

beforeAll(async () => {
  server = await trustServer();
  display = (await server.device('display')).token;
  rating = (await server.device('rating', 1)).token;
  counter = (await server.device('counter', 1)).token;
  await server.send('/api/staff', { body: { name: 'Nguyễn Thị Lan', role: 'staff' } });
});
afterAll(async () => server?.close());

describe('public screens and staff names', () => {
  it('the wall display and the rating tablet get no name of who is at a point; the counter does', async () => {
    for (const token of [display, rating]) {
      const answer = await server.send('/api/service-points/1/staff-session', { token });
      expect(answer.status, answer.text).toBe(403);
      expect(isBilingual(answer.body)).toBe(true);
    }
    expect((await server.send('/api/service-points/1/staff-session', { token: counter })).status).toBe(200);
  });
});

describe('path ids', () => {
  it('accept decimal digits only', async () => {
    expect((await server.send('/api/service-points/1/staff-session')).status).toBe(200);
    for (const id of ['0x1', '1e0', '+1', '1.0', ' 1', '01x', '-1', '0', '99999999999999999999'])
      for (const path of [
        `/api/service-points/${encodeURIComponent(id)}/staff-session`,
        `/api/tickets/${encodeURIComponent(id)}`,
      ]) {
        const answer = await server.send(path);
        expect(answer.status, `${path}: ${answer.text}`).toBe(400);
        expect(isBilingual(answer.body)).toBe(true);
      }
  });
});

describe('deeply nested JSON', () => {
  it('on a queue step is refused with 400 in both languages, and the server goes on', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    for (const path of ['/api/tickets', '/api/service-points/1/call-next', '/api/tickets/1/resolve']) {
      const answer = await server.send(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        rawBody: `{"serviceId":1,"note":${deep}}`,
      });
      expect(answer.status, `${path}: ${answer.text.slice(0, 300)}`).toBe(400);
      expect(isBilingual(answer.body)).toBe(true);
    }
    expect((await server.send('/api/queue', { token: counter })).status).toBe(200);
  });
});

describe('GET /api/events without an upgrade', () => {
  it('says in both languages that it is a live connection', async () => {
    const answer = await server.send('/api/events', { token: counter });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(isBilingual(answer.body)).toBe(true);
  });
});
