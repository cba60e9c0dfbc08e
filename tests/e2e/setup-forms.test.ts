/**
 * Setup's lists in Chromium, as a manager fills them in on the first morning: a zone, a service and a kind of
 * help, each named in Vietnamese and English through the same name fields; a missing name is refused in place
 * and nothing is saved; what is saved reaches the greeter's screen without a reload.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HelpKindEntry, Service, Zone } from '../../src/shared/domain';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => h.close());

describe('setup: naming zones, services and kinds of help', () => {
  it('refuses a zone without a Vietnamese name at the field, then saves it named in both languages', async () => {
    const page = await h.open(ADMIN, '/admin/zones');
    await page.getByRole('button', { name: 'Thêm khu vực' }).click();
    await page.getByLabel('Tên tiếng Anh').fill('Second-floor one-stop area');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const viName = page.getByLabel('Tên tiếng Việt');
    await expect.poll(() => viName.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.admin-field__error').first().textContent()).toContain('Cần nhập tên tiếng Việt');
    expect((await h.api<Zone[]>('GET', '/api/zones')).map((z) => z.nameEn)).not.toContain('Second-floor one-stop area');

    await viName.fill('Khu một cửa tầng 2');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã thêm “Khu một cửa tầng 2”').waitFor();
    const zone = (await h.api<Zone[]>('GET', '/api/zones')).find((z) => z.nameVi === 'Khu một cửa tầng 2');
    expect(zone?.nameEn).toBe('Second-floor one-stop area');
  });

  it('retires a zone only when nothing in use is in it, saying why in place; setup then stops offering it', async () => {
    const temporary = await h.api<Zone>('POST', '/api/zones', { nameVi: 'Khu tạm tầng 2', nameEn: 'Temporary area' });
    const page = await h.open(ADMIN, '/admin/zones');
    const edit = async (name: string) => {
      await page.locator('.admin-list li', { hasText: name }).getByRole('button', { name: 'Sửa' }).click();
      await page.getByLabel('Tên tiếng Việt').waitFor();
    };
    await edit('Khu hỗ trợ người cao tuổi');
    await page.getByLabel('Đang sử dụng').uncheck();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText(/còn \d+ dịch vụ \/ quầy đang dùng/).waitFor();
    expect((await h.api<Zone[]>('GET', '/api/zones')).every((z) => z.active)).toBe(true);
    await page.getByRole('button', { name: 'Huỷ' }).click();

    await edit('Khu tạm tầng 2');
    await page.getByLabel('Đang sử dụng').uncheck();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page
      .locator('.admin-list li', { hasText: 'Khu tạm tầng 2' })
      .getByText(/Ngừng sử dụng/)
      .waitFor();
    expect((await h.api<Zone[]>('GET', '/api/zones')).find((z) => z.id === temporary.id)?.active).toBe(false);

    await page.goto(`${h.base}/admin/services`);
    await page.getByRole('button', { name: 'Thêm dịch vụ' }).click();
    const zoneChoices = await page.getByLabel('Khu vực').locator('option').allTextContents();
    expect(zoneChoices).toContain('Khu hỗ trợ người cao tuổi');
    expect(zoneChoices).not.toContain('Khu tạm tầng 2');
  });

  it('adds a service that the greeter can issue at once, and a kind of help with its code', async () => {
    const greeter = await h.open(await h.device('greeter'), '/greeter');
    await greeter.locator('.service-button').first().waitFor();

    const page = await h.open(ADMIN, '/admin/services');
    await page.getByRole('button', { name: 'Thêm dịch vụ' }).click();
    await page.getByLabel('Chữ cái đầu số').fill('TP');
    await page.getByLabel('Tên tiếng Việt').fill('Tư pháp – Hộ tịch');
    await page.getByLabel('Tên tiếng Anh').fill('Justice – Civil status');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã thêm “Tư pháp – Hộ tịch”').waitFor();
    const service = (await h.api<Service[]>('GET', '/api/services')).find((s) => s.prefix === 'TP');
    expect([service?.nameVi, service?.nameEn]).toEqual(['Tư pháp – Hộ tịch', 'Justice – Civil status']);
    await greeter.locator('.service-button', { hasText: 'Tư pháp – Hộ tịch' }).waitFor();

    await page.goto(`${h.base}/admin/helpKinds`);
    await page.getByRole('button', { name: 'Thêm loại hỗ trợ' }).click();
    await page.getByLabel('Tên tiếng Việt').fill('Hướng dẫn cài ứng dụng VNeID');
    await page.getByLabel('Tên tiếng Anh').fill('Help installing the VNeID app');
    await page.getByLabel('Mã').fill('cai_vneid');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã thêm “Hướng dẫn cài ứng dụng VNeID”').waitFor();
    const kind = (await h.api<HelpKindEntry[]>('GET', '/api/help-kinds')).find((k) => k.code === 'cai_vneid');
    expect([kind?.nameVi, kind?.nameEn]).toEqual(['Hướng dẫn cài ứng dụng VNeID', 'Help installing the VNeID app']);
  });
});
