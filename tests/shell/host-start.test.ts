/**
 * Issue 14, on the whole main process (electron faked, everything else real): a start that fails always ends in
 * a dialog naming the log and lets go of the single-instance lock; a host whose port is taken is offered the next
 * free one, at start and on the setup page; a one-monitor host never covers its greeter with the wall display;
 * the host keeps the PC awake; a station follows its host to a new port.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PcSetupState } from '../../src/preload/pc-setup-bridge';
import { startLuot, type RunningLuot } from '../../src/server/start';
import { fake, FakeTray, FakeWindow } from './fake-electron';
import {
  configured,
  freePort,
  freshPc,
  laptop,
  messageBoxes,
  occupyPort,
  quitPc,
  setupPage,
  startShell,
  windowShowing,
} from './shell-harness';

const cleanups: (() => Promise<void>)[] = [];

beforeEach(async () => {
  await freshPc();
});

afterEach(async () => {
  await quitPc();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function takenPort(): Promise<number> {
  const other = await occupyPort();
  cleanups.push(other.release);
  return other.port;
}

const logFile = () => join(fake.userData, 'logs', 'luot.log');
const answersAt = async (port: number) => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;

describe('a start that fails', () => {
  it('ends in a dialog naming the log (an unreadable settings file), lets go of the lock and quits', async () => {
    mkdirSync(join(fake.userData, 'luot-pc.json'));
    await startShell();
    await expect.poll(() => fake.app.releaseSingleInstanceLock.mock.calls.length).toBe(1);

    const [box] = messageBoxes();
    expect(box).toMatchObject({ type: 'error', buttons: ['Mở nhật ký / Open the log', 'Đóng / Close'] });
    expect(box!.message).toContain('Không đọc được tệp cài đặt của máy này');
    expect(box!.message).toContain("This PC's settings file could not be read");
    expect(box!.detail).toContain(logFile());
    // The first button opens the log, which holds the whole error.
    expect(fake.shell.openPath).toHaveBeenCalledWith(logFile());
    expect(readFileSync(logFile(), 'utf8')).toMatch(/could not start: .*EISDIR/);
    expect(fake.app.quit).toHaveBeenCalled();
    expect(FakeWindow.all).toEqual([]);
  });

  it('says what is missing when the Electron build of the database library is not there', async () => {
    rmSync(join(fake.appPath, 'out'), { recursive: true });
    await configured({ role: 'host' });
    await startShell();
    await expect.poll(() => fake.app.releaseSingleInstanceLock.mock.calls.length).toBe(1);
    expect(messageBoxes()[0]!.message).toContain('Thiếu thư viện cơ sở dữ liệu dành cho Electron');
    expect(FakeWindow.all).toEqual([]);
  });
});

describe("the host's port", () => {
  it('taken at start: offers the next free port in plain Vietnamese, remembers it and serves there', async () => {
    vi.stubEnv('LUOT_PORT', '');
    const port = await takenPort();
    await configured({ role: 'host', screens: ['greeter'], port });
    await startShell();
    const greeter = await windowShowing('/greeter');

    const [offer] = messageBoxes();
    expect(offer!.message).toContain(`Cổng ${port} đang được một chương trình khác trên máy này dùng`);
    const free = Number(/Cổng (\d+) đang trống/.exec(offer!.message)?.[1]);
    expect(free).toBeGreaterThan(port);
    expect(offer!.buttons?.[0]).toBe(`Dùng cổng ${free} / Use port ${free}`);
    expect(greeter.loaded[0]).toBe(`http://127.0.0.1:${free}/greeter`);
    expect(await answersAt(free)).toBe(true);
    expect(JSON.parse(readFileSync(join(fake.userData, 'luot-pc.json'), 'utf8'))).toMatchObject({ port: free });
    expect(fake.app.releaseSingleInstanceLock).not.toHaveBeenCalled();
  });

  it('taken at start, and the manager would rather quit: no error on top, the lock released', async () => {
    vi.stubEnv('LUOT_PORT', '');
    const port = await takenPort();
    await configured({ role: 'host', port });
    fake.dialog.showMessageBox.mockImplementation(async () => ({ response: 1 }));
    await startShell();
    await expect.poll(() => fake.app.releaseSingleInstanceLock.mock.calls.length).toBe(1);
    expect(messageBoxes()).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(fake.userData, 'luot-pc.json'), 'utf8'))).toMatchObject({ port });
    expect(FakeWindow.all).toEqual([]);
  });

  it('is a setting of the first-run page, which refuses a taken port and offers a free one', async () => {
    vi.stubEnv('LUOT_PORT', '');
    const port = await takenPort();
    await startShell();
    const setup = await setupPage('first-run');
    const { choice } = (await setup.invoke('pc-setup:load')) as PcSetupState;
    expect(choice.port).toBe(8080);
    const host = { ...choice, pin: '2468', pinRepeat: '2468', port };
    const refused = (await setup.invoke('pc-setup:save', host)) as {
      problems: { field: string; suggestedPort: number }[];
    };
    expect(refused).toMatchObject({ kind: 'refused', problems: [{ field: 'port' }] });
    const free = refused.problems[0]!.suggestedPort;
    expect(free).toBeGreaterThan(port);
    expect(existsConfig()).toBe(false);

    expect(await setup.invoke('pc-setup:save', { ...host, port: free })).toEqual({ kind: 'saved' });
    await windowShowing('/greeter');
    expect(await answersAt(free)).toBe(true);
  });
});

const existsConfig = () => {
  try {
    readFileSync(join(fake.userData, 'luot-pc.json'));
    return true;
  } catch {
    return false;
  }
};

describe('a one-monitor host', () => {
  it('opens the greeter only, by default, on its first run', async () => {
    await startShell();
    const setup = await setupPage('first-run');
    const { choice } = (await setup.invoke('pc-setup:load')) as PcSetupState;
    expect(choice.hostScreens).toEqual(['greeter']);
    await setup.invoke('pc-setup:save', { ...choice, pin: '2468', pinRepeat: '2468' });
    await windowShowing('/greeter');
    await windowShowing('/admin');
    expect(FakeWindow.all.some((w) => w.loaded.some((url) => url.includes('/display')))).toBe(false);
  });

  it('puts the wall display in a window beside a kiosk greeter: kiosk never traps the only screen', async () => {
    await configured({ role: 'host', kiosk: true, screens: ['greeter', 'display'] });
    await startShell();
    const greeter = await windowShowing('/greeter');
    const display = await windowShowing('/display');
    expect(greeter.kiosk).toBe(true);
    expect([display.kiosk, display.fullScreen]).toEqual([false, false]);
    expect(display.options).toMatchObject({ kiosk: false, fullscreen: false });
    expect(Number(display.options.width)).toBeLessThan(laptop.bounds.width);
    display.emit('ready-to-show');
    expect(display.shownInactive).toBe(true);
  });

  it('fills the screen with the display when the manager chose that monitor for it, still without kiosk', async () => {
    const chosen = { id: laptop.id, bounds: laptop.bounds };
    await configured({ role: 'host', kiosk: true, screens: ['greeter', 'display'], displayMonitor: chosen });
    await startShell();
    const display = await windowShowing('/display');
    expect([display.kiosk, display.fullScreen]).toEqual([false, true]);
  });

  it('as a display-only PC, shows the display full screen in kiosk mode as set', async () => {
    await configured({ role: 'host', kiosk: true, screens: ['display'] });
    await startShell();
    const display = await windowShowing('/display');
    expect(display.kiosk).toBe(true);
  });
});

describe('a host that keeps serving', () => {
  it('keeps the PC from sleeping while its core runs, and lets it sleep once stopped', async () => {
    await configured({ role: 'host', screens: ['greeter'] });
    await startShell();
    await windowShowing('/greeter');
    expect([...fake.powerSaveBlocker.active.values()]).toEqual(['prevent-app-suspension']);
    fake.app.emit('will-quit', { preventDefault: () => undefined });
    await expect.poll(() => fake.powerSaveBlocker.active.size).toBe(0);
  });
});

describe('an installed host without its ticket renderer', () => {
  it('says at start, in the tray, that tickets cannot print', async () => {
    vi.doMock('../../src/server/printing/native-modules', () => ({
      canvasModule: () => {
        throw new Error("Cannot find module '@napi-rs/canvas-win32-x64-msvc'");
      },
      serialPortModule: () => ({}),
    }));
    await configured({ role: 'host', screens: ['greeter'] });
    await startShell();
    await windowShowing('/greeter');
    await expect
      .poll(() => FakeTray.all[0]?.labels() ?? [], { timeout: 10_000 })
      .toContain('Không in được phiếu: thiếu thư viện vẽ phiếu (@napi-rs/canvas) — hãy cài lại Lượt.');
    expect(FakeTray.all[0]!.setImage).toHaveBeenLastCalledWith({ path: expect.stringContaining('tray-problem.png') });
    expect(readFileSync(logFile(), 'utf8')).toContain("Cannot find module '@napi-rs/canvas-win32-x64-msvc'");
  });
});

describe('a station whose host moved to another port', () => {
  it('finds it at the same address through discovery, remembers the new port and starts again there', async () => {
    const discoveryPort = await freePort();
    vi.stubEnv('LUOT_DISCOVERY_PORT', String(discoveryPort));
    const host: RunningLuot = await startLuot({
      dataDir: mkdtempSync(join(tmpdir(), 'luot-moved-host-')),
      host: '127.0.0.1',
      port: 0,
      version: '0.1.0',
      discoveryPort,
    });
    cleanups.push(() => host.stop());
    const oldUrl = `http://127.0.0.1:${await freePort()}`;
    await configured({ role: 'station', hostUrl: oldUrl, screen: 'counter' });
    await startShell();
    await expect.poll(() => fake.app.relaunch.mock.calls.length, { timeout: 10_000 }).toBe(1);
    expect(JSON.parse(readFileSync(join(fake.userData, 'luot-pc.json'), 'utf8'))).toMatchObject({
      hostUrl: `http://127.0.0.1:${host.port}`,
    });
  });
});
