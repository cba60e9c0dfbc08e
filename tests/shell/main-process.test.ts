/**
 * The shell's main process, whole, under plain Node with `electron` replaced by tests/shell/fake-electron.ts:
 * the real core and LAN server, real sessions' cookies checked against the real API, real config files. What
 * only Electron itself can show (pixels, kiosk, the OS) is in electron-smoke.test.ts.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashPin } from '../../src/main/manager-pin';
import { parsePcConfig, savePcConfig } from '../../src/main/pc-config';
import type { PcSetupState } from '../../src/preload/pc-setup-bridge';
import { SESSION_COOKIE } from '../../src/server/http/auth';
import { startLuot, type RunningLuot } from '../../src/server/start';
import { fake, fakeElectronModule, FakeWindow, type FakeDisplay } from './fake-electron';

const laptop: FakeDisplay = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const tv: FakeDisplay = { id: 2, label: 'TV', bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };

let port = 0;
const origin = () => `http://127.0.0.1:${port}`;
const hosts: RunningLuot[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** A checkout whose out/electron-sqlite holds a copy of the Node build, standing in for the Electron one. */
function checkoutWithSqlite(): string {
  const root = mkdtempSync(join(tmpdir(), 'luot-shell-app-'));
  const dir = join(root, 'out', 'electron-sqlite', `${process.platform}-${process.arch}`);
  mkdirSync(dir, { recursive: true });
  const nodeBuild = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build');
  copyFileSync(join(nodeBuild, 'Release', 'better_sqlite3.node'), join(dir, 'better_sqlite3.node'));
  return root;
}

beforeEach(async () => {
  fake.reset();
  fake.app.quit.mockClear();
  fake.displays = [laptop];
  fake.userData = mkdtempSync(join(tmpdir(), 'luot-shell-user-'));
  fake.appPath = checkoutWithSqlite();
  port = await freePort();
  vi.stubEnv('LUOT_PORT', String(port));
  vi.stubEnv('LUOT_DISCOVERY_PORT', 'off');
  vi.resetModules();
  vi.doMock('electron', fakeElectronModule);
});

afterEach(async () => {
  // Quitting: the shell stops the core, then quits for good (a test may have quit already).
  fake.app.emit('will-quit', { preventDefault: () => undefined });
  await expect.poll(() => fake.app.quit.mock.calls.length).toBeGreaterThan(0);
  for (const host of hosts.splice(0)) await host.stop();
  vi.unstubAllEnvs();
});

async function startShell(): Promise<void> {
  await import('../../src/main/index');
}

async function windowShowing(path: string): Promise<FakeWindow> {
  const find = () =>
    FakeWindow.all.find(
      (w) =>
        !w.destroyed &&
        w.loaded.some((url) => url.startsWith('http') && new URL(url).pathname + new URL(url).search === path),
    );
  await expect.poll(() => find() !== undefined, { timeout: 10_000 }).toBe(true);
  return find()!;
}

async function setupPage(purpose: string): Promise<FakeWindow> {
  const find = () =>
    FakeWindow.all.find((w) => !w.destroyed && w.loaded.at(-1)?.endsWith(`pc-setup.html?purpose=${purpose}`));
  await expect.poll(() => find() !== undefined).toBe(true);
  return find()!;
}

/** Which device a window's session is signed in as, asked of the LAN server with that session's cookie. */
async function deviceOf(partition: string, server = origin()): Promise<{ role: string; name: string }> {
  const [cookie] = await fake.cookiesOf(partition).get({ url: server, name: SESSION_COOKIE });
  const response = await fetch(`${server}/api/session`, { headers: { cookie: `${SESSION_COOKIE}=${cookie?.value}` } });
  return ((await response.json()) as { device: { role: string; name: string } }).device;
}

async function configured(changes: Record<string, unknown>): Promise<void> {
  const config = parsePcConfig(JSON.stringify({ schemaVersion: 1, managerPinHash: await hashPin('2468'), ...changes }));
  await savePcConfig(fake.userData, config!);
}

