/**
 * `npm run build:web && node --import tsx scripts/display-screenshots.ts`: the wall display on a crowded morning,
 * into docs/screenshots/ at 1920×1080 and 1366×768 — twelve services with long names and 0–20 people waiting
 * each, twelve points, a recall just made — and the first-time sound prompt of a browser that keeps sound off
 * until a tap (it sits in the header and covers nothing).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { CreatedDevice } from '../src/shared/api';
import { startLuot } from '../src/server/start';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { seedCrowdedDisplay, SOUND_OFF_UNTIL_TAP } from '../tests/helpers/crowded-display';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const ADMIN = 'display-shots-admin-token-0123456789';
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
];

const dir = mkdtempSync(join(tmpdir(), 'luot-display-shots-'));
const luot = await startLuot({
  dataDir: dir,
  host: '127.0.0.1',
  port: 0,
  version: 'screenshots',
  rendererDir: join(import.meta.dirname, '../out/renderer'),
  bootstrapToken: ADMIN,
});
const base = `http://127.0.0.1:${luot.port}`;
async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${ADMIN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok && response.status !== 204) throw new Error(`${method} ${path}: ${await response.text()}`);
  return (response.status === 204 ? null : await response.json()) as T;
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const { points } = await seedCrowdedDisplay(api);
  const { token } = await api<CreatedDevice>('POST', '/api/devices', {
    name: 'Tivi sảnh chờ',
    role: 'display',
    servicePointId: null,
  });
  const recallAt = points.find((p) => p.nameVi === 'Quầy 2')!;

  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    for (const name of ['display-crowded', 'display-sound-prompt'] as const) {
      const context = await browser.newContext({ viewport: size, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      // A TV browser as shipped keeps sound off until a tap (headless Chromium never does: suspend it here).
      if (name === 'display-sound-prompt') await context.addInitScript(SOUND_OFF_UNTIL_TAP);
      const page = await context.newPage();
      await page.goto(`${base}/signin#token=${token}`);
      await page.waitForURL((url) => url.pathname !== '/signin');
      await page.goto(`${base}/display`);
      await page.waitForSelector('.board__number');
      await page.evaluate(
        () => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready,
      );
      if (name === 'display-crowded') {
        const current = await api<{ servicePoints: { servicePointId: number; current: { id: number } | null }[] }>(
          'GET',
          '/api/queue',
        );
        const ticket = current.servicePoints.find((p) => p.servicePointId === recallAt.id)!.current!;
        await api('POST', `/api/tickets/${ticket.id}/recall`, {});
        await page.getByTestId('display-recall').waitFor();
      } else await page.getByTestId('sound-prompt').waitFor();
      const file = join(OUT, `${name}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await luot.stop();
  rmSync(dir, { recursive: true, force: true });
}
