/**
 * `npm run build:web && node --import tsx scripts/board-screenshots.ts`: a counter's board screen (`/board/<point>`)
 * on a crowded morning, then the same page reloaded while the host is stopped (its last picture and "Mất kết nối
 * máy chủ — đang thử lại"), into docs/screenshots/ at 1920×1080 and 1366×768.
 */
import type { CreatedDevice, QueueSnapshot } from '../src/shared/api';
import { seedCrowdedDisplay } from '../tests/helpers/crowded-display';
import { shoot, SIZES, startShotServer } from './shot-kit';

const shots = await startShotServer('board');
const { api } = shots;

try {
  const { points } = await seedCrowdedDisplay(api);
  const point = points.find((p) => p.nameVi === 'Quầy 2')!;
  const { token } = await api<CreatedDevice>('POST', '/api/devices', {
    name: 'Màn hình trên quầy 2',
    role: 'board',
    servicePointId: point.id,
  });
  const queue = await api<QueueSnapshot>('GET', '/api/queue');
  const shown = queue.servicePoints.find((p) => p.servicePointId === point.id)!.current!.displayCode;
  const pages = [];
  for (const size of SIZES) {
    const page = await shots.open(size, token);
    await page.goto(`${shots.base}/board/${point.id}`);
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await page.getByText(shown, { exact: true }).waitFor();
    // Let the screen keep its picture (the store writes it at most every 2 s), then shoot it with the number settled.
    await page.waitForTimeout(9000);
    await shoot(page, `board-${size.width}x${size.height}`);
    pages.push({ page, size });
  }
  await shots.luot.stop();
  for (const { page, size } of pages) {
    await page.reload();
    await page.getByText('Mất kết nối máy chủ — đang thử lại').waitFor();
    await page.getByText(shown, { exact: true }).waitFor();
    await shoot(page, `board-offline-${size.width}x${size.height}`);
  }
} finally {
  await shots.close().catch(() => undefined);
}
