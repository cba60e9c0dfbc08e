/**
 * Appointments through the screens (issue 22), in Chromium against a real server whose clock the test moves: the
 * greeter checks a code in (refusing an unknown or early one in words the citizen can act on, and saying when a
 * late one queues as a walk-in); the counter's "hẹn bổ sung" books a return checked in the next morning; a booking
 * checked in at the kiosk is shown first on the display, called before the walk-ins and resolved while a missed one is
 * marked, and the reports screen counts them; numbers held for appointments refuse a walk-in until the set time.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppointmentAnswer } from '../../src/shared/appointment-api';
import type { Appointment } from '../../src/shared/appointments';
import type { Service, ServicePoint } from '../../src/shared/domain';
import type { Procedure } from '../../src/shared/procedures';
import { TestClock } from '../helpers/core';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** A server on Monday 07/12/2026 at `hhmm` (Asia/Ho_Chi_Minh), service A taking appointments every 30 minutes. */
async function center(hhmm: string, hold = { held: 0, heldUntil: '10:00' }) {
  const clock = new TestClock(Date.parse(`2026-12-07T${hhmm}:00+07:00`));
  h = await screensHarness({ clock: clock.read });
  const services = await h.api<Service[]>('GET', '/api/services');
  const a = services.find((s) => s.prefix === 'A')!;
  await h.api('PATCH', '/api/appointments/settings', {
    services: [{ serviceId: a.id, slotMinutes: 30, perSlot: 4, ...hold }],
  });
  const book = (time: string, day = '2026-12-07') =>
    h!.api<AppointmentAnswer>('POST', '/api/appointments', { serviceId: a.id, day, time });
  const at = (time: string, day = '2026-12-07') => (clock.now = Date.parse(`${day}T${time}:00+07:00`));
  return { h: h!, clock, a, book, at };
}

async function checkInAtGreeter(page: Page, code: string) {
  await page.getByLabel('Mã lịch hẹn').fill(code);
  await page.getByRole('button', { name: 'Xác nhận lịch hẹn' }).click();
}

describe('the greeter checks an appointment in by its code', () => {
  it('gives the number for an expected code; refuses an unknown or early one; says a late one is a walk-in', async () => {
    const c = await center('08:00');
    const nine = await c.book('09:00');
    const ten = await c.book('10:00');
    const eight = await c.book('08:00');
    c.at('09:05');
    const page = await c.h.open(await c.h.device('greeter'), '/greeter');
    await page.getByText('Hộ tịch – Chứng thực').first().waitFor();

    await checkInAtGreeter(page, 'XXXXXX');
    await page.getByRole('alert').getByText('Không tìm thấy lịch hẹn mã XXXXXX').waitFor();

    await checkInAtGreeter(page, ten.code);
    await page.getByRole('alert').getByText('Lịch hẹn lúc 10:00: xin xác nhận từ 09:45').waitFor();

    // Typed in lower case with spaces, as read from a phone.
    await checkInAtGreeter(page, `${nine.code.slice(0, 3).toLowerCase()} ${nine.code.slice(3)}`);
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('A001');
    await page.locator('.issued').getByText('Có hẹn 09:00').waitFor();
    expect(await page.getByLabel('Mã lịch hẹn').inputValue()).toBe('');

    await checkInAtGreeter(page, eight.code);
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('A002');
    await page.locator('.issued').getByText('Đến sau giờ hẹn 08:00 — xếp như người đến trực tiếp').waitFor();
  }, 60_000);
});

describe('a return visit', () => {
  it('booked at the counter\'s "hẹn bổ sung" with the papers still missing, checked in at the greeter the next day', async () => {
    const c = await center('08:00');
    const procedures = await c.h.api<Procedure[]>('GET', '/api/procedures');
    const birth = procedures.find((p) => p.nameVi === 'Đăng ký khai sinh')!;
    await c.h.api('POST', '/api/tickets', { serviceId: c.a.id, procedureId: birth.id });
    const points = await c.h.api<ServicePoint[]>('GET', '/api/service-points');
    const q1 = points.find((p) => p.nameVi === 'Quầy 1')!.id;
    c.at('09:00');
    const counter = await c.h.open(await c.h.device('counter', q1), `/counter/${q1}`);
    await counter.getByRole('button', { name: /Gọi tiếp/ }).click();
    await counter.getByTestId('current-number').filter({ hasText: 'A001' }).waitFor();
    await counter.getByRole('button', { name: /Hoàn thành/ }).click();
    await counter.getByLabel('Hồ sơ chưa đủ, đã hướng dẫn bổ sung').check();
    await counter.getByLabel(birth.documents[0]!).check();
    await counter.getByRole('button', { name: /Hẹn bổ sung/ }).click();
    const booked = counter.getByText(/^Đã hẹn: 07:30 ngày 08\/12\/2026, mã [A-Z2-9]{6}/);
    await booked.waitFor();
    const code = /mã ([A-Z2-9]{6})/.exec((await booked.textContent())!)![1]!;
    await counter.getByRole('dialog').getByRole('button', { name: 'Hoàn thành' }).click();
    await counter.getByText('Chưa có công dân', { exact: false }).waitFor();
    const [appointment] = await c.h.api<Appointment[]>('GET', '/api/appointments?day=2026-12-08');
    expect(appointment).toMatchObject({ code, time: '07:30', missingPapers: [birth.documents[0]] });

    // The first free slot of the next working day, opening time. The next morning the citizen gives the slip.
    c.at('07:20', '2026-12-08');
    const greeter = await c.h.open(await c.h.device('greeter'), '/greeter');
    await greeter.getByText('Hộ tịch – Chứng thực').first().waitFor();
    await checkInAtGreeter(greeter, code);
    await expect.poll(() => greeter.getByTestId('issued-number').textContent()).toBe('A001');
    await greeter.locator('.issued').getByText('Có hẹn 07:30').waitFor();
  }, 60_000);
});

