/**
 * Found: 2,000 wrong tokens in 3.6 s got 2,000 × 401 and no slowdown. Now wrong secrets — device keys,
 * sessions, sign-in links, pairing codes — are limited per address; right ones from other machines are never
 * slowed. Found too (issue 24, point 4): 60 wrong pairing codes in 10 minutes from the LAN paused pairing for the
 * whole center — the real code typed on the real TV was refused for ~7 minutes, renewably. Now there is no such
 * switch: codes resist guessing by their length, one live code at a time, their short life and per-address limits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isBilingual, linkToken, trustServer, type TrustServer } from './trust-server';

let server: TrustServer;
afterEach(async () => server?.close());

const codes = (replies: { status: number }[]) => replies.map((r) => r.status);

describe('guess limits', () => {
  it('refuses an address that sent too many wrong keys, right or wrong, while others carry on', async () => {
    server = await trustServer();
    const counter = await server.device('counter', 1);
    const wrong: { status: number; body: unknown }[] = [];
    for (let i = 0; i < 60; i++)
      wrong.push(await server.send('/api/queue', { token: `luot_guess-${i}-0123456789abcdef` }));
    expect(codes(wrong.slice(0, 20)).every((s) => s === 401)).toBe(true);
    expect(codes(wrong.slice(20)).every((s) => s === 429)).toBe(true);
    expect(isBilingual(wrong.at(-1)!.body)).toBe(true);
    expect((wrong.at(-1)!.body as { error: { code: string } }).error.code).toBe('TOO_MANY_ATTEMPTS');
    // The same address is refused even with a right key: otherwise the refusal would tell a guesser when they hit.
    expect((await server.send('/api/queue', { token: counter.token })).status).toBe(429);
    // Another machine is not.
    expect((await server.send('/api/queue', { token: counter.token, from: '127.0.0.2' })).status).toBe(200);
    // Right keys are never counted: a busy counter is never slowed down.
    for (let i = 0; i < 50; i++)
      expect((await server.send('/api/queue', { token: counter.token, from: '127.0.0.3' })).status).toBe(200);
  });

  it('counts wrong sign-in links and wrong session cookies the same way, and lets up after the window', async () => {
    server = await trustServer({
      guessLimits: { perAddress: { max: 5, windowMs: 1500 } },
    });
    const display = await server.device('display');
    const tries = [];
    for (let i = 0; i < 4; i++)
      tries.push(await server.send('/api/session', { body: { token: `luotlink_wrong-${i}-0123456789` }, token: null }));
    tries.push(await server.send('/api/session', { token: null, cookie: 'luot_device=luotsession_forged-0123456789' }));
    expect(codes(tries)).toEqual([401, 401, 401, 401, 401]);
    const blocked = await server.send('/api/session', { body: { token: linkToken(display.signInUrl) }, token: null });
    expect(blocked.status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(
      (await server.send('/api/session', { body: { token: linkToken(display.signInUrl) }, token: null })).status,
    ).toBe(200);
  });

  it('wrong pairing codes from many machines never pause pairing: the real code on the real TV still signs in', async () => {
    server = await trustServer();
    const tv = await server.device('display');
    const replies = [];
    // 120 wrong codes in a minute from 12 machines, each under its own limit (twice the old LAN-wide 60).
    for (let machine = 2; machine < 14; machine++)
      for (let i = 0; i < 10; i++) {
        const wrong = String(1_000_000_000 + machine * 1000 + i);
        if (wrong === tv.pairingCode) continue;
        replies.push(
          await server.send('/api/session', { body: { code: wrong }, token: null, from: `127.0.0.${machine}` }),
        );
      }
    expect(new Set(codes(replies))).toEqual(new Set([401]));
    const real = await server.send('/api/session', { body: { code: tv.pairingCode }, token: null, from: '127.0.0.20' });
    expect(real.status, real.text).toBe(200);
  });

  it('one machine typing many wrong codes is held back alone, in both languages', async () => {
    server = await trustServer();
    const tv = await server.device('display');
    const replies = [];
    for (let i = 0; i < 25; i++)
      replies.push(
        await server.send('/api/session', {
          body: { code: String(2_000_000_000 + i) },
          token: null,
          from: '127.0.0.2',
        }),
      );
    expect(codes(replies.slice(0, 20)).every((s) => s === 401)).toBe(true);
    expect(replies.at(-1)!.status).toBe(429);
    expect(isBilingual(replies.at(-1)!.body)).toBe(true);
    const real = await server.send('/api/session', { body: { code: tv.pairingCode }, token: null, from: '127.0.0.3' });
    expect(real.status).toBe(200);
  });
});
