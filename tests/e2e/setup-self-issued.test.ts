/**
 * Setup's overview tells the kiosk's tickets apart (issue 22: "the greeter and setup see the kiosk's tickets marked
 * as self-issued"), in Chromium against a real server: the numbers next in line carry the mark, and today's tickets
 * are counted apart — taken at the kiosk, issued by staff — per service and in all, following the queue live.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Service } from '../../src/shared/domain';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe("setup's overview and the kiosk's tickets", () => {
  it('marks the self-issued numbers next in line and counts them apart from those issued by staff', async () => {
    h = await screensHarness();
    const a = (await h.api<Service[]>('GET', '/api/services')).find((s) => s.prefix === 'A')!;
    const kiosk = await h.device('kiosk');
    const issue = async (token: string) => {
      const response = await fetch(`${h!.base}/api/tickets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: a.id }),
      });
      expect(response.status).toBe(201);
    };
    await issue(await h.device('greeter'));
    await issue(kiosk);
    await issue(kiosk);

    const page = await h.open(ADMIN, '/admin');
    const tile = page.locator('.admin-tile').filter({ hasText: 'Số tiếp theo: A001' });
    await tile.getByText('Số tiếp theo: A001, A002 (tự lấy ở máy), A003 (tự lấy ở máy)').waitFor();
    await tile.getByText('Hôm nay tự lấy ở máy: 2 số').waitFor();
    const today = page.getByTestId('issued-today');
    await expect
      .poll(() => today.textContent())
      .toBe('Hôm nay đã cấp 3 số: 1 số do nhân viên cấp, 2 số công dân tự lấy ở máy.');

    // The kiosk gives another: the overview follows without a reload.
    await issue(kiosk);
    await expect
      .poll(() => today.textContent(), { timeout: 15_000 })
      .toBe('Hôm nay đã cấp 4 số: 1 số do nhân viên cấp, 3 số công dân tự lấy ở máy.');
    await tile.getByText('Hôm nay tự lấy ở máy: 3 số').waitFor();
  }, 60_000);
});