describe('a return visit from the entrance', () => {
  it('booked at the greeter\'s "thiếu giấy tờ" with the papers ticked, checked in at the greeter the next morning', async () => {
    const c = await center('09:00');
    const procedures = await c.h.api<Procedure[]>('GET', '/api/procedures');
    const birth = procedures.find((p) => p.nameVi === 'Đăng ký khai sinh')!;
    const greeter = await c.h.open(await c.h.device('greeter'), '/greeter');
    await greeter.getByText('Hộ tịch – Chứng thực').first().waitFor();
    await greeter.keyboard.press('/');
    await greeter.keyboard.type('khai sinh');
    await greeter.locator('.procedure-result').first().waitFor();
    await greeter.keyboard.press('Enter');
    await greeter.locator('.guide').getByRole('heading', { name: 'Đăng ký khai sinh' }).waitFor();
    await greeter.getByRole('button', { name: /Thiếu giấy tờ/ }).click();
    const dialog = greeter.getByRole('dialog');
    await dialog.getByText('Thiếu giấy tờ — Đăng ký khai sinh').waitFor();
    await dialog.getByLabel(birth.documents[0]!, { exact: false }).check();
    await dialog.getByRole('button', { name: /In danh sách|Ghi nhận/ }).click();
    await greeter.getByText('Đã ghi nhận: công dân về chuẩn bị giấy tờ (Đăng ký khai sinh).').waitFor();
    await greeter.getByRole('button', { name: 'Hẹn quay lại ngày làm việc tiếp theo' }).click();
    // The next working day's first free slot, opening time, with its code (printed on the slip).
    const booked = greeter.getByText(/^Đã hẹn: 07:30 ngày 08\/12\/2026, mã [A-Z2-9]{6}/);
    await booked.waitFor();
    const code = /mã ([A-Z2-9]{6})/.exec((await booked.textContent())!)![1]!;
    const [appointment] = await c.h.api<Appointment[]>('GET', '/api/appointments?day=2026-12-08');
    expect(appointment).toMatchObject({
      code,
      time: '07:30',
      serviceId: c.a.id,
      procedureId: birth.id,
      missingPapers: [birth.documents[0]],
    });
    // Nobody was given a number today: the citizen went home.
    expect(await c.h.api<Appointment[]>('GET', '/api/appointments?day=2026-12-07')).toEqual([]);

    // The next morning the citizen gives the slip at the entrance.
    c.at('07:25', '2026-12-08');
    const nextMorning = await c.h.open(await c.h.device('greeter'), '/greeter');
    await nextMorning.getByText('Hộ tịch – Chứng thực').first().waitFor();
    await checkInAtGreeter(nextMorning, code);
    await expect.poll(() => nextMorning.getByTestId('issued-number').textContent()).toBe('A001');
    await nextMorning.locator('.issued').getByText('Có hẹn 07:30').waitFor();
    const [kept] = await c.h.api<Appointment[]>('GET', '/api/appointments?day=2026-12-08');
    expect(kept).toMatchObject({ code, status: 'checked_in', source: 'return_visit', ticketId: expect.any(Number) });
  }, 60_000);
});

/** A figure of the reports screen's appointments tab, by its label. */
const figure = (page: Page, label: string) =>
  page
    .getByTestId('appointment-figures')
    .locator('.report-tile')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('.report-tile__value')
    .textContent();

