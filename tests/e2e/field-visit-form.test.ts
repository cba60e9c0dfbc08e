/**
 * The reports screen's field-visit form in Chromium (issue 20): each volunteer's own hours may be shorter than the
 * visit but never longer — a longer one is refused in the app's words (Vietnamese, and English after the language
 * switch), nothing is saved; shortened, the visit is kept with each one's hours (an empty box: the whole visit).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Staff } from '../../src/shared/domain';
import { addDays } from '../../src/shared/report-range';
import type { FieldVisit } from '../../src/shared/people';
import { RULE_TEXT } from '../../src/shared/schemas';
import { screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('the field-visit form', () => {
  it("refuses a volunteer's hours longer than the visit, in both languages, and keeps each one's own hours", async () => {
    h = await screensHarness();
    const mai = await h.api<Staff>('POST', '/api/staff', { name: 'Vũ Thị Mai', role: 'volunteer' });
    const hung = await h.api<Staff>('POST', '/api/staff', { name: 'Trần Văn Hùng', role: 'volunteer' });
    const page = await h.open(await h.device('reports'), '/reports/visits');
    const form = page.locator('form.report-form');
    await form.getByLabel('Số giờ', { exact: true }).fill('2');
    await form.getByLabel('Địa bàn (tổ dân phố, khu dân cư)').fill('Tổ dân phố số 7');
    const person = (name: string) => form.locator('.visits-person').filter({ hasText: name });
    await person('Vũ Thị Mai').getByRole('checkbox').check();
    await person('Trần Văn Hùng').getByRole('checkbox').check();
    await person('Trần Văn Hùng').getByLabel('Số giờ (nếu ít hơn cả chuyến)').fill('3');
    await form.getByRole('button', { name: 'Lưu chuyến đi' }).click();

    const refusal = RULE_TEXT['rule.volunteerHours'];
    await form.getByRole('alert').filter({ hasText: refusal.vi }).waitFor();
    await page.locator('.language-switch').click();
    await form.getByRole('alert').filter({ hasText: refusal.en }).waitFor();
    await page.locator('.language-switch').click();
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    const week = `from=${addDays(today, -1)}&to=${addDays(today, 1)}`;
    expect(await h.api<FieldVisit[]>('GET', `/api/field-visits?${week}`)).toEqual([]);

    // Hùng joined for the last hour and a half; Mai's box left empty: the whole visit.
    await person('Trần Văn Hùng').getByLabel('Số giờ (nếu ít hơn cả chuyến)').fill('1.5');
    await form.getByRole('button', { name: 'Lưu chuyến đi' }).click();
    await page.locator('.visits-list').getByText('Vũ Thị Mai, Trần Văn Hùng (1,5 giờ)', { exact: false }).waitFor();
    await expect.poll(() => form.getByRole('alert').count()).toBe(0);
    const [visit] = await h.api<FieldVisit[]>('GET', `/api/field-visits?${week}`);
    expect(visit).toMatchObject({ place: 'Tổ dân phố số 7', hours: 2 });
    expect(visit!.volunteers).toEqual([
      { staffId: mai.id, hours: 2 },
      { staffId: hung.id, hours: 1.5 },
    ]);
  }, 60_000);
});
