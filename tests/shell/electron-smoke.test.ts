/**
 * The desktop app itself, in Electron, driven by Playwright's `_electron`: first run as a host, the windows it
 * opens, the remembered role on the next start, and the sandbox as a page sees it. It needs the Electron binary,
 * which cannot be downloaded on our machines: there it is skipped, saying so. Where `npm start` has fetched
 * the binary, it builds what it needs (`electron-vite build`, the Electron build of better-sqlite3) and runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prepareElectronSqlite } from '../../scripts/electron-sqlite.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where Electron's installer put the binary (node_modules/electron/path.txt), if it ever ran here. */
function findElectronBinary(): string | null {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const electronBinary = findElectronBinary();
const SKIPPED = electronBinary
  ? ''
  : ' — SKIPPED: Electron binary not present on this machine (cannot be downloaded here); runs where `npm start` has fetched it';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

if (!electronBinary) console.info(`electron-smoke.test.ts${SKIPPED}`);

const launched: ElectronApplication[] = [];
afterEach(async () => {
  for (const app of launched.splice(0)) await app.close();
});

async function launch(userData: string, port: number): Promise<ElectronApplication> {
  const app = await _electron.launch({
    executablePath: electronBinary!,
    args: [ROOT],
    env: { ...process.env, LUOT_USER_DATA: userData, LUOT_PORT: String(port), LUOT_DISCOVERY_PORT: '0' },
  });
  launched.push(app);
  return app;
}

async function windowAt(app: ElectronApplication, path: string): Promise<Page> {
  const matches = (page: Page) => new URL(page.url()).pathname === path;
  const open = app.windows().find(matches);
  return (
    open ?? app.waitForEvent('window', { predicate: async (page) => (await page.waitForURL(/\//), matches(page)) })
  );
}

describe(`the desktop app in Electron${SKIPPED}`, () => {
  beforeAll(async () => {
    if (!electronBinary) return;
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    await prepareElectronSqlite();
  }, 600_000);

  it.skipIf(!electronBinary)(
    'asks a new PC what it is, then runs the core and opens the greeter, the display and the administration',
    async () => {
      const userData = mkdtempSync(join(tmpdir(), 'luot-electron-'));
      const port = await freePort();
      const app = await launch(userData, port);
      const setup = await app.firstWindow();
      await setup.waitForSelector('#setup-form');
      expect(await setup.textContent('#title')).toBe('Chào mừng — cài đặt máy này');
      // Unticked by default on a one-monitor PC (a headless screen is one): ask for the display.
      await setup.check('input[name=hostScreens][value=display]');
      await setup.fill('#pin', '2468');
      await setup.fill('#pinRepeat', '2468');
      await setup.click('#setup-form button[type=submit]');

      const greeter = await windowAt(app, '/greeter');
      await windowAt(app, '/display');
      await windowAt(app, '/admin');
      expect(await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()).toMatchObject({ ok: true });

      // The page sees the narrow bridge, and no Node.
      expect(
        await greeter.evaluate('[window.luot.platform, typeof window.luotPcSetup, typeof process, typeof require]'),
      ).toEqual(['electron', 'undefined', 'undefined', 'undefined']);
      // No pop-ups or navigation to other sites.
      expect(await greeter.evaluate("window.open('https://example.com/') === null")).toBe(true);
      await greeter.evaluate("location.href = 'https://example.com/'");
      await greeter.waitForTimeout(500);
      expect(new URL(greeter.url()).origin).toBe(`http://127.0.0.1:${port}`);

      const config = readFileSync(join(userData, 'luot-pc.json'), 'utf8');
      expect(JSON.parse(config)).toMatchObject({ role: 'host', screens: ['greeter', 'display'] });
      expect(config).not.toContain('2468');
    },
    120_000,
  );

  it.skipIf(!electronBinary)(
    'remembers the role: the next start opens the screens straight away',
    async () => {
      const userData = mkdtempSync(join(tmpdir(), 'luot-electron-'));
      const port = await freePort();
      const first = await launch(userData, port);
      const setup = await first.firstWindow();
      await setup.waitForSelector('#setup-form');
      await setup.fill('#pin', '2468');
      await setup.fill('#pinRepeat', '2468');
      await setup.click('#setup-form button[type=submit]');
      await windowAt(first, '/greeter');
      await first.close();
      launched.splice(0);

      const again = await launch(userData, port);
      const greeter = await windowAt(again, '/greeter');
      // No setup page this time, and the greeter is still signed in, from the cookie its session kept.
      expect(again.windows().some((page) => page.url().startsWith('file:'))).toBe(false);
      expect(await greeter.evaluate("fetch('/api/session').then((r) => r.json()).then((s) => s.device.role)")).toBe(
        'greeter',
      );
    },
    120_000,
  );
});
