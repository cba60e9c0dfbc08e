/**
 * The documentation's pictures show the hall open whenever the script runs (issue 19, seen: made at night, every
 * service card read "Ngoài giờ cấp số"). The screenshot kit pins the server's and the pages' clocks to 09:30 in
 * Hà Nội on a working day.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedDevice } from '../../src/shared/api';
import { localParts } from '../../src/shared/time';
import { startShotServer, workingMorning, type ShotServer } from '../../scripts/shot-kit';

const at = (iso: string) => Date.parse(iso);

describe('the screenshot clock', () => {
  it('is 09:30 in Hà Nội on the same working day, or the Friday before a weekend', () => {
    // Tuesday 03:10 in Hà Nội (Monday evening UTC): that Tuesday's morning.
    expect(workingMorning(at('2026-12-07T20:10:00Z'))).toBe(at('2026-12-08T09:30:00+07:00'));
    // Friday late at night.
    expect(workingMorning(at('2026-12-11T23:50:00+07:00'))).toBe(at('2026-12-11T09:30:00+07:00'));
    // Saturday and Sunday: the Friday before.
    expect(workingMorning(at('2026-12-12T15:00:00+07:00'))).toBe(at('2026-12-11T09:30:00+07:00'));
    expect(workingMorning(at('2026-12-13T00:05:00+07:00'))).toBe(at('2026-12-11T09:30:00+07:00'));
  });

  let shots: ShotServer | undefined;
  afterEach(async () => shots?.close());

  it('runs the host and the pages at that morning: the greeter can issue, whatever the machine says', async () => {
    shots = await startShotServer('clock-test', {}, undefined, { daytime: true });
    const now = localParts(shots.now());
    expect(now.isoWeekday).toBeLessThanOrEqual(5);
    expect(now.minuteOfDay).toBeGreaterThanOrEqual(9 * 60 + 30);
    expect(now.minuteOfDay).toBeLessThan(9 * 60 + 40);

    const { token } = await shots.api<CreatedDevice>('POST', '/api/devices', { name: 'Cửa vào', role: 'greeter' });
    const page = await shots.open({ width: 1366, height: 768 }, token);
    await page.goto(`${shots.base}/greeter`);
    await page.locator('.service-button').first().waitFor();
    const pageDay = await page.evaluate(() => Date.now());
    expect(localParts(pageDay).day).toBe(now.day);
    expect(Math.abs(pageDay - shots.now())).toBeLessThan(60_000);
    expect(await page.locator('body').textContent()).not.toContain('Ngoài giờ cấp số');
    expect(await page.locator('.service-button:disabled').count()).toBe(0);
  });
});
