/**
 * The citizen's side end to end in Chromium (issue 12): the counter shows whether its rating screen is on; the
 * rating screen asks after a resolve and its answer reaches the reports screen's ratings tab; a phone opens the status page from the QR code decoded off a printed ticket,
 * follows the queue live through a server restart and sees its call; expired and forged links get a clear page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ServicePoint, Ticket } from '../../src/shared/domain';
import type { RatingFigures } from '../../src/shared/rating';
import { formatDateTime, serviceDayOf } from '../../src/shared/time';
import { TestClock } from '../helpers/core';
import {
  pressAtCounter,
  screensHarness,
  type ScreensHarness,
  holdFirstAnswer,
  staysForASecond,
} from '../helpers/screens';
import { printedImage, readEscPos } from '../printing/escpos-reader';
import { startFakePrinter, type FakePrinter } from '../printing/fake-printer';
import { readQr } from '../printing/ticket-images';
import { STEP_TIMEOUT_MS } from '../helpers/browser';

let h: ScreensHarness;
let printer: FakePrinter | undefined;
afterEach(async () => {
  await h?.close();
  await printer?.close();
  printer = undefined;
});

async function pointId(nameVi: string): Promise<number> {
  const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
  return points.find((p) => p.nameVi === nameVi)!.id;
}

/** What the test reads of the page's window (the tests compile without the DOM's types). */
interface BrowserWindow {
  getComputedStyle(element: unknown): { fontSize: string };
}

