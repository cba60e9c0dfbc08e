/** Setup gives a person a PIN to sign in at a counter (issue 10: it could only be set through the API). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServicePoint, Staff } from '../../src/shared/domain';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => h.close());

describe('a staff PIN from setup', () => {
  it('adds a person with a PIN that then signs them in at a counter, and refuses a wrong one', async () => {
    const page = await h.open(ADMIN, '/admin/staff');
    await page.getByRole('button', { name: 'Thêm người' }).click();
    await page.getByLabel('Họ và tên', { exact: false }).first().fill('Trần Văn Hùng');
    await page.getByLabel('Mã PIN đăng nhập tại quầy (4–6 chữ số)').fill('2468');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Trần Văn Hùng').first().waitFor();
    const hung = (await h.api<Staff[]>('GET', '/api/staff')).find((s) => s.name === 'Trần Văn Hùng')!;
    const q1 = (await h.api<ServicePoint[]>('GET', '/api/service-points')).find((p) => p.nameVi === 'Quầy 1')!;
    const path = `${h.base}/api/service-points/${q1.id}/staff-session`;
    const signIn = (pin: string) =>
      fetch(path, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ staffId: hung.id, pin }),
      });
    expect((await signIn('1111')).status).toBe(403);
    expect((await signIn('2468')).status).toBe(200);
  });
});
