/**
 * `npm run screenshots:ratings`: the reports screen's ratings tab over the last three weeks (and its procedures
 * tab this morning) and the counter with
 * its rating screen's indicator (on and off), at 1920×1080 and 1366×768, into docs/screenshots/. The weeks before
 * are made through the real API with the server's clock set to each morning (tickets issued, called with the
 * official signed in, resolved, rated on the point's rating device), then today is a crowded morning
 * (tests/helpers/busy-morning.ts). Needs `npm run build:web`.
 */
import type { Page } from 'playwright-core';
import type { Service, ServicePoint, Staff } from '../src/shared/domain';
import type { RatingLevel, RatingReason } from '../src/shared/rating';
import { addDays, mondayOf, weekdayOf } from '../src/shared/report-range';
import { serviceDayOf, serviceDayStart } from '../src/shared/time';
import { seedBusyMorning } from '../tests/helpers/busy-morning';
import { shoot, SHOTS_ADMIN as ADMIN, SIZES, startShotServer } from './shot-kit';

const today = serviceDayOf(Date.now());
const firstDay = addDays(mondayOf(today), -21);

/** The server's clock: set to past mornings while they are made, then the real time. */
let offset = 0;
const shots = await startShotServer('rating', { clock: () => Date.now() + offset });
const { base, api } = shots;

/** A small deterministic random (the pictures stay the same from run to run). */
let seed = 12;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const LEVELS: (RatingLevel | null)[] = [
  ...Array<RatingLevel>(9).fill('very_satisfied'),
  ...Array<RatingLevel>(7).fill('satisfied'),
  'neutral',
  'neutral',
  'dissatisfied',
  'very_dissatisfied',
  null,
  null,
];
/** What a pleased citizen writes, and what an unhappy one does. */
const COMMENTS = {
  pleased: ['Cán bộ hướng dẫn rất tận tình, cảm ơn!', 'Làm nhanh, gọn.', 'Màn hình gọi số dễ nhìn, loa rõ.'],
  unhappy: [
    'Phải chờ gần một tiếng, nên mở thêm quầy buổi sáng thứ Hai.',
    'Cán bộ bảo về bổ sung giấy tờ mà lần trước không nói.',
    'Nên có chỗ ngồi cho người già gần quầy.',
  ],
};

async function ratedVisits(day: string, points: ServicePoint[], raters: Map<number, string>, staff: Staff[]) {
  offset = serviceDayStart(day) + 8 * 3_600_000 - Date.now();
  const count = 8 + Math.floor(random() * 8);
  for (let i = 0; i < count; i++) {
    offset += 9 * 60_000;
    const point = pick(points);
    const { ticket } = await api<{ ticket: { id: number } }>('POST', '/api/tickets', {
      serviceId: pick(point.serviceIds),
    });
    await api('POST', `/api/tickets/${ticket.id}/call`, {
      servicePointId: point.id,
      staffId: staff[points.indexOf(point) % staff.length]!.id,
    });
    offset += 6 * 60_000;
    await api('POST', `/api/tickets/${ticket.id}/resolve`, { servicePointId: point.id, outcome: 'completed' });
    const level = pick(LEVELS);
    const unhappy = level === 'dissatisfied' || level === 'very_dissatisfied';
    const reasons: RatingReason[] = unhappy
      ? [pick(['long_wait', 'unclear_guidance', 'extra_documents'] as const)]
      : [];
    const comment =
      level === null || random() > (unhappy ? 0.6 : 0.08) ? '' : pick(unhappy ? COMMENTS.unhappy : COMMENTS.pleased);
    await api('POST', `/api/tickets/${ticket.id}/rating`, { level, reasons, comment }, raters.get(point.id));
  }
}

async function open(token: string, path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await shots.open(viewport, token);
  await page.goto(base + path);
  return page;
}

try {
  const points = (await api<ServicePoint[]>('GET', '/api/service-points')).filter(
    (p) => p.kind === 'counter' && p.nameVi !== 'Quầy 3',
  );
  const staff: Staff[] = [];
  for (const name of ['Nguyễn Thị Lan', 'Trần Văn Minh', 'Lê Thu Hà', 'Phạm Quốc Huy', 'Đỗ Thị Mai'])
    staff.push(await api<Staff>('POST', '/api/staff', { name, role: 'staff' }));
  const raters = new Map<number, string>();
  for (const point of points) {
    const created = await api<{ token: string }>('POST', '/api/devices', {
      name: `Đánh giá — ${point.nameVi}`,
      role: 'rating',
      servicePointId: point.id,
    });
    raters.set(point.id, created.token);
  }
  for (let day = firstDay; day <= today; day = addDays(day, 1))
    if (weekdayOf(day) <= 5) await ratedVisits(day, points, raters, staff);
  // Today's earlier visits are rated; now the hall is full.
  offset = 0;
  const { tokens, counterId } = await seedBusyMorning(base, ADMIN);
  // The greeter's guide this morning: tickets by procedure, some citizens sent home for a missing paper.
  const procedures = await api<{ id: number; serviceId: number; documents: string[] }[]>('GET', '/api/procedures');
  for (let i = 0; i < 24; i++) {
    const procedure = procedures[Math.floor(random() * Math.min(8, procedures.length))]!;
    if (random() < 0.25)
      await api('POST', `/api/procedures/${procedure.id}/missing-papers`, {
        action: 'home',
        missing: procedure.documents.slice(0, 1),
        print: false,
      });
    else await api('POST', '/api/tickets', { serviceId: procedure.serviceId, procedureId: procedure.id });
  }
  const services = await api<Service[]>('GET', '/api/services');
  console.log(`made ratings over ${firstDay}–${today} for ${points.length} counters, ${services.length} services`);
  const reader = (await api<{ token: string }>('POST', '/api/devices', { name: 'Bí thư Đoàn', role: 'reports' })).token;

  for (const size of SIZES) {
    const suffix = `-${size.width}x${size.height}`;
    const reports = await open(reader, `/reports/ratings?range=custom&from=${firstDay}&to=${today}`, size);
    await reports.locator('.report-tiles').waitFor();
    await reports.locator('.report-chart canvas').first().waitFor();
    await reports.waitForTimeout(500);
    await shoot(reports, `reports-ratings${suffix}`);
    await reports.getByRole('heading', { name: 'Góp ý của công dân' }).scrollIntoViewIfNeeded();
    await shoot(reports, `reports-ratings-comments${suffix}`);
    await reports.context().close();
    const procedureTab = await open(reader, '/reports/procedures?range=today', size);
    await procedureTab.locator('.report-tiles').waitFor();
    await procedureTab.waitForTimeout(500);
    await shoot(procedureTab, `reports-procedures${suffix}`);
    await procedureTab.context().close();

    // The counter of Quầy 1 while its rating tablet is on, then after it went off.
    const tablet = await open(raters.get(counterId)!, '/rating', { width: 1280, height: 800 });
    const counter = await open(tokens.counter, `/counter/${counterId}`, size);
    await counter.getByText('Màn hình đánh giá: đang kết nối').waitFor();
    await shoot(counter, `counter-rating-screen-on${suffix}`);
    await tablet.context().close();
    await counter.getByText('Màn hình đánh giá: chưa kết nối').waitFor();
    await shoot(counter, `counter-rating-screen-off${suffix}`);
    await counter.context().close();
  }
} finally {
  await shots.close();
}
