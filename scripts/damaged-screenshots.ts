/**
 * `npm run screenshots:damaged`: the damaged database's red line (issue 24, point 7) on a counter and in setup, at
 * 1920×1080 and 1366×768, into docs/screenshots/. A crowded morning is served, the screens sign in, then the host
 * stops, 8 KB of its file are overwritten (tests/helpers/damaged-file.ts) and it starts again on the same address:
 * the screens, still signed in, show what happened and what to do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startLuot, type StartOptions } from '../src/server/start';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { seedBusyMorning } from '../tests/helpers/busy-morning';
import { damageStopped } from '../tests/helpers/damaged-file';
import { clockFrom, shoot, SHOTS_ADMIN as ADMIN, SIZES, workingMorning } from './shot-kit';

const clock = clockFrom(workingMorning());
const dir = mkdtempSync(join(tmpdir(), 'luot-damaged-shots-'));
const options = (port: number): StartOptions => ({
  dataDir: dir,
  host: '127.0.0.1',
  port,
  version: 'screenshots',
  rendererDir: join(import.meta.dirname, '../out/renderer'),
  bootstrapToken: ADMIN,
  discoveryPort: null,
  clock,
});
let luot = await startLuot(options(0));
const base = `http://127.0.0.1:${luot.port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const { tokens, counterId } = await seedBusyMorning(base, ADMIN);
  // The rest of the morning's event log, so the file has a middle to damage.
  for (let i = 0; i < 300; i++) {
    const issued = await fetch(`${base}/api/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: 1 + (i % 2) }),
    });
    if (!issued.ok) throw new Error(`POST /api/tickets: ${await issued.text()}`);
  }
  const made = await fetch(`${base}/api/backups`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}` } });
  if (!made.ok) throw new Error(`POST /api/backups: ${await made.text()}`);

  const screens = [
    { name: 'damaged-counter', token: tokens.counter, path: `/counter/${counterId}` },
    { name: 'damaged-admin', token: ADMIN, path: '/admin' },
  ];
  const pages: { name: string; page: Page }[] = [];
  for (const screen of screens)
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      await context.clock.setSystemTime(clock());
      const page = await context.newPage();
      await page.goto(`${base}/signin#token=${screen.token}`);
      await page.waitForURL((url) => url.pathname !== '/signin');
      if (new URL(page.url()).pathname !== screen.path) await page.goto(base + screen.path);
      pages.push({ name: `${screen.name}-${size.width}x${size.height}`, page });
    }

  const file = luot.core.db.name;
  await luot.stop();
  damageStopped(file);
  luot = await startLuot(options(Number(new URL(base).port)));
  for (const { name, page } of pages) {
    await page.reload();
    await page.getByTestId('database-problem').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    await shoot(page, name);
  }
} finally {
  await browser.close();
  await luot.stop();
  rmSync(dir, { recursive: true, force: true });
}
