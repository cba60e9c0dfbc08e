/**
 * `npm run build:web && node --import tsx scripts/display-screenshots.ts`: the wall display on a crowded morning,
 * into docs/screenshots/ at 1920×1080 and 1366×768 — twelve services with long names and 0–20 people waiting
 * each, twelve points, a recall just made — and the first-time sound prompt of a browser that keeps sound off
 * until a tap (it sits in the header and covers nothing).
 */
import type { CreatedDevice, QueueSnapshot } from '../src/shared/api';
import { seedCrowdedDisplay, SOUND_OFF_UNTIL_TAP } from '../tests/helpers/crowded-display';
import { shoot, SIZES, startShotServer } from './shot-kit';

// The clock on the TV reads a working morning's, whenever the script runs.
const shots = await startShotServer('display', {}, undefined, { daytime: true });
const { api } = shots;

try {
  const { points } = await seedCrowdedDisplay(api);
  const { token } = await api<CreatedDevice>('POST', '/api/devices', {
    name: 'Tivi sảnh chờ',
    role: 'display',
    servicePointId: null,
  });
  const recallAt = points.find((p) => p.nameVi === 'Quầy 2')!;

  for (const size of SIZES) {
    for (const name of ['display-crowded', 'display-sound-prompt'] as const) {
      const page = await shots.open(size);
      // A TV browser as shipped keeps sound off until a tap (headless Chromium never does: suspend it here).
      if (name === 'display-sound-prompt') await page.context().addInitScript(SOUND_OFF_UNTIL_TAP);
      await page.goto(`${shots.base}/signin#token=${token}`);
      await page.waitForURL((url) => url.pathname !== '/signin');
      await page.goto(`${shots.base}/display`);
      await page.waitForSelector('.board__number');
      if (name === 'display-crowded') {
        const current = await api<QueueSnapshot>('GET', '/api/queue');
        const ticket = current.servicePoints.find((p) => p.servicePointId === recallAt.id)!.current!;
        await api('POST', `/api/tickets/${ticket.id}/recall`, {});
        await page.getByTestId('display-recall').waitFor();
      } else await page.getByTestId('sound-prompt').waitFor();
      await shoot(page, `${name}-${size.width}x${size.height}`);
      await page.context().close();
    }
  }
} finally {
  await shots.close();
}
