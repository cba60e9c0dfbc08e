/**
 * A new service takes its procedures along (issue 19 §4), in Chromium: "sao y" issues to Hộ tịch – Chứng thực;
 * setup adds "Chứng thực", offers the certification procedures and moves them with one tap; the list says how many
 * procedures lead to each service; the greeter's "sao y" then issues CT001; retiring the service asks where its
 * procedures go, and they go there.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/shared/procedures';
import type { Service } from '../../src/shared/domain';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
afterEach(async () => h?.close());

/** The greeter looks "sao y" up and issues what it finds (the chosen procedure selects its service). */
async function issueSaoY(greeter: Page, expected: string): Promise<void> {
  await greeter.keyboard.press('/');
  await greeter.keyboard.type('sao y');
  await greeter.locator('.procedure-result').first().filter({ hasText: 'Chứng thực bản sao từ bản chính' }).waitFor();
  await greeter.keyboard.press('Enter');
  await greeter.locator('.guide').getByRole('heading', { name: 'Chứng thực bản sao từ bản chính' }).waitFor();
  await greeter.keyboard.press('Enter');
  await expect.poll(() => greeter.getByTestId('issued-number').textContent()).toBe(expected);
}

describe('a new service takes its procedures along', () => {
  it('adding "Chứng thực" offers its procedures; one tap moves them and the greeter issues "sao y" to it', async () => {
    h = await screensHarness();
    const greeter = await h.open(await h.device('greeter'), '/greeter');
    await greeter.locator('.service-button').first().waitFor();
    await issueSaoY(greeter, 'A001');

    const page = await h.open(ADMIN, '/admin/services');
    const row = (name: string) => page.locator('.admin-list li', { hasText: name });
    await row('Hộ tịch – Chứng thực')
      .getByText(/\d+ thủ tục cấp số vào đây/)
      .waitFor();
    await page.getByRole('button', { name: 'Thêm dịch vụ' }).click();
    await page.getByLabel('Chữ cái đầu số').fill('CT');
    await page.getByLabel('Tên tiếng Việt').fill('Chứng thực');
    await page.getByLabel('Tên tiếng Anh').fill('Certification');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã thêm “Chứng thực”').waitFor();

    const offer = page.locator('.procedure-offer');
    await offer.getByRole('heading', { name: /thủ tục có thể thuộc “Chứng thực”/ }).waitFor();
    const saoY = offer.getByRole('checkbox', { name: /Chứng thực bản sao từ bản chính/ });
    expect(await saoY.isChecked()).toBe(true);
    await offer.getByText('hiện cấp số vào: A · Hộ tịch – Chứng thực').first().waitFor();
    const offered = await offer.getByRole('checkbox').count();
    await offer.getByRole('button', { name: `Chuyển ${offered} thủ tục sang “Chứng thực”` }).click();
    await page.getByText(`Đã chuyển ${offered} thủ tục sang “Chứng thực”`, { exact: false }).waitFor();
    await row('Chứng thực').filter({ hasText: 'CT' }).getByText(`${offered} thủ tục cấp số vào đây`).waitFor();

    const ct = (await h.api<Service[]>('GET', '/api/services')).find((s) => s.prefix === 'CT')!;
    const procedures = await h.api<Procedure[]>('GET', '/api/procedures');
    expect(procedures.find((p) => p.nameVi === 'Chứng thực bản sao từ bản chính')!.serviceId).toBe(ct.id);
    expect(procedures.find((p) => p.nameVi === 'Đăng ký khai sinh')!.serviceId).not.toBe(ct.id);

    // The greeter already open follows setup: "sao y" now issues to Chứng thực.
    await greeter.locator('.service-button', { hasText: 'Chứng thực' }).filter({ hasText: 'CT' }).waitFor();
    await greeter.keyboard.press('Escape');
    await issueSaoY(greeter, 'CT001');

    // Retiring it asks where its procedures go, and sends them there.
    await row('Chứng thực').filter({ hasText: 'CT' }).getByRole('button', { name: 'Sửa' }).click();
    await page.getByLabel('Đang sử dụng').uncheck();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Hãy chọn dịch vụ nhận các thủ tục này.').waitFor();
    expect((await h.api<Service[]>('GET', '/api/services')).find((s) => s.id === ct.id)!.active).toBe(true);
    await page
      .getByLabel('Các thủ tục của dịch vụ này chuyển sang')
      .selectOption({ label: 'A · Hộ tịch – Chứng thực' });
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu “Chứng thực”', { exact: false }).waitFor();
    const after = await h.api<Procedure[]>('GET', '/api/procedures');
    expect(after.filter((p) => p.active && p.serviceId === ct.id)).toEqual([]);
    expect((await h.api<Service[]>('GET', '/api/services')).find((s) => s.id === ct.id)!.active).toBe(false);
  }, 90_000);
});
