/**
 * `node --import tsx scripts/report-screenshots.ts [--data-dir <demo folder>]`: the reports screen and the weekly
 * report at 1920×1080 and 1366×768, with demo data (made into a throwaway folder unless one is given), into
 * docs/screenshots/; and the weekly report's PDF rendered to PNG (pdftoppm) beside them. Needs `npm run build:web`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CreatedDevice } from '../src/shared/api';
import { addDays, mondayOf } from '../src/shared/report-range';
import { generateDemoCenter } from './demo/center-days';
import { OUT, shoot, SHOTS_ADMIN, SIZES, startShotServer } from './shot-kit';

const { values, positionals } = parseArgs({
  options: { 'data-dir': { type: 'string' }, days: { type: 'string', default: '60' } },
  allowPositionals: true,
});

const shots = await startShotServer('report', {}, (dir) => {
  if (values['data-dir']) cpSync(values['data-dir'], dir, { recursive: true });
  else generateDemoCenter({ dataDir: dir, days: Number(values.days) });
});
const { base, luot, api } = shots;
try {
  const { token } = await api<CreatedDevice>('POST', '/api/devices', { name: 'Bí thư Đoàn', role: 'reports' });
  const lastWeek = addDays(mondayOf(luot.core.engine.today()), -7);
  const screens = [
    { name: 'reports', path: '/reports?range=thisMonth', ready: '.report-tiles' },
    // The weekly pages show last week: a whole week, as brought to the meeting.
    { name: 'reports-weekly', path: `/reports/weekly?week=${lastWeek}`, ready: '.weekly-sheet' },
    // The same sheet further down: who served at each counter and help desk, and the citizens' satisfaction.
    {
      name: 'reports-weekly-served',
      path: `/reports/weekly?week=${lastWeek}`,
      ready: '.weekly-sheet',
      scrollTo: '#weekly-served',
    },
    { name: 'reports-roster', path: `/reports/roster?week=${lastWeek}`, ready: '.roster-chip' },
    { name: 'reports-visits', path: `/reports/visits?week=${lastWeek}`, ready: '.visits-list li' },
  ].filter((screen) => positionals.length === 0 || positionals.includes(screen.name));
  for (const size of SIZES) {
    for (const screen of screens) {
      const page = await shots.open(size, token);
      await page.goto(base + screen.path);
      await page.waitForSelector(screen.ready, { timeout: 15_000 });
      const target = 'scrollTo' in screen ? screen.scrollTo : undefined;
      if (target) await page.evaluate(`document.querySelector('${target}').scrollIntoView()`);
      await page.waitForTimeout(400); // charts draw on the next frames
      await shoot(page, `${screen.name}-${size.width}x${size.height}`);
      await page.context().close();
    }
  }
  const pdf = await fetch(`${base}/api/reports/weekly.pdf?week=${lastWeek}`, {
    headers: { authorization: `Bearer ${SHOTS_ADMIN}` },
  });
  const pdfFile = join(shots.dataDir, 'weekly.pdf');
  writeFileSync(pdfFile, Buffer.from(await pdf.arrayBuffer()));
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdfFile, join(OUT, 'weekly-report-pdf')]);
  console.log(`wrote ${join(OUT, 'weekly-report-pdf.png')}`);
} finally {
  await shots.close();
}
