/**
 * Found: 2,000 wrong tokens in 3.6 s got 2,000 × 401 and no slowdown. Now wrong secrets — device keys,
 * sessions, sign-in links, pairing codes — are limited per address (and pairing codes across the LAN); right
 * ones from other machines are never slowed.
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
      guessLimits: { perAddress: { max: 5, windowMs: 1500 }, pairingCodes: { max: 100, windowMs: 60_000 } },
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

  it('limits wrong pairing codes across the whole LAN, so many machines together cannot try them all', async () => {
    server = await trustServer({
      guessLimits: { perAddress: { max: 5, windowMs: 60_000 }, pairingCodes: { max: 12, windowMs: 60_000 } },
    });
    const tv = await server.device('display');
    const wrongCode = tv.pairingCode === '000000' ? '000001' : '000000';
    const replies = [];
    for (let machine = 2; machine < 6; machine++)
      for (let i = 0; i < 4; i++)
        replies.push(
          await server.send('/api/session', { body: { code: wrongCode }, token: null, from: `127.0.0.${machine}` }),
        );
    expect(codes(replies).filter((s) => s === 401)).toHaveLength(12);
    const paused = replies.at(-1)!;
    expect(paused.status).toBe(429);
    expect((paused.body as { error: { code: string } }).error.code).toBe('TOO_MANY_PAIRING_ATTEMPTS');
    expect(isBilingual(paused.body)).toBe(true);
    // The link and QR still work meanwhile.
    expect(
      (await server.send('/api/session', { body: { token: linkToken(tv.signInUrl) }, token: null, from: '127.0.0.9' }))
        .status,
    ).toBe(200);
  });
});