describe("the shell's main process (electron faked, everything else real)", () => {
  it('asks a new PC what it is; as a host it runs the core and signs each of its windows in as its own device', async () => {
    await startShell();
    const setup = await setupPage('first-run');
    const state = (await setup.invoke('pc-setup:load')) as PcSetupState;
    expect(state).toMatchObject({ purpose: 'first-run', locked: false, choice: { role: 'host' } });
    expect(await setup.invoke('pc-setup:save', { ...state.choice, pin: '2468', pinRepeat: '2468' })).toEqual({
      kind: 'saved',
    });

    await windowShowing('/greeter');
    await windowShowing('/display');
    await windowShowing('/admin');
    // The display window announces calls with nobody there to click (issue 11).
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith('autoplay-policy', 'no-user-gesture-required');
    expect(await deviceOf('persist:luot-host-greeter')).toMatchObject({ role: 'greeter', name: 'Máy chủ — Đón tiếp' });
    expect((await deviceOf('persist:luot-host-display')).role).toBe('display');
    expect((await deviceOf('persist:luot-host-admin')).role).toBe('admin');

    const file = readFileSync(join(fake.userData, 'luot-pc.json'), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ role: 'host', screens: ['greeter', 'display'], kiosk: false });
    expect(file).not.toContain('2468');
  });

  it("keeps each window on its server's origin and answers the bridge only from there", async () => {
    await configured({ role: 'host' });
    await startShell();
    const greeter = await windowShowing('/greeter');
    expect(greeter.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(greeter.webContents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    let refused = false;
    greeter.webContents.emit('will-navigate', { url: 'https://example.com/', preventDefault: () => (refused = true) });
    expect(refused).toBe(true);

    expect(await greeter.invoke('luot:is-kiosk')).toBe(false);
    expect(await greeter.invoke('luot:monitors')).toEqual([
      {
        id: 1,
        primary: true,
        name: { vi: 'Màn hình 1 Built-in — 1366×768 (chính)', en: 'Monitor 1 Built-in — 1366×768 (primary)' },
      },
    ]);
    await expect(greeter.invoke('luot:set-full-screen', 'yes')).rejects.toThrow(/unexpected arguments/);
    greeter.webContents.mainFrame.url = 'https://example.com/';
    await expect(greeter.invoke('luot:is-kiosk')).rejects.toThrow(/refused/);
  });

  it('puts the kiosk display on the chosen TV, falls back when it is unplugged and returns when it is back', async () => {
    fake.displays = [laptop, tv];
    await configured({ role: 'host', kiosk: true, displayMonitor: { id: tv.id, bounds: tv.bounds } });
    await startShell();
    const display = await windowShowing('/display');
    const greeter = await windowShowing('/greeter');
    expect(display.options).toMatchObject({ x: tv.bounds.x, y: tv.bounds.y, kiosk: true });
    expect(greeter.menu).toBeNull();

    fake.setDisplays([laptop], 'display-removed');
    expect(display.bounds).toEqual(laptop.bounds);
    fake.setDisplays([laptop, { ...tv, id: 9 }], 'display-added');
    expect(display.bounds).toEqual(tv.bounds);
    expect(display.kiosk).toBe(true);

    greeter.close();
    expect(greeter.destroyed).toBe(false);
  });

  it('leaves kiosk mode with Ctrl+Shift+K and the PIN, and only with the right PIN', async () => {
    await configured({ role: 'host', kiosk: true, screens: ['greeter'] });
    await startShell();
    const greeter = await windowShowing('/greeter');
    greeter.webContents.emit(
      'before-input-event',
      { preventDefault: () => undefined },
      { type: 'keyDown', control: true, shift: true, key: 'K' },
    );
    const prompt = await setupPage('unlock');
    expect(prompt.options).toMatchObject({ parent: greeter, modal: true, alwaysOnTop: true });
    expect(await prompt.invoke('pc-setup:load')).toMatchObject({
      locked: true,
      reason: { en: expect.stringContaining('kiosk') },
    });
    await expect(prompt.invoke('pc-setup:save', {})).rejects.toThrow();
    expect(await prompt.invoke('pc-setup:unlock', '1111')).toEqual({ kind: 'wrong', triesLeft: 4 });
    expect(greeter.kiosk).toBe(true);
    expect(await prompt.invoke('pc-setup:unlock', '2468')).toEqual({ kind: 'unlocked' });
    await expect.poll(() => greeter.kiosk).toBe(false);
    expect(greeter.menu).toBe('application menu');
    expect(prompt.destroyed).toBe(true);
  });

  it("sets up a station from the device's sign-in link: signs in once, remembers only the host", async () => {
    const host = await startLuot({
      dataDir: mkdtempSync(join(tmpdir(), 'luot-shell-host-')),
      host: '127.0.0.1',
      port: 0,
      version: '0.1.0',
      discoveryPort: null,
    });
    hosts.push(host);
    const hostOrigin = `http://127.0.0.1:${host.port}`;
    const { token } = host.core.devices.create({ name: 'Đón tiếp 2', role: 'greeter', servicePointId: null });
    await startShell();
    const setup = await setupPage('first-run');
    const { choice } = (await setup.invoke('pc-setup:load')) as PcSetupState;
    const station = { ...choice, role: 'station', stationScreen: 'greeter', pin: '2468', pinRepeat: '2468' };

    const unreachable = await setup.invoke('pc-setup:save', {
      ...station,
      hostAddress: `127.0.0.1:${await freePort()}`,
    });
    expect(unreachable).toMatchObject({ kind: 'refused', problems: [{ field: 'hostAddress' }] });

    const link = `${hostOrigin}/signin#token=${token}`;
    expect(await setup.invoke('pc-setup:save', { ...station, signInLink: link })).toEqual({ kind: 'saved' });
    const window = await expect
      .poll(() => FakeWindow.all.find((w) => w.loaded[0] === link))
      .toBeDefined()
      .then(() => FakeWindow.all.find((w) => w.loaded[0] === link)!);
    expect(window.options.webPreferences).toMatchObject({ partition: 'persist:luot-station', sandbox: true });
    const file = readFileSync(join(fake.userData, 'luot-pc.json'), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ role: 'station', hostUrl: hostOrigin, screen: 'greeter' });
    expect(file).not.toContain(token);
  });

  it('waits for an unreachable host and reopens the page the station was showing', async () => {
    const hostUrl = `http://127.0.0.1:${await freePort()}`;
    await configured({ role: 'station', hostUrl, screen: 'counter' });
    await startShell();
    const window = await windowShowing('/');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      window.webContents.emit('did-navigate-in-page', {}, `${hostUrl}/counter/3`, true);
      window.webContents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', `${hostUrl}/counter/3`, true);
      expect(window.loaded.at(-1)).toMatch(/waiting-for-host\.html$/);
      await vi.advanceTimersByTimeAsync(5000);
      expect(window.loaded.at(-1)).toBe(`${hostUrl}/counter/3`);
    } finally {
      vi.useRealTimers();
    }
  });

  it('brings the running window forward when Lượt is started again, and stops the core cleanly on quit', async () => {
    await configured({ role: 'host', screens: ['greeter', 'display'] });
    await startShell();
    // A new database: the administration opens too, and is the window people look for.
    const admin = await windowShowing('/admin');
    const greeter = await windowShowing('/greeter');
    fake.app.emit('second-instance');
    expect([admin.focused, greeter.focused]).toEqual([1, 0]);

    expect((await fetch(`${origin()}/api/health`)).ok).toBe(true);
    fake.app.emit('will-quit', { preventDefault: () => undefined });
    await expect.poll(() => fake.app.quit.mock.calls.length).toBeGreaterThan(0);
    await expect(fetch(`${origin()}/api/health`)).rejects.toThrow();
  });
});
