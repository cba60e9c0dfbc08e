/**
 * Found: "one-time" sign-in links worked any number of times, never expired, survived restarts and gave a
 * 10-year cookie. Now a link (or a pairing code) works once and for minutes, and opens a session of its role's
 * lifetime that use renews; a revoked device is told so plainly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceSignIn } from '../../src/shared/api';
import type { Device } from '../../src/shared/domain';
import { SESSION_IDLE_DAYS } from '../../src/shared/sign-in';
import { TestClock } from '../helpers/core';
import { listen } from '../helpers/server';
import { cookieOf, isBilingual, linkToken, trustServer, type TrustServer } from './trust-server';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
let server: TrustServer;
afterEach(async () => server?.close());

const signIn = (body: object, headers: Record<string, string> = {}) =>
  server.send<{ device: Device; error: { code: string } }>('/api/session', { body, token: null, headers });
const me = (cookie: string) =>
  server.send<{ device: Device; error: { code: string } }>('/api/session', { token: null, cookie });
const maxAgeOf = (setCookie: string | undefined) => Number(/Max-Age=(\d+)/i.exec(setCookie ?? '')?.[1]);

describe('a sign-in link', () => {
  it('works once: a second use is refused in both languages', async () => {
    server = await trustServer();
    const { signInUrl } = await server.device('display');
    const first = await signIn({ token: linkToken(signInUrl) });
    expect(first.status).toBe(200);
    expect(first.body.device.role).toBe('display');
    const again = await signIn({ token: linkToken(signInUrl) });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('SIGN_IN_LINK_USED');
    expect(isBilingual(again.body)).toBe(true);
  });

  it('expires after 15 minutes, or the minutes the host sets', async () => {
    const clock = new TestClock();
    server = await trustServer({ clock: clock.read });
    const late = await server.device('greeter');
    const inTime = await server.device('greeter');
    clock.advance(15 * MINUTE - 1);
    expect((await signIn({ token: linkToken(inTime.signInUrl) })).status).toBe(200);
    clock.advance(2);
    const refused = await signIn({ token: linkToken(late.signInUrl) });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('SIGN_IN_LINK_EXPIRED');
    expect(isBilingual(refused.body)).toBe(true);

    await server.restart({ signInLinkMinutes: 5 });
    const short = await server.device('greeter');
    expect(short.signInExpiresAt - clock.now).toBe(5 * MINUTE);
    clock.advance(5 * MINUTE);
    expect((await signIn({ token: linkToken(short.signInUrl) })).body.error.code).toBe('SIGN_IN_LINK_EXPIRED');
  });

  it('is not the device key, and is no good after a restart once used', async () => {
    server = await trustServer();
    const created = await server.device('counter', 1);
    expect(linkToken(created.signInUrl)).not.toBe(created.token);
    expect((await signIn({ token: linkToken(created.signInUrl) })).status).toBe(200);
    await server.restart();
    expect((await signIn({ token: linkToken(created.signInUrl) })).body.error.code).toBe('SIGN_IN_LINK_USED');
  });

  it('opens a session in an HttpOnly cookie that holds neither the link nor the device key', async () => {
    server = await trustServer();
    const created = await server.device('display');
    const answer = await signIn({ token: linkToken(created.signInUrl) });
    const setCookie = answer.headers['set-cookie']![0]!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toContain(linkToken(created.signInUrl));
    expect(setCookie).not.toContain(created.token);
    const stored = JSON.stringify(server.luot.core.db.prepare('SELECT * FROM sessions').all());
    expect(stored).not.toContain(cookieOf(answer)!.split('=')[1]);
  });

  it('a new link and code can be made for a device whose link was used or ran out', async () => {
    server = await trustServer();
    const created = await server.device('display');
    await signIn({ token: linkToken(created.signInUrl) });
    const again = await server.send<DeviceSignIn>(`/api/devices/${created.device.id}/sign-in`, { body: {} });
    expect(again.status).toBe(200);
    expect((await signIn({ token: linkToken(again.body.signInUrl) })).status).toBe(200);
    expect((await signIn({ code: again.body.pairingCode })).status).toBe(200);
  });
});

describe('a session', () => {
  it('lasts its role’s time: a wall display a year, an administrator a week', async () => {
    server = await trustServer();
    for (const role of ['display', 'admin', 'counter'] as const) {
      const created = await server.device(role, role === 'counter' ? 1 : null);
      const answer = await signIn({ token: linkToken(created.signInUrl) });
      expect(maxAgeOf(answer.headers['set-cookie']?.[0])).toBe(SESSION_IDLE_DAYS[role] * 24 * 3600);
    }
    expect(SESSION_IDLE_DAYS.display).toBeGreaterThanOrEqual(365);
    expect(SESSION_IDLE_DAYS.admin).toBeLessThan(SESSION_IDLE_DAYS.counter);
  });

  it('is renewed while used, so a display in use never runs out; one left unused does', async () => {
    const clock = new TestClock();
    server = await trustServer({ clock: clock.read });
    const display = await server.device('display');
    const cookie = cookieOf(await signIn({ token: linkToken(display.signInUrl) }))!;
    // Two years of daily use: every day it asks, and the session (and its cookie) move on.
    for (let day = 0; day < 2 * 365; day += 30) {
      clock.advance(30 * DAY);
      const answer = await me(cookie);
      expect(answer.status).toBe(200);
      expect(maxAgeOf(answer.headers['set-cookie']?.[0])).toBe(SESSION_IDLE_DAYS.display * 24 * 3600);
    }
    const admin = await server.device('admin');
    const adminCookie = cookieOf(await signIn({ token: linkToken(admin.signInUrl) }))!;
    clock.advance(SESSION_IDLE_DAYS.admin * DAY + 1);
    const expired = await me(adminCookie);
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('SESSION_EXPIRED');
    expect(isBilingual(expired.body)).toBe(true);
  });

  it('ends when its device signs out', async () => {
    server = await trustServer();
    const created = await server.device('greeter');
    const cookie = cookieOf(await signIn({ token: linkToken(created.signInUrl) }))!;
    await server.send('/api/session', { method: 'DELETE', token: null, cookie, headers: { origin: server.origin } });
    expect((await me(cookie)).body.error.code).toBe('SESSION_EXPIRED');
  });

  it("closes that session's live connections when it signs out, and only those (issue 24)", async () => {
    server = await trustServer();
    const created = await server.device('greeter');
    const cookie = cookieOf(await signIn({ token: linkToken(created.signInUrl) }))!;
    const again = await server.send<{ signInUrl: string }>(`/api/devices/${created.device.id}/sign-in`, { body: {} });
    const other = cookieOf(await signIn({ token: linkToken(again.body.signInUrl) }))!;
    const headers = (c: string) => ({ cookie: c, origin: server.origin, host: `127.0.0.1:${server.port}` });
    const mine = await listen({ base: server.origin } as never, headers(cookie));
    const theirs = await listen({ base: server.origin } as never, headers(other));
    const closed = new Promise<number>((resolve) => mine.socket.once('close', (code) => resolve(code)));
    await server.send('/api/session', { method: 'DELETE', token: null, cookie, headers: { origin: server.origin } });
    expect(await closed).toBe(4401);
    // The other session (the same device's other browser) keeps streaming.
    await server.send('/api/tickets', { body: { serviceId: 1 } });
    await theirs.until((events) => events.some((e) => e.kind === 'ticket'));
    expect(theirs.socket.readyState).toBe(theirs.socket.OPEN);
    theirs.close();
  });
});

describe('a revoked device', () => {
  it('is told it was revoked — on its session, its key and its live connection', async () => {
    server = await trustServer();
    const created = await server.device('display');
    const cookie = cookieOf(await signIn({ token: linkToken(created.signInUrl) }))!;
    const events = await listen({ base: server.origin } as never, {
      cookie,
      origin: server.origin,
      host: `127.0.0.1:${server.port}`,
    });
    const closed = new Promise<number>((resolve) => events.socket.once('close', (code) => resolve(code)));
    await server.send(`/api/devices/${created.device.id}`, { method: 'DELETE' });
    expect(await closed).toBe(4401);
    for (const answer of [await me(cookie), await server.send('/api/queue', { token: created.token })]) {
      expect(answer.status).toBe(401);
      expect((answer.body as { error: { code: string } }).error.code).toBe('DEVICE_REVOKED');
      expect(isBilingual(answer.body)).toBe(true);
    }
    const link = await server.send(`/api/devices/${created.device.id}/sign-in`, { body: {} });
    expect(link.status).toBe(409);
  });
});

describe('renaming a device', () => {
  it('keeps its sign-in, records who renamed it, and refuses an empty name or a revoked device', async () => {
    server = await trustServer();
    const created = await server.device('display');
    const cookie = cookieOf(await signIn({ token: linkToken(created.signInUrl) }))!;
    const path = `/api/devices/${created.device.id}`;
    const renamed = await server.send<Device>(path, { method: 'PATCH', body: { name: '  TV sảnh chờ tầng 2 ' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('TV sảnh chờ tầng 2');
    expect((await me(cookie)).body.device).toMatchObject({ id: created.device.id, name: 'TV sảnh chờ tầng 2' });
    const audit = server.luot.core.db
      .prepare("SELECT type, data FROM events WHERE type = 'setup_changed' ORDER BY id DESC LIMIT 1")
      .get() as { data: string };
    expect(JSON.parse(audit.data)).toMatchObject({ what: 'devices', action: 'updated', fields: ['name'] });

    const empty = await server.send<{ error: { code: string } }>(path, { method: 'PATCH', body: { name: '   ' } });
    expect(empty.status).toBe(400);
    expect(isBilingual(empty.body)).toBe(true);
    // A new role is a new device: only the name changes here.
    await server.send(path, { method: 'PATCH', body: { name: 'Quầy giả', role: 'admin' } });
    expect((await server.send<Device[]>('/api/devices')).body.find((d) => d.id === created.device.id)?.role).toBe(
      'display',
    );
    await server.send(path, { method: 'DELETE' });
    const late = await server.send<{ error: { code: string } }>(path, { method: 'PATCH', body: { name: 'TV mới' } });
    expect([late.status, late.body.error.code]).toEqual([409, 'DEVICE_REVOKED']);
    expect(isBilingual(late.body)).toBe(true);
  });
});

describe('a pairing code', () => {
  it('is ten digits typed on the new device, works once and for ten minutes', async () => {
    const clock = new TestClock();
    server = await trustServer({ clock: clock.read });
    const tv = await server.device('display');
    expect(tv.pairingCode).toMatch(/^\d{10}$/);
    expect(tv.pairingExpiresAt - clock.now).toBe(10 * MINUTE);
    const spaced = `${tv.pairingCode.slice(0, 4)} ${tv.pairingCode.slice(4, 7)}-${tv.pairingCode.slice(7)}`;
    const first = await signIn({ code: spaced });
    expect(first.status).toBe(200);
    expect(first.body.device.id).toBe(tv.device.id);
    const again = await signIn({ code: tv.pairingCode });
    expect(again.body.error.code).toBe('PAIRING_CODE_WRONG');
    expect(isBilingual(again.body)).toBe(true);

    const late = await server.device('display');
    clock.advance(10 * MINUTE);
    expect((await signIn({ code: late.pairingCode })).body.error.code).toBe('PAIRING_CODE_WRONG');
    const malformed = await signIn({ code: '482915' });
    expect(malformed.status).toBe(400);
    expect(isBilingual(malformed.body)).toBe(true);
  });

  it('is open for one device at a time: a new code ends the earlier one, which never signs its device in', async () => {
    server = await trustServer();
    const first = await server.device('display');
    const second = await server.device('rating', 1);
    const early = await signIn({ code: first.pairingCode });
    expect(early.body.error.code).toBe('PAIRING_CODE_WRONG');
    expect(isBilingual(early.body)).toBe(true);
    // The earlier device's link still works; its code is issued again from Setup → Devices when wanted.
    const signedIn = await signIn({ code: second.pairingCode });
    expect(signedIn.status).toBe(200);
    // The code signs in its own device only, with that device's role.
    expect([signedIn.body.device.id, signedIn.body.device.role]).toEqual([second.device.id, 'rating']);
  });

  it('signs in from a page of this host only: another site cannot sign a browser in', async () => {
    server = await trustServer();
    const tv = await server.device('display');
    const foreign = await signIn({ code: tv.pairingCode }, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(isBilingual(foreign.body)).toBe(true);
    expect((await signIn({ code: tv.pairingCode }, { origin: server.origin })).status).toBe(200);
  });
});
