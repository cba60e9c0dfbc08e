/**
 * `npm run demo-data -- --days 90 [--data-dir ./data] [--seed 2026]`: fills an empty data folder with realistic
 * days of a commune center (see scripts/demo/center-days.ts), so the reports can be seen with real-looking data.
 * Then `npm run serve -- --data-dir ./data` and open the printed sign-in link.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../src/server/core';
import { generateDemoCenter } from './demo/center-days';

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '90' },
    'data-dir': { type: 'string', default: './data' },
    seed: { type: 'string', default: '2026' },
  },
});
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 800) {
  console.error(`--days phải là số ngày từ 1 đến 800 / --days must be a number of days from 1 to 800: ${values.days}`);
  process.exit(2);
}
const dataDir = resolve(values['data-dir']);
const t0 = performance.now();
try {
  const made = generateDemoCenter({ dataDir, days, seed: Number(values.seed) });
  const core = openCore({ dataDir });
  const { token } = core.devices.create({ name: 'Bí thư Đoàn (dữ liệu mẫu)', role: 'reports', servicePointId: null });
  core.close();
  console.log(
    `${made.days} ngày làm việc, ${made.tickets} phiếu / working days, tickets — ${((performance.now() - t0) / 1000).toFixed(1)} s\n` +
      `npm run serve -- --data-dir ${values['data-dir']}\n` +
      `Xem báo cáo / open the reports: http://localhost:8080/signin#token=${token}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
