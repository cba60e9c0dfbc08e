/**
 * The shell's main process, whole, under plain Node with `electron` replaced by tests/shell/fake-electron.ts:
 * the real core and LAN server, real sessions' cookies checked against the real API, real config files. What
 * only Electron itself can show (pixels, kiosk, the OS) is in electron-smoke.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PcSetupState } from '../../src/preload/pc-setup-bridge';
import { startLuot, type RunningLuot } from '../../src/server/start';
import { fake, FakeWindow } from './fake-electron';
import {
  configured,
  deviceOf as deviceOn,
  freePort,
  freshPc,
  laptop,
  quitPc,
  setupPage,
  startShell,
  tv,
  windowShowing,
} from './shell-harness';

let port = 0;
const origin = () => `http://127.0.0.1:${port}`;
const deviceOf = (partition: string) => deviceOn(partition, origin());
const hosts: RunningLuot[] = [];

beforeEach(async () => {
  port = await freshPc();
});

afterEach(async () => {
  await quitPc();
  for (const host of hosts.splice(0)) await host.stop();
});

describe("the shell's main process (electron faked, everything else real)", () => {
  it('asks a new PC what it is; as a host it runs the core and signs each of its windows in as its own device', async () => {
    fake.displays = [laptop, tv];
    await startShell();
    const setup = await setupPage('first-run');
    const state = (await setup.invoke('pc-setup:load')) as PcSetupState;
    expect(state).toMatchObject({ purpose: 'first-run', locked: false, choice: { role: 'host' } });
    expect(await setup.invoke('pc-setup:save', { ...state.choice, pin: '2468', pinRepeat: '2468' })).toEqual({
      kind: 'saved',
    });

    await windowShowing('/greeter');
    const display = await windowShowing('/display');
    await windowShowing('/admin');
    // The display window itself plays sound without a gesture; the greeter's window keeps Chromium's rule.
    expect(display.options.webPreferences).toMatchObject({ autoplayPolicy: 'no-user-gesture-required' });
    expect((await windowShowing('/greeter')).options.webPreferences).not.toHaveProperty('autoplayPolicy');
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

    // The TV unplugged: the display comes to the laptop as a window beside the greeter, never a kiosk over it.
    fake.setDisplays([laptop], 'display-removed');
    expect([display.kiosk, display.fullScreen]).toEqual([false, false]);
    expect(display.bounds.x + display.bounds.width).toBeLessThanOrEqual(laptop.bounds.width);
    expect(display.bounds.width).toBeLessThan(laptop.bounds.width);
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