/** A phone that scanned a code: a fresh browser with no sign-in, at phone size. */
async function phone(url: string, viewport = { width: 360, height: 740 }): Promise<Page> {
  const context = await h.browser.newContext({
    viewport,
    locale: 'vi-VN',
    isMobile: true,
    hasTouch: true,
    // Not the center's zone: what the page prints must not depend on it.
    timezoneId: 'America/New_York',
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** A signed-in touch screen (the rating tablet): taps, not clicks. */
async function tablet(token: string, path: string): Promise<Page> {
  const context = await h.browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    hasTouch: true,
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  await page.goto(`${h.base}/signin#token=${token}`);
  await page.waitForURL((url) => url.pathname === path);
  return page;
}

describe('the rating screen at a counter', () => {
  it('shows the counter its screen is on, asks after a resolve, records the choice, and the ratings tab shows it', async () => {
    h = await screensHarness();
    const q1 = await pointId('Quầy 1');
    await h.api('PATCH', '/api/citizen-settings', { ratingTimeoutSeconds: 10 });
    const counter = await h.open(await h.device('counter', q1), `/counter/${q1}`);
    const ratingToken = await h.device('rating', q1);
    // The counter shows whether its citizen's screen is there, and follows it as it comes.
    const ratingDevice = counter.getByTestId('rating-device-status');
    await ratingDevice.filter({ hasText: 'Màn hình đánh giá: chưa kết nối' }).waitFor();
    const rating = await tablet(ratingToken, '/rating');
    await rating.getByText('Xin kính chào quý khách').waitFor();
    await ratingDevice.filter({ hasText: 'Màn hình đánh giá: đã kết nối, sẵn sàng' }).waitFor();
    const { ticket } = await h.api<{ ticket: Ticket }>('POST', '/api/tickets', { serviceId: 1 });

    // The official calls (G), starts (B) and resolves (H, Enter) at Quầy 1.
    await counter.getByText('A001').first().waitFor();
    await pressAtCounter(counter, 'g', 'next');
    await counter.getByTestId('current-number').filter({ hasText: 'A001' }).waitFor();
    // The call's event can arrive before its answer; until then the buttons (and their keys) wait, as the official
    // sees: press B once "Bắt đầu" is enabled.
    await pressAtCounter(counter, 'b', 'start');
    await counter.locator('.badge--serving').waitFor({ timeout: 15_000 });
    await pressAtCounter(counter, 'h', 'resolve');
    await counter.keyboard.press('Enter');
    await counter.getByText('Chưa có công dân', { exact: false }).waitFor();

    // The citizen's screen asks about A001 with five large choices.
    await rating.getByTestId('rating-ticket').filter({ hasText: 'Số A001' }).waitFor();
    await rating.getByText('Quý khách có hài lòng với việc phục vụ tại Quầy 1 không?').waitFor();
    const choices = rating.locator('.rating__level');
    expect(await choices.count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      const box = (await choices.nth(i).boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(96);
      const size = await choices
        .nth(i)
        .evaluate((el) => parseFloat((globalThis as unknown as BrowserWindow).getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(32);
    }
    // Unhappy: one reason, then send (by touch).
    await rating.getByRole('button', { name: 'Không hài lòng', exact: true }).tap();
    await rating.getByText('Quý khách chưa hài lòng vì điều gì?', { exact: false }).waitFor();
    await rating.getByRole('button', { name: 'Chờ lâu' }).tap();
    await rating.getByRole('button', { name: 'Gửi đánh giá' }).tap();
    await rating.getByText('Cảm ơn quý khách!').waitFor();
    await rating.getByText('Xin kính chào quý khách').waitFor({ timeout: 10_000 });

    // The reports screen's ratings tab shows it, read off the page.
    const reports = await h.open(await h.device('reports'), '/reports/ratings', { width: 1920, height: 1080 });
    const byPoint = reports.getByRole('region', { name: 'Theo quầy / bàn' });
    const row = byPoint.getByRole('row').filter({ has: reports.getByRole('rowheader', { name: 'Quầy 1' }) });
    // The run's first report starts the report worker (a process of its own at a lower priority, TypeScript through
    // tsx in the tests): 1 s on a quiet machine, many more on a loaded one — more than the 5 s a step gets.
    await row.waitFor({ timeout: 15_000 });
    // Headers wrap to fit ("Được\nhỏi"): compared as words.
    const headers = (await byPoint.getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/\s+/g, ' '));
    const cells = await row.getByRole('cell').allInnerTexts();
    const cell = (header: string) => cells[headers.findIndex((h) => h.startsWith(header)) - 1];
    expect(cell('Được hỏi')).toBe('1');
    expect(cell('Không hài lòng')).toBe('1');
    expect(cell('Rất hài lòng')).toBe('0');
    expect(cell('Điểm TB')).toBe('2,00');
    expect(cell('Lý do chưa hài lòng')).toBe('Chờ lâu 1');
    await reports.getByRole('heading', { name: 'Góp ý của công dân' }).waitFor();

    const today = serviceDayOf(Date.now());
    const figures = () => h.api<RatingFigures>('GET', `/api/reports/ratings?from=${today}&to=${today}&by=point`);
    await expect.poll(async () => (await figures()).total.rated).toBe(1);
    const quay1 = (await figures()).rows.find((r) => r.key === q1)!;
    expect(quay1.levels.dissatisfied).toBe(1);
    expect(quay1.reasons.long_wait).toBe(1);
    const { history } = await h.api<{ history: { type: string; data: unknown }[] }>('GET', `/api/tickets/${ticket.id}`);
    expect(history.find((e) => e.type === 'rated')?.data).toEqual({
      level: 'dissatisfied',
      reasons: ['long_wait'],
      hasComment: false,
    });

    // The next citizen walks away: after the time limit the visit counts as "không đánh giá".
    const next = await h.api<{ ticket: Ticket }>('POST', '/api/tickets', { serviceId: 1 });
    await h.api('POST', `/api/tickets/${next.ticket.id}/call`, { servicePointId: q1 });
    await h.api('POST', `/api/tickets/${next.ticket.id}/resolve`, { servicePointId: q1, outcome: 'completed' });
    await rating.getByTestId('rating-ticket').filter({ hasText: 'Số A002' }).waitFor();
    await expect.poll(async () => (await figures()).total.noAnswer, { timeout: 15_000 }).toBe(1);
    await rating.getByText('Xin kính chào quý khách').waitFor();
    // Still on screen, the ratings tab catches up by itself: two asked, one "không đánh giá".
    await row.getByRole('cell').first().filter({ hasText: '2' }).waitFor({ timeout: 15_000 });

    // The tablet is switched off: the counter says so.
    await rating.context().close();
    await ratingDevice.filter({ hasText: 'Màn hình đánh giá: chưa kết nối' }).waitFor();
  }, 60_000);
});

describe('the rating device as the counter shows it', () => {
  it('a tablet that connects while the counter is asking about it is shown connected', async () => {
    h = await screensHarness();
    const q1 = await pointId('Quầy 1');
    const ratingToken = await h.device('rating', q1);
    const counter = await h.open(await h.device('counter', q1), `/counter/${q1}`);
    const ratingDevice = counter.getByTestId('rating-device-status');
    await ratingDevice.filter({ hasText: 'Màn hình đánh giá: chưa kết nối' }).waitFor();

    // The counter asks again (a device is set up meanwhile); the host reads the answer — not connected — and it is
    // held, as a busy host's would be, while the tablet connects and its event reaches the counter.
    const held = await holdFirstAnswer(counter, '**/api/service-points/*/rating-device');
    await h.device('display');
    await held.asked;
    const rating = await tablet(ratingToken, '/rating');
    await rating.getByText('Xin kính chào quý khách').waitFor();
    await ratingDevice.filter({ hasText: 'Màn hình đánh giá: đã kết nối, sẵn sàng' }).waitFor();

    held.release();
    await held.handedOver;
    // The late answer is read within milliseconds; for a second after it the counter still says connected.
    await staysForASecond(counter, () => ratingDevice.textContent(), 'Màn hình đánh giá: đã kết nối, sẵn sàng');
  });
});

describe('the status page from the ticket', () => {
  it('opens from the printed QR code on a phone, follows the queue live through a restart, and shows the call', async () => {
    printer = await startFakePrinter();
    h = await screensHarness();
    await h.api('PATCH', '/api/printer', {
      profileId: 'generic-80',
      connection: { kind: 'tcp', host: '127.0.0.1', port: printer.port },
    });
    const q1 = await pointId('Quầy 1');
    await h.api('POST', '/api/tickets', { serviceId: 1 });
    await printer.nextJob();
    const job = printer.nextJob();
    const { ticket } = await h.api<{ ticket: Ticket }>('POST', '/api/tickets', { serviceId: 1 });

    // What a phone's camera reads off the paper.
    const url = readQr(printedImage(readEscPos(await job)));
    expect(url).toMatch(new RegExp(`^${h.base}/s/[0-9a-z]+-[0-9a-z]{10}$`));
    const page = await phone(url!);
    await page.locator('#number', { hasText: 'A002' }).waitFor();
    await page.getByText('Trước bạn còn 1 người').waitFor();
    await page.getByText('Đang cập nhật trực tiếp', { exact: false }).waitFor();
    // The center's clock, whatever zone the phone is set to (a tourist's phone, a phone left on UTC).
    const shown = (await page.getByText('Đang cập nhật trực tiếp', { exact: false }).textContent())!.slice(-5);
    const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
    expect(Math.abs(minutesOf(shown) - minutesOf(formatDateTime(Date.now()).slice(11)))).toBeLessThanOrEqual(1);

    // A brief outage (the host restarts): the page keeps the ticket on screen and reconnects by itself.
    await h.stopServer();
    await page.getByText('Mất kết nối', { exact: false }).waitFor();
    expect(await page.locator('#number').textContent()).toBe('A002');
    await h.restart();
    await page.getByText('Đang cập nhật trực tiếp', { exact: false }).waitFor({ timeout: 15_000 });

    await h.api('POST', `/api/service-points/${q1}/call-next`, {});
    await page.getByText('Bạn là người tiếp theo').waitFor();
    await h.api('POST', `/api/tickets/${ticket.id - 1}/resolve`, { servicePointId: q1, outcome: 'completed' });
    await h.api('POST', `/api/service-points/${q1}/call-next`, {});
    await page.getByText('Đến lượt bạn — mời đến quầy số 1').waitFor();
    expect(await page.title()).toContain('ĐẾN LƯỢT BẠN');
    // Small enough for a phone on a busy Wi-Fi: the page, its style and its script.
    const transferred = Number(
      await page.evaluate(
        `performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
           .reduce((sum, e) => sum + e.encodedBodySize, 0)`,
      ),
    );
    expect(transferred).toBeGreaterThan(1000);
    expect(transferred).toBeLessThan(50 * 1024);
    // A server restart inside: more than the default 20 s when the whole suite shares two cores.
  }, 45_000);

  it('gives an expired link and a forged one a clear page', async () => {
    const clock = new TestClock(Date.parse('2026-11-23T15:00:00+07:00'));
    h = await screensHarness({ clock: clock.read });
    const { ticket } = await h.api<{ ticket: Ticket }>('POST', '/api/tickets', { serviceId: 1 });
    const ref = h.luot.core.citizen.status.references.referenceFor(ticket.caseId);
    const page = await phone(`${h.base}/s/${ref}`);
    await page.locator('#number', { hasText: 'A001' }).waitFor();

    const forged = await phone(`${h.base}/s/${ref.slice(0, -1)}${ref.endsWith('a') ? 'b' : 'a'}`);
    await forged.getByRole('heading', { name: 'Không tìm thấy phiếu' }).waitFor();
    await forged.getByRole('heading', { name: 'Ticket not found' }).waitFor();

    clock.now = Date.parse('2026-11-24T07:00:00+07:00');
    await page.reload();
    await page.getByRole('heading', { name: 'Phiếu đã hết hạn' }).waitFor();
    await page.getByText('chỉ dùng được trong ngày lấy số', { exact: false }).waitFor();
  });
});