describe('an appointment kept, one missed', () => {
  it('booked, checked in at the kiosk, shown first on the display, called before the walk-ins and resolved; the missed one marked; the report counts both', async () => {
    const c = await center('08:00');
    const kept = await c.book('09:00');
    await c.book('08:30');
    await c.h.api('POST', '/api/tickets', { serviceId: c.a.id });
    await c.h.api('POST', '/api/tickets', { serviceId: c.a.id });
    c.at('09:05');
    const kiosk = await c.h.open(await c.h.device('kiosk'), '/kiosk', { width: 1920, height: 1080 });
    await kiosk.getByRole('button', { name: /Tôi có lịch hẹn/ }).click();
    const keyboard = kiosk.getByRole('group', { name: 'Bàn phím' });
    for (const key of kept.code) await keyboard.getByRole('button', { name: key, exact: true }).click();
    await kiosk.getByRole('button', { name: 'Xác nhận lịch hẹn' }).click();
    await expect.poll(() => kiosk.getByTestId('kiosk-number').textContent()).toBe('A003');

    // The hall's next numbers tell the order the counters will call: the appointment first, with its time.
    const display = await c.h.open(await c.h.device('display'), '/display', { width: 1920, height: 1080 });
    await expect
      .poll(() => display.locator('.next__item[data-service="A"] .next__codes').textContent())
      .toBe('A003 (có hẹn 09:00)  A001  A002');

    const points = await c.h.api<ServicePoint[]>('GET', '/api/service-points');
    const q1 = points.find((p) => p.nameVi === 'Quầy 1')!.id;
    const counter = await c.h.open(await c.h.device('counter', q1), `/counter/${q1}`);
    await counter.getByRole('button', { name: /Gọi tiếp/ }).click();
    await counter.getByTestId('current-number').filter({ hasText: 'A003' }).waitFor();
    await counter.getByRole('button', { name: /Hoàn thành/ }).click();
    await counter.getByRole('dialog').getByRole('button', { name: 'Hoàn thành' }).click();
    await counter.getByText('Chưa có công dân', { exact: false }).waitFor();
    await counter.getByRole('button', { name: /Gọi tiếp/ }).click();
    await counter.getByTestId('current-number').filter({ hasText: 'A001' }).waitFor();

    // 08:30's window ended at 08:45 without a check-in: missed.
    const day = await c.h.api<Appointment[]>('GET', '/api/appointments?day=2026-12-07');
    expect(day.map((x) => [x.time, x.status])).toEqual([
      ['08:30', 'missed'],
      ['09:00', 'checked_in'],
    ]);
    const reports = await c.h.open(await c.h.device('reports'), '/reports/appointments');
    // The first report starts the report worker (its own process, at a lower priority): seconds on a loaded machine.
    await expect.poll(() => figure(reports, 'Đã đặt'), { timeout: 15_000 }).toBe('2');
    expect(await figure(reports, 'Đến đúng giờ')).toBe('1');
    expect(await figure(reports, 'Đến muộn')).toBe('0');
    expect(await figure(reports, 'Lỡ hẹn')).toBe('1');
    expect(await figure(reports, 'Đã huỷ')).toBe('0');
    expect(await figure(reports, 'Tự lấy số ở máy')).toBe('1');
    expect(await figure(reports, 'Cấp tại bàn tiếp đón')).toBe('2');
  }, 90_000);
});

describe('numbers held for appointments', () => {
  it('refuse a walk-in (the greeter’s card says why) until the set time; then the walk-in gets one', async () => {
    const c = await center('08:00', { held: 1, heldUntil: '09:05' });
    await c.h.api('PATCH', `/api/services/${c.a.id}`, { dailyCap: 2 });
    await c.book('09:30');
    await c.h.api('POST', '/api/tickets', { serviceId: c.a.id });
    const greeter = await c.h.open(await c.h.device('greeter'), '/greeter');
    // The greeter decides from the hold it was sent and its own clock: the same morning as the server's.
    await greeter.clock.setFixedTime(c.clock.now);
    await greeter.reload();
    const card = greeter.locator('.service-button').filter({ hasText: 'Hộ tịch – Chứng thực' });
    // The card says why it gives no number (a tap cannot issue one), and the server refuses as well.
    await card.getByText('Số còn lại giữ cho lịch hẹn (1) · đến 09:05').waitFor();
    expect(await card.isDisabled()).toBe(true);
    const refused = await fetch(`${c.h.base}/api/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: c.a.id }),
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { vi: string } }).error.vi).toContain(
      'được giữ cho người đã đặt lịch hẹn đến 09:05',
    );
    // 09:05: the held number goes to walk-ins.
    c.at('09:05');
    await greeter.clock.setFixedTime(c.clock.now);
    await greeter.reload();
    await card.getByText('lịch hẹn', { exact: false }).waitFor({ state: 'detached' });
    await card.click();
    await expect.poll(() => greeter.getByTestId('issued-number').textContent()).toBe('A002');
  }, 60_000);
});
