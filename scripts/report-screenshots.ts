/**
 * `node --import tsx scripts/report-screenshots.ts [--data-dir <demo folder>]`: the reports screen and the weekly
 * report at 1920×1080 and 1366×768, with demo data (made into a throwaway folder unless one is given), into
 * docs/screenshots/; and the weekly report's PDF rendered to PNG (pdftoppm) beside them. Needs `npm run build:web`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startLuot } from '../src/server/start';
import { addDays, mondayOf } from '../src/shared/report-range';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { generateDemoCenter } from './demo/center-days';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const TOKEN = 'report-shots-admin-token-0123456789';
const { values, positionals } = parseArgs({
  options: { 'data-dir': { type: 'string' }, days: { type: 'string', default: '60' } },
  allowPositionals: true,
});

const dir = mkdtempSync(join(tmpdir(), 'luot-report-shots-'));
if (values['data-dir']) cpSync(values['data-dir'], dir, { recursive: true });
else generateDemoCenter({ dataDir: dir, days: Number(values.days) });
const luot = await startLuot({
  dataDir: dir,
  host: '127.0.0.1',
  port: 0,
  version: 'screenshots',
  rendererDir: join(import.meta.dirname, '../out/renderer'),
  bootstrapToken: TOKEN,
  discoveryPort: null,
});
const base = `http://127.0.0.1:${luot.port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const created = await fetch(`${base}/api/devices`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bí thư Đoàn', role: 'reports' }),
  });
  const { token } = (await created.json()) as { token: string };
  const lastWeek = addDays(mondayOf(luot.core.engine.today()), -7);
  const screens = [
    { name: 'reports', path: '/reports?range=thisMonth', ready: '.report-tiles' },
    // The weekly pages show last week: a whole week, as brought to the meeting.
    { name: 'reports-weekly', path: `/reports/weekly?week=${lastWeek}`, ready: '.weekly-sheet' },
    { name: 'reports-roster', path: `/reports/roster?week=${lastWeek}`, ready: '.roster-chip' },
    { name: 'reports-visits', path: `/reports/visits?week=${lastWeek}`, ready: '.visits-list li' },
  ].filter((screen) => positionals.length === 0 || positionals.includes(screen.name));
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ]) {
    for (const screen of screens) {
      const context = await browser.newContext({ viewport: size, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      const page = await context.newPage();
      await page.goto(`${base}/signin#token=${token}`);
      await page.waitForURL((url) => url.pathname !== '/signin');
      await page.goto(base + screen.path);
      await page.waitForSelector(screen.ready, { timeout: 15_000 });
      await page.evaluate('document.fonts.ready');
      await page.waitForTimeout(400); // charts draw on the next frames
      const file = join(OUT, `${screen.name}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await context.close();
    }
  }
  const pdf = await fetch(`${base}/api/reports/weekly.pdf?week=${lastWeek}`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  const pdfFile = join(dir, 'weekly.pdf');
  writeFileSync(pdfFile, Buffer.from(await pdf.arrayBuffer()));
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdfFile, join(OUT, 'weekly-report-pdf')]);
  console.log(`wrote ${join(OUT, 'weekly-report-pdf.png')}`);
} finally {
  await browser.close();
  await luot.stop();
  rmSync(dir, { recursive: true, force: true });
}
