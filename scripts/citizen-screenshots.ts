/**
 * `npm run screenshots:citizen`: the citizen's screens on a busy morning — the status page from a ticket's QR at
 * phone and tablet sizes (waiting, called, a link that does not open), the rating screen facing the citizen at a
 * counter (asking, why, on a tablet and on a phone on a stand) and its setup tab — into docs/screenshots/.
 */
import type { Page } from 'playwright-core';
import type { QueueSnapshot } from '../src/shared/api';
import type { ServicePoint } from '../src/shared/domain';
import { seedBusyMorning } from '../tests/helpers/busy-morning';
import { shoot, SHOTS_ADMIN as ADMIN, startShotServer } from './shot-kit';

const PHONE = { width: 360, height: 740 };
const TABLET_UPRIGHT = { width: 800, height: 1280 };
const TABLET = { width: 1280, height: 800 };

const shots = await startShotServer('citizen');
const { base, luot, api } = shots;

/** Phones and tablets are touched, not clicked. */
async function open(url: string, viewport: { width: number; height: number }, token?: string): Promise<Page> {
  const page = await shots.open(viewport, token, { hasTouch: true });
  await page.goto(url);
  return page;
}

try {
  await seedBusyMorning(base, ADMIN);
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
  await shots.close();
}
