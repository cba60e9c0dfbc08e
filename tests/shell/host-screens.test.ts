import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hostPartition, signInHostScreen, type CookieJar } from '../../src/main/host-sign-in';
import { hostAnswers } from '../../src/main/station-role';
import { parseSignInLink } from '../../src/main/window-url';
import { SESSION_COOKIE } from '../../src/server/http/auth';
import { startLuot, type RunningLuot } from '../../src/server/start';

/** One window's cookie store, as Electron's `session.cookies` behaves for these calls. */
class MemoryCookieJar implements CookieJar {
  readonly cookies = new Map<string, Parameters<CookieJar['set']>[0]>();
  async get({ url, name }: { url: string; name: string }) {
    const cookie = this.cookies.get(`${new URL(url).host} ${name}`);
    return cookie ? [{ value: cookie.value }] : [];
  }
  async set(details: Parameters<CookieJar['set']>[0]) {
    this.cookies.set(`${new URL(details.url).host} ${details.name}`, details);
  }
}

const running: RunningLuot[] = [];
afterEach(async () => {
  for (const luot of running.splice(0)) await luot.stop();
});

async function host(): Promise<RunningLuot> {
  const luot = await startLuot({
    dataDir: mkdtempSync(join(tmpdir(), 'luot-host-screens-')),
    host: '127.0.0.1',
    port: 0,
    version: '0.1.0',
    discoveryPort: null,
  });
  running.push(luot);
  return luot;
}

const sessionOf = async (luot: RunningLuot, jar: MemoryCookieJar, origin: string) => {
  const [cookie] = await jar.get({ url: origin, name: SESSION_COOKIE });
  const response = await fetch(`${origin}/api/session`, { headers: { cookie: `${SESSION_COOKIE}=${cookie!.value}` } });
  return (await response.json()) as { device: { role: string; name: string } };
};

describe("the host's own windows", () => {
  it('each sign in as a device of their own role, with an HttpOnly, SameSite=Strict cookie', async () => {
    const luot = await host();
    const origin = `http://127.0.0.1:${luot.port}`;
    const greeter = new MemoryCookieJar();
    const display = new MemoryCookieJar();
    expect(await signInHostScreen(luot.core.devices, greeter, origin, 'greeter')).toBe('signed-in');
    expect(await signInHostScreen(luot.core.devices, display, origin, 'display')).toBe('signed-in');
    expect((await sessionOf(luot, greeter, origin)).device).toMatchObject({
      role: 'greeter',
      name: 'Máy chủ — Đón tiếp',
    });
    expect((await sessionOf(luot, display, origin)).device.role).toBe('display');
    const [cookie] = greeter.cookies.values();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'strict', url: origin });
    expect(cookie!.expirationDate * 1000).toBeGreaterThan(Date.now() + 9 * 365 * 24 * 3600 * 1000);
  });

  it('keep their device across restarts instead of making a new one each time', async () => {
    const luot = await host();
    const origin = `http://127.0.0.1:${luot.port}`;
    const jar = new MemoryCookieJar();
    await signInHostScreen(luot.core.devices, jar, origin, 'greeter');
    const devices = luot.core.devices.list().length;
    expect(await signInHostScreen(luot.core.devices, jar, origin, 'greeter')).toBe('kept');
    expect(luot.core.devices.list()).toHaveLength(devices);
  });

  it('get a new device when theirs was revoked', async () => {
    const luot = await host();
    const origin = `http://127.0.0.1:${luot.port}`;
    const jar = new MemoryCookieJar();
    await signInHostScreen(luot.core.devices, jar, origin, 'display');
    const revoked = luot.core.devices.list().find((d) => d.role === 'display')!;
    luot.core.devices.revoke(revoked.id);
    expect(await signInHostScreen(luot.core.devices, jar, origin, 'display')).toBe('signed-in');
    expect((await sessionOf(luot, jar, origin)).device.role).toBe('display');
  });

  it("use the new center's one-time admin link for the administration, rather than a second admin", async () => {
    const luot = await host();
    const origin = `http://127.0.0.1:${luot.port}`;
    const token = parseSignInLink(luot.firstAdminLink!)!.token;
    const admins = () => luot.core.devices.list().filter((d) => d.role === 'admin');
    expect(admins()).toHaveLength(1);
    await signInHostScreen(luot.core.devices, new MemoryCookieJar(), origin, 'admin', token);
    expect(admins()).toHaveLength(1);
  });

  it('live in separate, persistent sessions', () => {
    expect(new Set([hostPartition('greeter'), hostPartition('display'), hostPartition('admin')]).size).toBe(3);
    expect(hostPartition('greeter')).toMatch(/^persist:/);
  });
});

describe("a station's view of its host", () => {
  it('knows whether a Lượt server answers at the address', async () => {
    const luot = await host();
    expect(await hostAnswers(`http://127.0.0.1:${luot.port}`)).toBe(true);
    const port = luot.port;
    await luot.stop();
    running.splice(0);
    expect(await hostAnswers(`http://127.0.0.1:${port}`, 1000)).toBe(false);
  });
});
