/**
 * The counter at its edges (issue 19 §6): a pause by reason chip and Enter, what a paused counter shows, the
 * priority rule in force as setup states it, and undoing a call, a resolve or a transfer within a minute.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ServicePoint } from '../../src/shared/domain';
import {
  pressAtCounter,
  screensHarness,
  type ScreensHarness,
  undoAtCounter,
  holdFirstAnswer,
  staysForASecond,
} from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

async function counter(nameVi = 'Quầy 1'): Promise<{ page: Page; id: number }> {
  const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
  const id = points.find((p) => p.nameVi === nameVi)!.id;
  const page = await h.open(await h.device('counter', id), `/counter/${id}`);
  await page.getByRole('button', { name: /Gọi tiếp/ }).waitFor();
  return { page, id };
}

describe('pausing a counter', () => {
  it('a reason chip, then Enter pauses; the panel says so and "Gọi tiếp" looks disabled', async () => {
    await h.api('POST', '/api/tickets', { serviceId: 1 });
    const { page } = await counter();
    await pressAtCounter(page, 't', 'pause');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Nghỉ trưa' }).click();
    await dialog
      .getByRole('button', { name: /Tạm dừng/ })
      .filter({ hasText: 'Enter' })
      .waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Đang tạm dừng: Nghỉ trưa').first().waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // The panel where the citizen's number would be says the counter is paused and how to go on.
    const panel = page.locator('.current');
    await panel.getByText('Quầy đang tạm dừng', { exact: false }).waitFor();
    await panel.getByText('Tiếp tục', { exact: false }).waitFor();
    const next = page.getByRole('button', { name: /Gọi tiếp/ });
    expect(await next.isDisabled()).toBe(true);
    // Looks disabled: not the filled blue of the main action, and faded.
    expect(await next.getAttribute('class')).not.toContain('action--primary');
    const opacity = await page.evaluate(`getComputedStyle(document.querySelector('[data-action="next"]')).opacity`);
    expect(Number(opacity)).toBeLessThan(0.6);
  });
});

describe('the priority rule in force', () => {
  it('the counter states the rule as setup does, and follows a change', async () => {
    await h.api('PATCH', '/api/settings', { priorityPolicy: { kind: 'ratio', regularPerPriority: 2 } });
    const { page } = await counter();
    await page.getByText('Cứ gọi 2 người thường thì quầy gọi 1 người ưu tiên', { exact: false }).waitFor();
    await h.api('PATCH', '/api/settings', { priorityPolicy: { kind: 'strict', regularPerPriority: 2 } });
    await page.getByText('Còn người ưu tiên đang chờ thì quầy luôn gọi họ trước', { exact: false }).waitFor();
  });

  it('two changes in a row: the first answered last does not put the older rule back', async () => {
    const { page } = await counter();

    // The first change's settings are read at once and held, as a busy host's answer would be …
    const held = await holdFirstAnswer(page, '**/api/settings');
    await h.api('PATCH', '/api/settings', { priorityPolicy: { kind: 'ratio', regularPerPriority: 3 } });
    await held.asked;
    // … while the second is made and shown.
    await h.api('PATCH', '/api/settings', { priorityPolicy: { kind: 'strict', regularPerPriority: 3 } });
    const strict = page.getByText('Còn người ưu tiên đang chờ thì quầy luôn gọi họ trước', { exact: false });
    await strict.waitFor();

    held.release();
    await held.handedOver;
    // The late answer is read within milliseconds; for a second after it the rule in force stays on screen.
    await staysForASecond(page, () => strict.count(), 1);
  });
});

describe('undoing a step at the counter', () => {
  it('a call, a resolve and a transfer are taken back with Z or a tap, and the screen shows what stands', async () => {
    const first = await h.api<{ ticket: { id: number; displayCode: string } }>('POST', '/api/tickets', {
      serviceId: 1,
    });
    await h.api('POST', '/api/tickets', { serviceId: 1 });
    const { page } = await counter();
    const panel = page.locator('.current');
    const undo = page.locator('[data-undo]');
    // The counter ignores its keys while a step is on its way (the bar is busy): press once the button can be.
    const press = (key: string, step: string) => pressAtCounter(page, key, step);

    // A call by mistake: Z puts the number back at the head of the waiting list.
    await press('g', 'next');
    await panel.getByText(first.ticket.displayCode).waitFor();
    await undo.getByText(`Vừa gọi số ${first.ticket.displayCode}.`).waitFor();
    expect(await undo.getByText(/còn \d+ giây/).isVisible()).toBe(true);
    await undoAtCounter(page);
    await undo.waitFor({ state: 'hidden' });
    await panel.getByText(first.ticket.displayCode).waitFor({ state: 'hidden' });
    expect((await page.locator('.waiting-list li').first().textContent()) ?? '').toContain(first.ticket.displayCode);

    // A resolve by mistake: the case is served again, its file code kept for editing.
    await press('g', 'next');
    await panel.getByText(first.ticket.displayCode).waitFor();
    await press('b', 'start');
    await page.locator('[data-action="resolve"].action--primary').waitFor();
    await press('h', 'resolve');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã hồ sơ (nếu có)').fill('H40-0007');
    await dialog.getByRole('button', { name: /Hoàn thành/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await undo.getByText(`Vừa hoàn thành số ${first.ticket.displayCode}.`).waitFor();
    await undo.getByRole('button', { name: /Hoàn tác/ }).click();
    await panel.getByText(first.ticket.displayCode).waitFor();
    await page.locator('[data-action="resolve"].action--primary').waitFor();
    await press('h', 'resolve');
    expect(await dialog.getByLabel('Mã hồ sơ (nếu có)').inputValue()).toBe('H40-0007');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // A transfer by mistake: the case is back here, and gone from where it was sent.
    await press('c', 'transfer');
    await dialog.getByRole('radio').first().check();
    await dialog.getByRole('button', { name: /Chuyển/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await undo.getByText(`Vừa chuyển số ${first.ticket.displayCode} đi.`).waitFor();
    await undoAtCounter(page);
    await panel.getByText(first.ticket.displayCode).waitFor();
    const stored = await h.api<{ ticket: { status: string }; history: { type: string }[] }>(
      'GET',
      `/api/tickets/${first.ticket.id}`,
    );
    expect(stored.ticket.status).toBe('serving');
    expect(stored.history.map((e) => e.type).filter((type) => type === 'undone')).toHaveLength(4);
  });
});
