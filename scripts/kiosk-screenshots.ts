/**
 * `npm run screenshots:kiosk`: the kiosk (issue 22) on a crowded morning at 09:20 — its start, its search with the
 * on-screen keyboard and a number just taken — in portrait (1080×1920) and landscape (1920×1080), and setup's
 * appointments tab, the greeter checking an appointment in and the reports' appointments tab at 1920×1080 and
 * 1366×768, into docs/screenshots/. The server's and the browser's clocks are
 * set to this morning. Needs `npm run build:web`.
 */
import type { Page } from 'playwright-core';
import type { AppointmentAnswer } from '../src/shared/appointment-api';
import type { Service } from '../src/shared/domain';
import { serviceDayOf, serviceDayStart } from '../src/shared/time';
import { seedBusyMorning } from '../tests/helpers/busy-morning';
import { join } from 'node:path';
import { OUT, SHOTS_ADMIN as ADMIN, SIZES, startShotServer } from './shot-kit';

const today = serviceDayOf(Date.now());
const at = (hh: number, mm: number) => serviceDayStart(today) + (hh * 60 + mm) * 60_000 - Date.now();
/** The server's clock: 08:00 while the morning is made, 09:20 for the pictures. */
let offset = at(8, 0);
const shots = await startShotServer('kiosk', { clock: () => Date.now() + offset });
const { base, api } = shots;

async function open(token: string, path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await shots.open(viewport, null);
  await page.clock.install({ time: Date.now() + offset });
  await page.goto(`${base}/signin#token=${token}`);
  await page.waitForURL((url) => url.pathname !== '/signin');
  await page.goto(base + path);
  return page;
}

/**
 * shot-kit's `shoot`, for a page whose clock is installed (its polling of the images does not run then): the
 * fonts, every picture loaded, then the picture.
 */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate('document.fonts.ready');
  await page.evaluate(
    'Promise.all([...document.images].map((i) => i.complete || new Promise((r) => (i.onload = i.onerror = r))))',
  );
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}

try {
  await seedBusyMorning(base, ADMIN);
  const services = await api<Service[]>('GET', '/api/services');
  const a = services.find((s) => s.prefix === 'A')!;
  const b = services.find((s) => s.prefix === 'B')!;
  await api('PATCH', `/api/services/${a.id}`, { dailyCap: 80, issuingHours: [{ from: '07:30', to: '11:30' }] });
  await api('PATCH', `/api/services/${b.id}`, { dailyCap: 40, issuingHours: [{ from: '07:30', to: '16:30' }] });
  await api('PATCH', '/api/appointments/settings', {
    services: [
      { serviceId: a.id, slotMinutes: 30, perSlot: 3, held: 6, heldUntil: '10:30' },
      { serviceId: b.id, slotMinutes: 30, perSlot: 2, held: 4, heldUntil: '14:00' },
    ],
  });
  const people = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Hoàng Nam', 'Phạm Thu Trang', 'Vũ Đức Thắng', 'Đặng Mai Anh'];
  const booked: AppointmentAnswer[] = [];
  for (const [i, time] of ['09:00', '09:00', '09:30', '09:30', '10:00', '10:30', '11:00'].entries())
    booked.push(
      await api<AppointmentAnswer>('POST', '/api/appointments', {
        serviceId: i % 3 === 2 ? b.id : a.id,
        day: today,
        time,
        name: people[i % people.length],
        phoneLast4: String(4821 + i * 137).slice(-4),
      }),
    );
  offset = at(9, 5);
  await api('POST', '/api/appointments/check-in', { code: booked[0]!.code });
  offset = at(9, 20);
  await api('POST', '/api/appointments/check-in', { code: booked[2]!.code, priority: 'elderly' });
  await api('DELETE', `/api/appointments/${booked[6]!.id}`);
  const kiosk = (await api<{ token: string }>('POST', '/api/devices', { name: 'Máy tự lấy số', role: 'kiosk' })).token;

  for (const [name, size] of [
    ['1080x1920', { width: 1080, height: 1920 }],
    ['1920x1080', { width: 1920, height: 1080 }],
  ] as const) {
    const page = await open(kiosk, '/kiosk', size);
    await page.getByRole('button', { name: /Tôi cần làm thủ tục/ }).waitFor();
    await page.waitForTimeout(500);
    await shoot(page, `kiosk-${name}`);
    await page.getByRole('button', { name: /Tôi cần làm thủ tục/ }).click();
    for (const key of 'khai sinh') {
      const keyboard = page.getByRole('group', { name: 'Bàn phím' });
      if (key === ' ') await keyboard.getByRole('button', { name: 'Dấu cách' }).click();
      else await keyboard.getByRole('button', { name: key, exact: true }).click();
    }
    await shoot(page, `kiosk-search-${name}`);
    await page
      .getByRole('button', { name: /^Đăng ký khai sinh/ })
      .first()
      .click();
    await shoot(page, `kiosk-priority-${name}`);
    await page.getByRole('button', { name: 'Không — lấy số thường' }).click();
    await page.getByTestId('kiosk-number').waitFor();
    await shoot(page, `kiosk-number-${name}`);
    await page.context().close();
  }
  for (const size of SIZES) {
    const page = await open(ADMIN, '/admin/appointments', size);
    await page.locator('.appointments-table').waitFor();
    await page.waitForTimeout(300);
    await shoot(page, `setup-appointments-${size.width}x${size.height}`);
    await page.context().close();
  }
  // The greeter checks an appointment in by its code: on time (09:30) at one size, late (09:00) at the other.
  const greeter = (await api<{ token: string }>('POST', '/api/devices', { name: 'Tiếp đón', role: 'greeter' })).token;
  for (const [size, code] of [
    [SIZES[0]!, booked[3]!.code],
    [SIZES[1]!, booked[1]!.code],
  ] as const) {
    const page = await open(greeter, '/greeter', size);
    await page.getByLabel('Mã lịch hẹn').fill(code);
    await page.getByRole('button', { name: 'Xác nhận lịch hẹn' }).click();
    await page.getByTestId('issued-number').waitFor();
    await shoot(page, `greeter-check-in-${size.width}x${size.height}`);
    await page.context().close();
  }
  // The reports screen's appointments tab.
  const reports = (await api<{ token: string }>('POST', '/api/devices', { name: 'Báo cáo', role: 'reports' })).token;
  for (const size of SIZES) {
    const page = await open(reports, '/reports/appointments', size);
    await page.getByTestId('appointment-figures').waitFor();
    await shoot(page, `reports-appointments-${size.width}x${size.height}`);
    await page.context().close();
  }
} finally {
  await shots.close();
}
