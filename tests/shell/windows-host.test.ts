/**
 * The host as it runs on a center's Windows PC, with Electron faked and `process.platform` set to win32: data in
 * %ProgramData%\Luot, an older per-user folder moved there, Lượt registered to start at logon, and a Public
 * network found (from PowerShell's output, mocked: windows-commands.ts is the one module replaced) and explained
 * with its fix. What only Windows itself can show is listed in docs/decisions/0006-shell-host-keeps-serving.md.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PcSetupState } from '../../src/preload/pc-setup-bridge';
import { startLuot } from '../../src/server/start';
import { fake, FakeWindow } from './fake-electron';
import {
  checkoutWithSqlite,
  configured,
  freshPc,
  messageBoxes,
  quitPc,
  setupPage,
  startShell,
  windowShowing,
} from './shell-harness';

const realPlatform = process.platform;
let programData = '';
const machineDir = () => join(programData, 'Luot');

/** What `Get-NetConnectionProfile | Select-Object … | ConvertTo-Json -Compress` prints for one network. */
const profile = (category: number) =>
  JSON.stringify({ Name: 'Network 2', InterfaceAlias: 'Ethernet', InterfaceIndex: 12, NetworkCategory: category });

const windows = {
  profiles: [] as string[],
  readNetworkProfiles: vi.fn(async () => windows.profiles.shift() ?? profile(1)),
  makeNetworksPrivate: vi.fn(async (_indexes: number[]) => true),
};

beforeEach(async () => {
  await freshPc();
  Object.defineProperty(process, 'platform', { value: 'win32' });
  programData = mkdtempSync(join(tmpdir(), 'luot-programdata-'));
  vi.stubEnv('ProgramData', programData);
  fake.appPath = checkoutWithSqlite([`win32-${process.arch}`]);
  windows.profiles = [];
  windows.readNetworkProfiles.mockClear();
  windows.makeNetworksPrivate.mockClear();
  vi.doMock('../../src/main/windows-commands', () => windows);
});

afterEach(async () => {
  await quitPc();
  Object.defineProperty(process, 'platform', { value: realPlatform });
});

describe('a host on Windows', () => {
  it("moves version 0.1's per-user data to ProgramData, serves from there and starts at logon", async () => {
    // What version 0.1 left in this user's AppData: the settings and a center's database (with its admin).
    await configured({ role: 'host', screens: ['greeter'], startWithWindows: true });
    const old = await startLuot({
      dataDir: join(fake.userData, 'data'),
      port: 0,
      version: '0.1.0',
      discoveryPort: null,
    });
    await old.stop();

    await startShell();
    await windowShowing('/greeter');
    expect(existsSync(join(machineDir(), 'luot-pc.json'))).toBe(true);
    expect(existsSync(join(machineDir(), 'data', 'luot.db'))).toBe(true);
    expect(existsSync(join(fake.userData, 'data.moved-to-ProgramData', 'luot.db'))).toBe(true);
    expect(existsSync(join(fake.userData, 'luot-pc.json'))).toBe(false);
    expect(readFileSync(join(fake.userData, 'LUOT-DA-CHUYEN-DU-LIEU.txt'), 'utf8')).toContain(machineDir());
    // The same center: it has its administrator already, so no first-run administration window opens.
    expect(FakeWindow.all.some((w) => w.loaded.some((url) => url.includes('/admin')))).toBe(false);
    expect(fake.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
    expect(readFileSync(join(machineDir(), 'logs', 'luot.log'), 'utf8')).toContain('moved');
  });

  it('explains a Public network at start and makes it Private when asked', async () => {
    windows.profiles = [profile(0), profile(1)];
    await configured({ role: 'host', screens: ['greeter'] }, machineDir());
    await startShell();
    await windowShowing('/greeter');
    await expect.poll(() => windows.makeNetworksPrivate.mock.calls).toEqual([[[12]]]);
    const [box] = messageBoxes();
    expect(box!.message).toContain('Windows đang xếp mạng «Network 2» (Ethernet) là mạng Công cộng (Public)');
    expect(box!.message).toContain('Windows has «Network 2» (Ethernet) as a Public network');
    expect(box!.buttons).toEqual([
      'Chuyển sang mạng Riêng tư / Make it a Private network',
      'Mở Cài đặt mạng / Open network settings',
      'Để sau / Later',
    ]);
    await expect.poll(() => windows.readNetworkProfiles.mock.calls.length).toBe(2);
    expect(messageBoxes()).toHaveLength(1);
  });

  it('shows the explanation above a kiosk greeter, which would hide a dialog of its own', async () => {
    windows.profiles = [profile(0)];
    fake.dialog.showMessageBox.mockImplementation(async () => ({ response: 2 }));
    await configured({ role: 'host', screens: ['greeter'], kiosk: true }, machineDir());
    await startShell();
    const greeter = await windowShowing('/greeter');
    await expect.poll(() => fake.dialog.showMessageBox.mock.calls.length).toBe(1);
    expect(fake.dialog.showMessageBox.mock.calls[0]![0]).toBe(greeter);
  });

  it('left Public for later: the tray and the menu keep offering the fix', async () => {
    windows.profiles = [profile(0)];
    fake.dialog.showMessageBox.mockImplementation(async () => ({ response: 2 }));
    await configured({ role: 'host', screens: ['greeter'] }, machineDir());
    const electron = (await import('electron')) as unknown as {
      Menu: { setApplicationMenu: { mock: { calls: [{ template: { submenu?: { label?: string }[] }[] }][] } } };
    };
    await startShell();
    await windowShowing('/greeter');
    await expect.poll(() => messageBoxes().length).toBe(1);
    const labels = () =>
      electron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0]?.template[0]?.submenu?.map((item) => item.label);
    await expect.poll(labels).toContain('Sửa loại mạng (đang là Công cộng)… / Fix the network profile (now Public)…');
    expect(windows.makeNetworksPrivate).not.toHaveBeenCalled();
  });

  it("asks about the network on the first-run page, and fixes it from the page's button", async () => {
    windows.profiles = [profile(0), profile(1)];
    await startShell();
    const setup = await setupPage('first-run');
    expect(((await setup.invoke('pc-setup:load')) as PcSetupState).platform).toBe('win32');
    expect(await setup.invoke('pc-setup:network')).toEqual({
      text: expect.objectContaining({ vi: expect.stringContaining('mạng Công cộng (Public)') }),
    });
    expect(await setup.invoke('pc-setup:make-network-private')).toBeNull();
    expect(windows.makeNetworksPrivate).toHaveBeenCalledWith([12]);
    await setup.invoke('pc-setup:open-network-settings');
    expect(fake.shell.openExternal).toHaveBeenCalledWith('ms-settings:network-status');
    setup.close();
  });
});
