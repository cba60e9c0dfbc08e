/**
 * The greeter's fast paths file what was pressed (issue 19 §1, §2): U is always người cao tuổi whatever a mouse
 * chose before, every other class has its own key printed on its chip, a chip chosen with the mouse lasts one
 * ticket; Enter acts on the row the keyboard chose, never on the row under a resting pointer.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Service, Ticket } from '../../src/shared/domain';
import { screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

async function greeter(): Promise<Page> {
  const page = await h.open(await h.device('greeter'), '/greeter');
  await page.getByText('Hộ tịch – Chứng thực').first().waitFor();
  return page;
}

/** The stored ticket behind the number on the greeter's big card. */
async function issuedTicket(page: Page, code: string): Promise<Ticket> {
  await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe(code);
  for (let id = 1; ; id++) {
    const { ticket } = await h.api<{ ticket: Ticket }>('GET', `/api/tickets/${id}`);
    if (ticket.displayCode === code) return ticket;
  }
}

describe('priority is what the greeter pressed', () => {
  it('after a chip was tapped with the mouse, digit, U, Enter still issues an elderly ticket', async () => {
    const page = await greeter();
    await page.getByRole('button', { name: /Phụ nữ mang thai/ }).click();
    await page.locator('.service-button', { hasText: 'Hộ tịch – Chứng thực' }).click();
    expect((await issuedTicket(page, 'A001')).priority).toBe('pregnant');
    // The mouse's choice lasted one ticket: the greeter is back to "Thường".
    expect(await page.getByRole('button', { name: /Thường/ }).getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('1');
    await page.keyboard.press('u');
    await page.keyboard.press('Enter');
    expect((await issuedTicket(page, 'A002')).priority).toBe('elderly');
  });

  it('each other class has its own key, printed on its chip; U pressed twice is back to Thường', async () => {
    const page = await greeter();
    const keys: [string, Ticket['priority']][] = [
      ['k', 'disability'],
      ['m', 'pregnant'],
      ['n', 'small_child'],
      ['c', 'merit'],
    ];
    let number = 0;
    for (const [key, priority] of keys) {
      const chip = page.locator('.priority-picker button', {
        has: page.locator(`kbd`, { hasText: key.toUpperCase() }),
      });
      expect(await chip.count(), `a chip prints ${key.toUpperCase()}`).toBe(1);
      await page.keyboard.press('2');
      await page.keyboard.press(key);
      expect(await chip.getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Enter');
      number++;
      expect((await issuedTicket(page, `B00${number}`)).priority).toBe(priority);
    }
    await page.keyboard.press('2');
    await page.keyboard.press('u');
    await page.keyboard.press('u');
    await page.keyboard.press('Enter');
    expect((await issuedTicket(page, 'B005')).priority).toBe('none');
  });
});

describe('Enter issues the row the keyboard chose', () => {
  it('with the pointer resting where the results open, Enter, Enter issues the first row, not the hovered one', async () => {
    const services = await h.api<Service[]>('GET', '/api/services');
    const page = await greeter();
    await page.keyboard.press('/');
    await page.keyboard.type('xac nhan');
    const rows = page.locator('.procedure-result');
    await rows.nth(1).waitFor();
    // The pointer comes to rest on the second row (the volunteer let go of the mouse there), then the search changes
    // under it: the list is drawn anew beneath a pointer that never moved.
    const second = (await rows.nth(1).boundingBox())!;
    await page.mouse.move(second.x + second.width / 2, second.y + second.height / 2);
    await page.keyboard.press('Escape');
    await page.keyboard.type('xac nhan cu tru');
    await rows.first().filter({ hasText: 'Xác nhận thông tin về cư trú' }).waitFor();
    await rows.nth(1).waitFor();
    const [x, y] = [second.x + second.width / 2, second.y + second.height / 2];
    const under = (await page.evaluate(
      `document.elementFromPoint(${x}, ${y})?.closest('.procedure-result')?.textContent ?? null`,
    )) as string | null;
    expect(under, 'the pointer rests over another row').not.toBeNull();
    expect(under).not.toContain('Xác nhận thông tin về cư trú');
    // A hand resting on the mouse: the pointer stirs over that row (out and back in, a few pixels).
    await page.mouse.move(second.x + second.width / 2, second.y - 40);
    await page.mouse.move(second.x + second.width / 2 + 2, second.y + second.height / 2, { steps: 3 });
    // The keyboard's row is the one marked as chosen; the hovered one at most has a light outline.
    expect(await rows.first().getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.procedure-result[aria-selected="true"]').count()).toBe(1);

    await page.keyboard.press('Enter');
    await page.locator('.guide').getByRole('heading', { name: 'Xác nhận thông tin về cư trú' }).waitFor();
    await page.keyboard.press('Enter');
    const v = services.find((s) => s.prefix === 'V')!;
    const ticket = await issuedTicket(page, 'V001');
    expect(ticket.serviceId).toBe(v.id);

    // Arrows move the choice; a click picks its own row.
    await page.keyboard.press('/');
    await page.keyboard.type('xac nhan');
    await rows.nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await rows.nth(1).getAttribute('aria-selected')).toBe('true');
    const third = (await rows.nth(2).textContent())!;
    await rows.nth(2).click();
    await page.locator('.guide h2, .guide h3').first().waitFor();
    expect(third).toContain((await page.locator('.guide').getByRole('heading').first().textContent())!.trim());
  });
});

describe('the greeter at its edges', () => {
  it('fits 1366×768 with eight services: the note field and the key-hint line are on screen, no scroll', async () => {
    for (const [prefix, nameVi, nameEn] of [
      ['E', 'Tư pháp – Hộ tịch có yếu tố nước ngoài', 'Justice – Foreign civil status'],
      ['G', 'Giáo dục – Đào tạo', 'Education – Training'],
    ])
      await h.api('POST', '/api/services', { prefix, nameVi, nameEn, kind: 'counter', color: '#546e7a' });
    const page = await greeter();
    await page.locator('.service-button', { hasText: 'Giáo dục' }).waitFor();
    expect(await page.locator('.service-button').count()).toBe(8);
    for (const selector of ['.greeter__note', '.greeter .key-hint', '.priority-picker']) {
      const box = (await page.locator(selector).first().boundingBox())!;
      expect(box.y + box.height, `${selector} ends inside the 768 px window`).toBeLessThanOrEqual(768);
    }
    const scroll = (await page.evaluate(
      '[document.scrollingElement.scrollHeight, document.scrollingElement.clientHeight]',
    )) as [number, number];
    expect(scroll[0]).toBeLessThanOrEqual(scroll[1]);
  });

  it('a capped service says "còn N số" from 5 left (or 20 % of the cap) before "đã đủ số"', async () => {
    const services = await h.api<Service[]>('GET', '/api/services');
    const b = services.find((s) => s.prefix === 'B')!;
    const c = services.find((s) => s.prefix === 'C')!;
    await h.api('PATCH', `/api/services/${b.id}`, { dailyCap: 12 });
    await h.api('PATCH', `/api/services/${c.id}`, { dailyCap: 40 });
    for (let i = 0; i < 6; i++) await h.api('POST', '/api/tickets', { serviceId: b.id });
    for (let i = 0; i < 31; i++) await h.api('POST', '/api/tickets', { serviceId: c.id });
    const page = await greeter();
    const cardB = page.locator('.service-button', { hasText: 'Đất đai' });
    const cardC = page.locator('.service-button', { hasText: 'Lao động' });
    // 6 left of 12: not yet; 9 left of 40 (20 % is 8): not yet.
    await cardB.getByText('người chờ', { exact: false }).waitFor();
    expect(await cardB.getByText('còn', { exact: false }).count()).toBe(0);
    expect(await cardC.getByText('còn', { exact: false }).count()).toBe(0);
    await h.api('POST', '/api/tickets', { serviceId: b.id });
    await h.api('POST', '/api/tickets', { serviceId: c.id });
    await cardB.getByText('còn 5 số', { exact: false }).waitFor();
    await cardC.getByText('còn 8 số', { exact: false }).waitFor();
    for (let i = 0; i < 5; i++) await h.api('POST', '/api/tickets', { serviceId: b.id });
    await cardB.getByText('Đã đủ số hôm nay (12/12)').waitFor();
  });
});
