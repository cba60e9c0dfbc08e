/**
 * `npm run screenshots`: every screen at 1920×1080 and 1366×768 with realistic Vietnamese data, into
 * docs/screenshots/ (`npm run screenshots -- admin-printer` for only the screens named). Runs the real server on
 * loopback with a throwaway database, a fake network printer for the printer tab, and drives Debian's Chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startLuot } from '../src/server/start';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { seedBusyMorning } from '../tests/helpers/busy-morning';
import { startFakePrinter } from '../tests/printing/fake-printer';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const ADMIN = 'screenshots-admin-token-0123456789';
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
];

const dir = mkdtempSync(join(tmpdir(), 'luot-shots-'));
const luot = await startLuot({
  dataDir: dir,
  host: '127.0.0.1',
  port: 0,
  version: 'screenshots',
  rendererDir: join(import.meta.dirname, '../out/renderer'),
  bootstrapToken: ADMIN,
});
const base = `http://127.0.0.1:${luot.port}`;
const printer = await startFakePrinter({ status: { paperNearEnd: true } });
const only = process.argv.slice(2);
let browser: Browser | undefined;

/** The printer tab shows a saved Xprinter that answers; every other screen keeps the default "no printer". */
async function choosePrinter(connection: object) {
  const response = await fetch(`${base}/api/printer`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ profileId: 'xprinter-xp80', connection }),
  });
  if (!response.ok) throw new Error(`PATCH /api/printer: ${await response.text()}`);
}

try {
  const { tokens, counterId, helpDeskId } = await seedBusyMorning(base, ADMIN);
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const screens = [
    { name: 'greeter', token: tokens.greeter, path: '/greeter', ready: '.service-button' },
    { name: 'counter', token: tokens.counter, path: `/counter/${counterId}`, ready: '.today' },
    { name: 'help-desk', token: ADMIN, path: `/counter/${helpDeskId}`, ready: '.today' },
    { name: 'display', token: tokens.display, path: '/display', ready: '.board__number' },
    { name: 'admin', token: ADMIN, path: '/admin', ready: '.screen-header' },
    { name: 'admin-printer', token: ADMIN, path: '/admin/printer', ready: '.admin-printer__readings' },
    { name: 'admin-voice', token: ADMIN, path: '/admin/voice', ready: '.voice-line' },
  ].filter((screen) => only.length === 0 || only.includes(screen.name));
  for (const size of SIZES) {
    for (const screen of screens) {
      const printerTab = screen.name === 'admin-printer';
      if (printerTab) await choosePrinter({ kind: 'tcp', host: '127.0.0.1', port: printer.port });
      const context = await browser.newContext({ viewport: size, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      const page = await context.newPage();
      await page.goto(`${base}/signin#token=${screen.token}`);
      await page.waitForURL((url) => url.pathname !== '/signin');
      await page.goto(base + screen.path);
      await page.waitForSelector(screen.ready);
      await page.evaluate('document.fonts.ready');
      await page.waitForFunction('[...document.images].every((image) => image.complete)');
      if (screen.name === 'greeter') {
        await page.keyboard.press('2');
        await page.keyboard.press('u');
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-testid="issued-number"]');
      }
      const file = join(OUT, `${screen.name}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await context.close();
      if (printerTab) await choosePrinter({ kind: 'none' });
    }
  }
} finally {
  await browser?.close();
  await printer.close();
  await luot.stop();
  rmSync(dir, { recursive: true, force: true });
}
