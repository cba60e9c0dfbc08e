/**
 * What the tests of the whole main process share: a fresh fake Electron per test (fake-electron.ts), a checkout
 * with a better-sqlite3 binary where the shell looks for the Electron build, free ports, and ways to wait for
 * the windows the shell opens. Everything but Electron is real: the core, the LAN server, files, sockets.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, vi } from 'vitest';
import { hashPin } from '../../src/main/manager-pin';
import { parsePcConfig, savePcConfig } from '../../src/main/pc-config';
import { SESSION_COOKIE } from '../../src/server/http/auth';
import { fake, fakeElectronModule, FakeWindow, type FakeDisplay } from './fake-electron';

export const laptop: FakeDisplay = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1366, height: 768 } };
export const tv: FakeDisplay = { id: 2, label: 'TV', bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Another program holding a port on every interface, as on a center's PC where 8080 is taken. */
export async function occupyPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, release: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A checkout whose out/electron-sqlite holds a copy of the Node build, standing in for the Electron one. */
export function checkoutWithSqlite(platforms = [`${process.platform}-${process.arch}`]): string {
  const root = mkdtempSync(join(tmpdir(), 'luot-shell-app-'));
  const nodeBuild = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build');
  for (const platform of platforms) {
    const dir = join(root, 'out', 'electron-sqlite', platform);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(nodeBuild, 'Release', 'better_sqlite3.node'), join(dir, 'better_sqlite3.node'));
  }
  return root;
}

/** A new PC for each test: one laptop screen, an empty userData, the shell's own port and no discovery. */
export async function freshPc(): Promise<number> {
  fake.reset();
  fake.app.quit.mockClear();
  fake.displays = [laptop];
  fake.userData = mkdtempSync(join(tmpdir(), 'luot-shell-user-'));
  fake.appPath = checkoutWithSqlite();
  const port = await freePort();
  vi.stubEnv('LUOT_PORT', String(port));
  vi.stubEnv('LUOT_DISCOVERY_PORT', 'off');
  vi.resetModules();
  vi.doMock('electron', fakeElectronModule);
  return port;
}

/** Quitting: the shell stops the core, then quits for good (a test may have quit already). */
export async function quitPc(): Promise<void> {
  fake.app.emit('will-quit', { preventDefault: () => undefined });
  await expect.poll(() => fake.app.quit.mock.calls.length).toBeGreaterThan(0);
  vi.unstubAllEnvs();
}

export async function startShell(): Promise<void> {
  await import('../../src/main/index');
}

const showing = (path: string) =>
  FakeWindow.all.find(
    (w) =>
      !w.destroyed &&
      w.loaded.some((url) => url.startsWith('http') && new URL(url).pathname + new URL(url).search === path),
  );

export async function windowShowing(path: string): Promise<FakeWindow> {
  await expect.poll(() => showing(path) !== undefined, { timeout: 10_000 }).toBe(true);
  return showing(path)!;
}

export const windowsShowing = (path: string) => FakeWindow.all.filter((w) => w === showing(path));

export async function setupPage(purpose: string): Promise<FakeWindow> {
  const find = () =>
    FakeWindow.all.find((w) => !w.destroyed && w.loaded.at(-1)?.endsWith(`pc-setup.html?purpose=${purpose}`));
  await expect.poll(() => find() !== undefined).toBe(true);
  return find()!;
}

/** Which device a window's session is signed in as, asked of the LAN server with that session's cookie. */
export async function deviceOf(partition: string, server: string): Promise<{ role: string; name: string }> {
  const [cookie] = await fake.cookiesOf(partition).get({ url: server, name: SESSION_COOKIE });
  const response = await fetch(`${server}/api/session`, { headers: { cookie: `${SESSION_COOKIE}=${cookie?.value}` } });
  return ((await response.json()) as { device: { role: string; name: string } }).device;
}

/** This PC already set up, with the PIN 2468. */
export async function configured(changes: Record<string, unknown>, dir = fake.userData): Promise<void> {
  const config = parsePcConfig(JSON.stringify({ schemaVersion: 1, managerPinHash: await hashPin('2468'), ...changes }));
  await savePcConfig(dir, config!);
}

/** The message boxes the shell showed (their options: the last argument, after a parent window if any). */
export const messageBoxes = () =>
  fake.dialog.showMessageBox.mock.calls.map(
    (args) => args.at(-1) as { message: string; detail?: string; buttons?: string[] },
  );
