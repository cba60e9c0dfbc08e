/**
 * Found (issue 24, point 3): 5 wrong PINs from any counter locked that person out everywhere for 5 minutes — the
 * right PIN at their own counter and an admin's sign-in included — and at 5 tries per 5 minutes a 4-digit PIN
 * fell within 7 days. Now wrong tries count per device and person, and per person on every device together with
 * a wait that grows (30 s doubling to an hour) but never applies at the person's usual point; an admin can always
 * sign a person in; the manager sees who is being guessed in setup's overview.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isBilingual, trustServer, type TrustServer } from './trust-server';

import type { PinAlert } from '../../src/shared/people';

let server: TrustServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('wrong PINs', () => {
  it('lock the person only at the counter they were typed on; their own counter and an admin still sign them in', async () => {
    server = await trustServer();
    const lan = await server.send<{ id: number }>('/api/staff', { body: { name: 'Nguyễn Thị Lan', role: 'staff' } });
    const staffId = lan.body.id;
    expect((await server.send(`/api/staff/${staffId}/pin`, { method: 'PUT', body: { pin: '482915' } })).status).toBe(
      204,
    );
    const own = (await server.device('counter', 1)).token;
    const other = (await server.device('counter', 2)).token;
    const signIn = (point: number, token: string | undefined, pin?: string) =>
      server!.send<{ error: { code: string } }>(`/api/service-points/${point}/staff-session`, {
        token,
        body: pin === undefined ? { staffId } : { staffId, pin },
      });
    // Quầy 1 is her usual point: she signed in there this morning.
    expect((await signIn(1, own, '482915')).status).toBe(200);

    for (let i = 0; i < 5; i++) expect((await signIn(2, other, String(100000 + i))).status).toBe(403);
    const locked = await signIn(2, other, '482915');
    expect(locked.status).toBe(429);
    expect(isBilingual(locked.body)).toBe(true);

    // Her own counter: the right PIN works at once.
    expect((await signIn(1, own, '482915')).status).toBe(200);
    // An admin signs her in anywhere, without her PIN.
    expect((await signIn(2, undefined)).status).toBe(200);
  });

  it('count on every device together: guessing spread over counters makes the next try wait, away from her usual point only; the manager is told', async () => {
    server = await trustServer();
    const lan = await server.send<{ id: number }>('/api/staff', { body: { name: 'Trần Văn Minh', role: 'staff' } });
    const staffId = lan.body.id;
    await server.send(`/api/staff/${staffId}/pin`, { method: 'PUT', body: { pin: '4829' } });
    const tokens: Record<number, string> = {};
    for (const point of [1, 2, 3, 4]) tokens[point] = (await server.device('counter', point)).token;
    const signIn = (point: number, pin: string) =>
      server!.send<{ error: { code: string } }>(`/api/service-points/${point}/staff-session`, {
        token: tokens[point],
        body: { staffId, pin },
      });
    expect((await signIn(1, '4829')).status).toBe(200); // his usual point
    expect((await server.send('/api/staff/pin-alerts')).body).toEqual([]);

    // Two or three wrong PINs on each of three other counters: under each device's lock of 5.
    for (const [point, n] of [
      [2, 2],
      [3, 2],
      [4, 1],
    ] as const)
      for (let i = 0; i < n; i++) expect((await signIn(point, String(1000 + point * 10 + i))).status).toBe(403);
    // The next try anywhere else waits — even with the right PIN, or the answer would tell a guesser.
    const waiting = await signIn(2, '4829');
    expect([waiting.status, waiting.body.error.code]).toEqual([429, 'PIN_WAIT']);
    expect(isBilingual(waiting.body)).toBe(true);

    // The manager sees it in setup's overview.
    const alerts = (await server.send<PinAlert[]>('/api/staff/pin-alerts')).body;
    expect(alerts).toMatchObject([{ staffId, name: 'Trần Văn Minh', wrongTries: 5, devices: 3 }]);
    expect(alerts[0]!.waitUntil).toBeGreaterThan(Date.now());
    // A counter may not read it.
    expect((await server.send('/api/staff/pin-alerts', { token: tokens[2] })).status).toBe(403);

    // His usual counter takes the right PIN at once, which clears the counts and the alert.
    expect((await signIn(1, '4829')).status).toBe(200);
    expect((await server.send('/api/staff/pin-alerts')).body).toEqual([]);
    expect((await signIn(3, '4829')).status).toBe(200);
  });
});
