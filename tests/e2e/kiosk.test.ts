/**
 * The kiosk (issue 22) in Chromium against the built screens (`npm run build:web` first): at both orientations a
 * citizen taps a tile, searches "khai sinh" on the on-screen keyboard, declares priority and gets a printed
 * number; with no printer the number is on screen with its ticket picture (QR) to photograph; an appointment's
 * code checks in; 30 s without a touch bring the start back. Sizes checked on the page: text ≥ 24 px, targets ≥ 64 px.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppointmentAnswer } from '../../src/shared/appointment-api';
import type { Service, Ticket } from '../../src/shared/domain';
import { TestClock } from '../helpers/core';
import { screensHarness, type ScreensHarness } from '../helpers/screens';
import { startFakePrinter, type FakePrinter } from '../printing/fake-printer';

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

let h: ScreensHarness;
let printer: FakePrinter | null = null;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
  await printer?.close();
  printer = null;
});

async function withPrinter() {
  printer = await startFakePrinter({});
  await h.api('PATCH', '/api/printer', {
    profileId: 'xprinter-xp80',
    connection: { kind: 'tcp', host: '127.0.0.1', port: printer.port },
  });
}

const kiosk = async (viewport: { width: number; height: number }) => {
  const page = await h.open(await h.device('kiosk'), '/kiosk', viewport);
  await page.getByRole('button', { name: /Tôi cần làm thủ tục/ }).waitFor();
  return page;
};

/**
 * Every visible text under 24 px and every button under 64 px high or wide, on the screen as it is now. Run in the
 * page as a script: the tests are typed for Node, not the DOM.
 */
const TOO_SMALL = `(() => {
  const problems = [];
  for (const el of document.querySelectorAll('main.kiosk *')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (ownText && size < 24) problems.push('text ' + size + 'px: ' + el.textContent.trim().slice(0, 30));
    if (el.tagName === 'BUTTON' && (box.height < 64 || box.width < 64))
      problems.push('button ' + Math.round(box.width) + 'x' + Math.round(box.height) + ': ' + el.textContent.trim().slice(0, 30));
  }
  return problems;
})()`;

async function expectLargeEnough(page: Page) {
  expect(await page.evaluate(TOO_SMALL)).toEqual([]);
}

async function searchOnKeyboard(page: Page, word: string) {
  await page.getByRole('button', { name: /Tôi cần làm thủ tục/ }).click();
  const keyboard = page.getByRole('group', { name: 'Bàn phím' });
  for (const key of word) {
    if (key === ' ') await keyboard.getByRole('button', { name: 'Dấu cách' }).click();
    else await keyboard.getByRole('button', { name: key, exact: true }).click();
  }
  expect(await page.getByTestId('kiosk-query').textContent()).toBe(word);
}

