/**
 * Signing screens in, in Chromium: a TV types the pairing code the admin screen shows; a used link and a revoked
 * device each get a clear screen (never a blank one) with the way back in; the setup's backup tab makes a copy
 * and restores one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreatedDevice } from '../../src/shared/api';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';
import { STEP_TIMEOUT_MS } from '../helpers/browser';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

async function freshPage(path: string, size = { width: 1366, height: 768 }) {
  const context = await h.browser.newContext({ viewport: size, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  await page.goto(h.base + path);
  return page;
}

describe('signing a screen in', () => {
  it('a TV signs in with the 10-digit code shown in the admin screen', async () => {
    const admin = await h.open(ADMIN, '/admin/devices');
    await admin.getByRole('radio', { name: /Màn hình chờ/ }).check();
    await admin.getByLabel('Tên thiết bị').fill('TV sảnh chờ');
    await admin.getByRole('button', { name: 'Tạo thiết bị' }).click();
    const code = (await admin.getByTestId('pairing-code').textContent())!.replace(/\s/g, '');
    expect(code).toMatch(/^\d{10}$/);

    const tv = await freshPage('/display', { width: 1920, height: 1080 });
    await tv.getByText('Thiết bị này chưa đăng nhập').waitFor();
    await tv.getByLabel('Mã ghép nối (10 chữ số)').fill(code);
    await tv.getByRole('button', { name: 'Đăng nhập' }).click();
    await tv.waitForURL((url) => url.pathname === '/display');
    await tv.locator('.display').first().waitFor();
  });

  it('a used link says so, and offers the pairing code instead of a blank page', async () => {
    const created = await h.api<CreatedDevice>('POST', '/api/devices', {
      name: 'Quầy 1',
      role: 'counter',
      servicePointId: 1,
    });
    const first = await freshPage(new URL(created.signInUrl).pathname + new URL(created.signInUrl).hash);
    await first.waitForURL((url) => url.pathname === '/counter/1');
    const second = await freshPage(new URL(created.signInUrl).pathname + new URL(created.signInUrl).hash);
    await second.getByText('Không đăng nhập được thiết bị này').waitFor();
    await second.getByText(/đã được dùng rồi/).waitFor();
    await second.getByLabel('Mã ghép nối (10 chữ số)').waitFor();
  });

  it('a revoked display shows that it was revoked, at once', async () => {
    const created = await h.api<CreatedDevice>('POST', '/api/devices', {
      name: 'TV tầng 2',
      role: 'display',
      servicePointId: null,
    });
    const tv = await freshPage(`/signin#token=${new URL(created.signInUrl).hash.replace('#token=', '')}`);
    await tv.waitForURL((url) => url.pathname === '/display');
    await tv.locator('.display').first().waitFor();
    await h.api('DELETE', `/api/devices/${created.device.id}`);
    await tv.getByText('Thiết bị này đã bị thu hồi').waitFor();
    await tv.getByText(/đã thu hồi quyền truy cập của thiết bị “TV tầng 2”/).waitFor();
  });

  it('revoking from setup asks first, in place, and a stray Enter revokes nothing', async () => {
    const created = await h.api<CreatedDevice>('POST', '/api/devices', {
      name: 'TV tầng 3',
      role: 'display',
      servicePointId: null,
    });
    const tv = await freshPage(`/signin#token=${new URL(created.signInUrl).hash.replace('#token=', '')}`);
    await tv.locator('.display').first().waitFor();
    const admin = await h.open(ADMIN, '/admin/devices');
    const row = admin.locator('tr', { hasText: 'TV tầng 3' });
    await row.getByRole('button', { name: 'Thu hồi' }).click();
    const question = admin.getByText('Thu hồi thiết bị “TV tầng 3”?');
    await expect.poll(() => question.evaluate((p) => p.matches(':focus'))).toBe(true);
    await admin.keyboard.press('Enter');
    const listed = async () =>
      (await h.api<{ id: number; revokedAt: number | null }[]>('GET', '/api/devices')).find(
        (d) => d.id === created.device.id,
      )?.revokedAt;
    expect(await listed()).toBeNull();
    await admin.getByRole('button', { name: 'Đồng ý thu hồi' }).click();
    await tv.getByText('Thiết bị này đã bị thu hồi').waitFor();
    expect(await listed()).toEqual(expect.any(Number));
  });
});

describe('the devices tab', () => {
  it('renames a device in place: its name field takes the focus, and the screen stays signed in', async () => {
    const created = await h.api<CreatedDevice>('POST', '/api/devices', {
      name: 'TV tang 1',
      role: 'display',
      servicePointId: null,
    });
    const tv = await freshPage(`/signin#token=${new URL(created.signInUrl).hash.replace('#token=', '')}`);
    await tv.locator('.display').first().waitFor();
    const admin = await h.open(ADMIN, '/admin/devices');
    await admin.locator('tr', { hasText: 'TV tang 1' }).getByRole('button', { name: 'Đổi tên' }).click();
    const field = admin.getByLabel('Tên mới của thiết bị');
    await expect.poll(() => field.evaluate((input) => input.matches(':focus'))).toBe(true);
    await field.fill('TV sảnh chờ tầng 1');
    await admin.keyboard.press('Enter');
    await admin.getByText('Đã đổi tên thành “TV sảnh chờ tầng 1”').waitFor();
    await admin.locator('th', { hasText: 'TV sảnh chờ tầng 1' }).waitFor();
    expect(await admin.locator('th', { hasText: 'TV tang 1' }).count()).toBe(0);
    // The TV was not signed out: it still shows the hall.
    await tv.reload();
    await tv.locator('.display').first().waitFor();
  });
});

describe('the backup tab', () => {
  it('makes a copy with “Sao lưu ngay” and restores it after confirmation', async () => {
    await h.api('POST', '/api/tickets', { serviceId: 1 });
    const admin = await h.open(ADMIN, '/admin/backup');
    await admin.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await admin.getByText(/Đã sao lưu vào luot-/).waitFor();
    await h.api('POST', '/api/tickets', { serviceId: 1 });
    await admin.getByRole('button', { name: 'Khôi phục' }).first().click();
    const restore = admin.getByRole('button', { name: 'Khôi phục', exact: true }).last();
    await expect.poll(() => restore.isDisabled()).toBe(true);
    await admin.getByText('Tôi hiểu, khôi phục bản này').click();
    await restore.click();
    await admin.getByText(/Đang khôi phục/).waitFor();
    // The server comes back on the copy: one ticket, not two; the page reloads by itself.
    await expect
      .poll(
        async () =>
          (await h.api<{ services: { waitingCount: number }[] }>('GET', '/api/queue')).services[0]!.waitingCount,
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    // The page reloaded by itself on the restored data.
    await admin.getByText(/Đang khôi phục/).waitFor({ state: 'detached', timeout: 15_000 });
    await admin.getByRole('heading', { name: 'Sao lưu dữ liệu' }).waitFor();
  });
});
