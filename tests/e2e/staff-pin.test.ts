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
    // A new person has no PIN to keep: the field says what it is for, not "Để trống nếu không đổi".
    await page.getByText('Không bắt buộc. Để trống thì người này đăng nhập ở quầy', { exact: false }).waitFor();
    expect(await page.getByText('Để trống nếu không đổi', { exact: false }).count()).toBe(0);
    await page.getByLabel('Họ và tên', { exact: false }).first().fill('Trần Văn Hùng');
    await page.getByLabel('Mã PIN đăng nhập tại quầy (4–6 chữ số)').fill('2468');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Trần Văn Hùng').first().waitFor();
    const hung = (await h.api<Staff[]>('GET', '/api/staff')).find((s) => s.name === 'Trần Văn Hùng')!;
    const q1 = (await h.api<ServicePoint[]>('GET', '/api/service-points')).find((p) => p.nameVi === 'Quầy 1')!;
    const path = `${h.base}/api/service-points/${q1.id}/staff-session`;
    // Typed at the counter itself: an admin signs a person in without a PIN (issue 24, point 3).
    const counter = await h.device('counter', q1.id);
    const signIn = (pin: string) =>
      fetch(path, {
        method: 'POST',
        headers: { authorization: `Bearer ${counter}`, 'content-type': 'application/json' },
        body: JSON.stringify({ staffId: hung.id, pin }),
      });
    expect((await signIn('1111')).status).toBe(403);
    expect((await signIn('2468')).status).toBe(200);
  });
});
