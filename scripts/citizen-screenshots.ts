/**
 * `npm run screenshots:citizen`: the citizen's screens on a busy morning — the status page from a ticket's QR at
 * phone and tablet sizes (waiting, called, a link that does not open), the rating screen facing the citizen at a
 * counter (asking, why, on a tablet and on a phone on a stand) and its setup tab — into docs/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startLuot } from '../src/server/start';
import type { QueueSnapshot } from '../src/shared/api';
import type { ServicePoint } from '../src/shared/domain';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { seedBusyMorning } from '../tests/helpers/busy-morning';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const ADMIN = 'screenshots-admin-token-0123456789';
const PHONE = { width: 360, height: 740 };
const TABLET_UPRIGHT = { width: 800, height: 1280 };
const TABLET = { width: 1280, height: 800 };

const dir = mkdtempSync(join(tmpdir(), 'luot-citizen-shots-'));
const luot = await startLuot({
  dataDir: dir,
  host: '127.0.0.1',
  port: 0,
  version: 'screenshots',
  rendererDir: join(import.meta.dirname, '../out/renderer'),
  bootstrapToken: ADMIN,
});
const base = `http://127.0.0.1:${luot.port}`;
let browser: Browser | undefined;

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: {
      authorization: `Bearer ${ADMIN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok && response.status !== 204) throw new Error(`${method} ${path}: ${await response.text()}`);
  return (response.status === 204 ? null : await response.json()) as T;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate('document.fonts.ready');
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}

async function open(url: string, viewport: { width: number; height: number }, token?: string): Promise<Page> {
  const context = await browser!.newContext({
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    hasTouch: true,
  });
  const page = await context.newPage();
  if (token) {
    await page.goto(`${base}/signin#token=${token}`);
    await page.waitForURL((u) => u.pathname !== '/signin');
  }
  await page.goto(url);
  return page;
}

try {
  await seedBusyMorning(base, ADMIN);
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const points = await api<ServicePoint[]>('GET', '/api/service-points');
  const q2 = points.find((p) => p.nameVi === 'Quầy 2')!;
  const queue = await api<QueueSnapshot>('GET', '/api/queue');
  const serviceA = queue.services.find((s) => s.waiting.some((t) => t.displayCode.startsWith('A')))!;
  const waiting = serviceA.waiting.filter((t) => t.priority === 'none');
  const mine = waiting[waiting.length - 1]!;
  const link = (caseId: number) => `${base}/s/${luot.core.citizen.status.references.referenceFor(caseId)}`;

  for (const [size, name] of [
    [PHONE, '360x740'],
    [TABLET_UPRIGHT, '800x1280'],
  ] as const) {
    const page = await open(link(mine.caseId), size);
    await page.getByText('Đang cập nhật trực tiếp', { exact: false }).waitFor();
    await shoot(page, `status-waiting-${name}`);
    await page.context().close();
  }
  const wrong = await open(`${base}/s/2f-0000000000`, PHONE);
  await shoot(wrong, 'status-link-unknown-360x740');
  await wrong.context().close();

  // Quầy 2 finishes its citizen: its rating screen asks; then it calls "mine", whose phone says where to go.
  const rating = (
    await api<{ token: string }>('POST', '/api/devices', {
      name: 'Đánh giá — Quầy 2',
      role: 'rating',
      servicePointId: q2.id,
    })
  ).token;
  const tablet = await open(`${base}/rating`, TABLET, rating);
  const upright = await open(`${base}/rating`, PHONE, rating);
  await tablet.getByText('Xin kính chào quý khách').waitFor();
  await shoot(tablet, 'rating-idle-1280x800');
  const current = queue.servicePoints.find((p) => p.servicePointId === q2.id)!.current!;
  await api('POST', `/api/tickets/${current.id}/resolve`, { servicePointId: q2.id, outcome: 'completed' });
  await tablet.getByTestId('rating-ticket').waitFor();
  await upright.getByTestId('rating-ticket').waitFor();
  await shoot(tablet, 'rating-ask-1280x800');
  await shoot(upright, 'rating-ask-360x740');
  await tablet.getByRole('button', { name: 'Không hài lòng', exact: true }).tap();
  await tablet.getByRole('button', { name: 'Chờ lâu' }).tap();
  await shoot(tablet, 'rating-why-1280x800');
  await upright.getByRole('button', { name: 'Rất hài lòng', exact: true }).tap();
  await upright.getByText('Cảm ơn quý khách!').waitFor();
  await shoot(upright, 'rating-thanks-360x740');

  await api('POST', `/api/tickets/${mine.id}/call`, { servicePointId: q2.id });
  for (const [size, name] of [
    [PHONE, '360x740'],
    [TABLET_UPRIGHT, '800x1280'],
  ] as const) {
    const page = await open(link(mine.caseId), size);
    await page.getByText('Đến lượt bạn', { exact: false }).waitFor();
    // After the call's pulse, as a citizen looking at the phone a moment later sees it.
    await page.waitForTimeout(8000);
    await shoot(page, `status-called-${name}`);
    await page.context().close();
  }

  const setup = await open(`${base}/admin/citizen`, { width: 1366, height: 768 }, ADMIN);
  await setup.getByText('Đánh giá hài lòng').first().waitFor();
  await shoot(setup, 'admin-citizen-1366x768');
} finally {
  await browser?.close();
  await luot.stop();
  rmSync(dir, { recursive: true, force: true });
}
