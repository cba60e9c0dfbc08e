/**
 * Setup's province tab in Chromium: the manager sets the commune's administrative-unit code (a wrong one is
 * refused at the field, in Vietnamese), sees the signing key's fingerprint to read to the province, gives the hub's
 * address and token (never shown back), and sees a try that did not reach the hub with its next try.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CenterIdentity, HubSendingStatus } from '../../src/shared/contract/week-file';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => h.close());

describe('setup: the weekly report to the province', () => {
  it(
    'sets the code, shows the fingerprint, keeps the token hidden and shows what the hub answered',
    { timeout: 120_000 },
    async () => {
      const page = await h.open(ADMIN, '/admin/province');
      await page.waitForSelector('.admin-province__fingerprint');
      const identity = await h.api<CenterIdentity>('GET', '/api/center-identity');
      expect(await page.locator('.admin-province__fingerprint code').textContent()).toBe(identity.fingerprint);

      const code = page.getByLabel('Mã đơn vị hành chính (5 chữ số)');
      await code.fill('4');
      await page.getByLabel('Tỉnh, thành phố').fill('Thành phố Hà Nội');
      await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
      await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('.admin-field__error').first().textContent()).toContain('đúng 5 chữ số');
      await code.fill('00004');
      await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
      await page.getByText('Đã lưu thông tin trung tâm.').waitFor();
      expect(await h.api<CenterIdentity>('GET', '/api/center-identity')).toMatchObject({
        code: '00004',
        province: 'Thành phố Hà Nội',
        volunteersAgreed: false,
      });

      await page.getByLabel('Địa chỉ máy chủ tỉnh').fill('http://127.0.0.1:9');
      await page.getByLabel('Mã trung tâm do tỉnh cấp').fill('center-token-from-the-province');
      await page.getByRole('button', { name: 'Lưu', exact: true }).nth(1).click();
      await page.getByText('Đã lưu. Các tuần đã xong').waitFor();
      expect(await page.getByLabel('Mã trung tâm do tỉnh cấp').inputValue()).toBe('');
      const status = await h.api<HubSendingStatus>('GET', '/api/hub-sending');
      expect(status).toMatchObject({ address: 'http://127.0.0.1:9', tokenSet: true });
      expect(JSON.stringify(status)).not.toContain('center-token-from-the-province');

      await page.getByRole('button', { name: 'Gửi ngay các tuần đã xong' }).click();
      await page.locator('.admin-table td', { hasText: 'không kết nối được' }).first().waitFor({ timeout: 60_000 }); // the week's file is made by the report worker first
      expect(await page.getByText(/Chưa gửi được; sẽ thử lại lúc \d\d\/\d\d\/\d{4} \d\d:\d\d/).count()).toBe(1);
    },
  );
});