describe('the kiosk', () => {
  for (const [name, viewport] of [
    ['portrait', PORTRAIT],
    ['landscape', LANDSCAPE],
  ] as const) {
    it(`${name}: a tile, the search on its keyboard, priority, a printed number`, async () => {
      await withPrinter();
      const page = await kiosk(viewport);
      await expectLargeEnough(page);
      // A tile: the service's own name and what it covers, and whether it issues now.
      const tile = page.getByRole('button', { name: /Hộ tịch – Chứng thực/ });
      // What it covers comes with the procedure catalogue, which may arrive after the tiles.
      await expect.poll(() => tile.textContent()).toMatch(/Gồm: .*Đang cấp số/);
      await tile.click();
      await page.getByText('Quý vị là người cao tuổi, khuyết tật, phụ nữ mang thai…?').waitFor();
      await page.getByText('Cán bộ có thể đề nghị xem giấy tờ để xác nhận.').waitFor();
      await expectLargeEnough(page);
      await page.getByRole('button', { name: 'Không — lấy số thường' }).click();
      await expect.poll(() => page.getByTestId('kiosk-number').textContent()).toBe('A001');
      await page.getByText('Xin nhận phiếu ở khe in bên dưới.').waitFor({ timeout: 10_000 });
      await page.getByRole('button', { name: /Về màn hình đầu/ }).click();

      // The search, typed without accents on the screen's keyboard, then a priority class.
      await searchOnKeyboard(page, 'khai sinh');
      await expectLargeEnough(page);
      const result = page.getByRole('button', { name: /^Đăng ký khai sinh/ }).first();
      await result.click();
      await page.getByText(/Thủ tục: Đăng ký khai sinh/).waitFor();
      await page.getByRole('button', { name: 'Người cao tuổi (60+)' }).click();
      await expect.poll(() => page.getByTestId('kiosk-number').textContent()).toBe('A002');
      await page.getByText('Xin nhận phiếu ở khe in bên dưới.').waitFor({ timeout: 10_000 });
      const tickets = await h.api<{ services: { waiting: Ticket[] }[] }>('GET', '/api/queue');
      const issued = tickets.services.flatMap((s) => s.waiting).find((t) => t.displayCode === 'A002')!;
      expect(issued).toMatchObject({ priority: 'elderly', selfIssued: true });
      expect(issued.procedureId).not.toBeNull();
      await page.screenshot({ path: `/tmp/kiosk-${name}-done.png` });
    }, 120_000);
  }

  it("the greeter sees the kiosk's numbers marked self-issued, with the priority a citizen declared to check", async () => {
    const page = await kiosk(LANDSCAPE);
    const greeter = await h.open(await h.device('greeter'), '/greeter', { width: 1366, height: 768 });
    await greeter.locator('.service-button').first().waitFor();
    // A number from the greeter's own desk is not marked.
    await greeter.keyboard.press('1');
    await greeter.keyboard.press('Enter');
    await expect.poll(() => greeter.getByTestId('issued-number').textContent()).toBe('A001');
    expect(await greeter.getByTestId('kiosk-tickets').count()).toBe(0);

    await page.getByRole('button', { name: /Hộ tịch – Chứng thực/ }).click();
    await page.getByRole('button', { name: 'Người cao tuổi (60+)' }).click();
    await expect.poll(() => page.getByTestId('kiosk-number').textContent()).toBe('A002');
    const marked = greeter.getByTestId('kiosk-tickets');
    await marked.getByText('Công dân tự lấy số ở máy — 1 số đang chờ').waitFor();
    const row = marked.locator('li', { hasText: 'A002' });
    expect(await row.textContent()).toContain('Tự lấy ở máy');
    expect(await row.textContent()).toContain('khai ưu tiên Cao tuổi — xin kiểm tra');
    expect(await marked.locator('li', { hasText: 'A001' }).count()).toBe(0);
    // Called: no longer waiting, no longer listed.
    const points = await h.api<{ id: number; nameVi: string }[]>('GET', '/api/service-points');
    await h.api('POST', `/api/service-points/${points.find((p) => p.nameVi === 'Quầy 1')!.id}/call-next`, {});
    await marked.waitFor({ state: 'detached' });
  }, 90_000);

  it('with no printer: the number big on screen with its ticket picture (QR) to photograph', async () => {
    const page = await kiosk(PORTRAIT);
    await page.getByRole('button', { name: /Hộ tịch – Chứng thực/ }).click();
    await page.getByRole('button', { name: 'Không — lấy số thường' }).click();
    await expect.poll(() => page.getByTestId('kiosk-number').textContent()).toBe('A001');
    await page.getByText('Máy này không in phiếu. Xin chụp ảnh số và mã QR này, hoặc ghi nhớ số.').waitFor();
    await page.getByTestId('kiosk-ticket').waitFor();
    const width = "document.querySelector('[data-testid=kiosk-ticket]').naturalWidth";
    await expect.poll(async () => Number(await page.evaluate(width))).toBeGreaterThan(200);
    const size = Number(
      await page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('[data-testid=kiosk-number]')).fontSize)",
      ),
    );
    expect(size).toBeGreaterThanOrEqual(150);
  }, 120_000);

  it('checks an appointment in by its code, then goes back to the start after 30 s without a touch', async () => {
    // The server's clock at 09:05 on a Monday: the 09:00 appointment is within its window.
    await h.close();
    const clock = new TestClock(Date.parse('2026-12-07T08:00:00+07:00'));
    h = await screensHarness({ clock: clock.read });
    const services = await h.api<Service[]>('GET', '/api/services');
    const a = services.find((s) => s.prefix === 'A')!;
    await h.api('PATCH', '/api/appointments/settings', {
      services: [{ serviceId: a.id, slotMinutes: 30, perSlot: 4, held: 0, heldUntil: '10:00' }],
    });
    const booked = await h.api<AppointmentAnswer>('POST', '/api/appointments', {
      serviceId: a.id,
      day: '2026-12-07',
      time: '09:00',
    });
    clock.now = Date.parse('2026-12-07T09:05:00+07:00');
    const page = await kiosk(LANDSCAPE);
    await page.clock.install();
    await page.getByRole('button', { name: /Tôi có lịch hẹn/ }).click();
    const keyboard = page.getByRole('group', { name: 'Bàn phím' });
    for (const key of booked.code) await keyboard.getByRole('button', { name: key, exact: true }).click();
    await page.getByRole('button', { name: 'Xác nhận lịch hẹn' }).click();
    await page.getByText('Có hẹn 09:00').waitFor();
    await expect.poll(() => page.getByTestId('kiosk-number').textContent()).toBe('A001');
    // Nobody touches it: the start again.
    await page.clock.runFor(31_000);
    await page.getByRole('button', { name: /Tôi có lịch hẹn/ }).waitFor();
  }, 120_000);
});
