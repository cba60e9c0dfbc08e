/**
 * One wait, the same everywhere (issue 19 §5), in Chromium against the built screens: after ten quick "tư vấn"
 * resolves, the greeter's card, the greeter's issued ticket, the printed ticket, the citizen's status page and
 * the counter's waiting list give one ticket the same "ahead" and the same minutes (±1) — and none of them
 * promises less than half the typical handling time × ahead ÷ open points.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Service, ServicePoint, Ticket } from '../../src/shared/domain';
import { TicketFactsReader } from '../../src/server/printing/ticket-facts';
import { ticketLines } from '../../src/server/printing/text-ticket';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
afterEach(async () => {
  await h?.close();
});

/** The minutes a line of text gives ("chờ ~16 phút", "Chờ khoảng 16 phút", "còn ~16 phút"). */
function minutesIn(text: string): number {
  const match = /(?:~|khoảng )(\d+)\s*phút/.exec(text);
  if (!match) throw new Error(`no minutes in "${text}"`);
  return Number(match[1]);
}

async function text(page: Page, selector: string, hasText: string): Promise<string> {
  const found = page.locator(selector).filter({ hasText }).first();
  await found.waitFor();
  return (await found.textContent())!.replace(/\s+/g, ' ');
}

describe('one wait, the same everywhere', () => {
  it('after ten quick resolves, the greeter, the printed ticket, the status page and the counter agree', async () => {
    h = await screensHarness();
    const services = await h.api<Service[]>('GET', '/api/services');
    const a = services.find((s) => s.prefix === 'A')!;
    const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
    const q1 = points.find((p) => p.nameVi === 'Quầy 1')!;
    const open = points.filter((p) => p.active && !p.paused && p.serviceIds.includes(a.id)).length;
    const counterToken = await h.device('counter', q1.id);
    const asCounter = async <T>(path: string, body: unknown = {}) => {
      const response = await fetch(h.base + path, {
        method: 'POST',
        headers: { authorization: `Bearer ${counterToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${path}: ${await response.text()}`);
      return (await response.json()) as T;
    };
    // Ten quick "tư vấn" cases: each resolved within a second of its start.
    for (let i = 0; i < 10; i++) {
      await h.api('POST', '/api/tickets', { serviceId: a.id });
      const { ticket } = await asCounter<{ ticket: Ticket }>(`/api/service-points/${q1.id}/call-next`);
      await asCounter(`/api/tickets/${ticket.id}/start`);
      await asCounter(`/api/tickets/${ticket.id}/resolve`, { outcome: 'completed' });
    }
    for (let i = 0; i < 8; i++) await h.api('POST', '/api/tickets', { serviceId: a.id });

    // The greeter's card before the tap, then the ticket it issues.
    const greeter = await h.open(await h.device('greeter'), '/greeter');
    const card = await text(greeter, '.service-button', 'Hộ tịch – Chứng thực');
    await greeter.keyboard.press('1');
    await greeter.keyboard.press('Enter');
    await expect.poll(() => greeter.getByTestId('issued-number').textContent()).toBe('A019');
    const issued = await text(greeter, '.issued__meta', 'chờ trước');
    const core = h.luot.core;
    const a019 = core.db.prepare("SELECT id FROM tickets WHERE display_code = 'A019'").get() as { id: number };
    const printedTicket = core.engine.getTicket(a019.id);

    // The printed ticket, as text mode prints it.
    const facts = new TicketFactsReader(core.db, core.setup, core.engine).read(printedTicket);
    const printed = ticketLines(facts);
    const printedAhead = printed.find((l) => l.startsWith('Trước bạn'))!;
    const printedWait = printed.find((l) => l.startsWith('Chờ'))!;

    // The citizen's phone.
    const ref = core.citizen.status.references.referenceFor(printedTicket.caseId);
    const phoneContext = await h.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    const phone = await phoneContext.newPage();
    await phone.goto(`${h.base}/s/${ref}`);
    await phone.getByText('Trước bạn còn').waitFor();
    const phoneText = (await phone.locator('body').textContent())!.replace(/\s+/g, ' ');

    // The counter's waiting list.
    const counter = await h.open(counterToken, `/counter/${q1.id}`);
    const counterRow = await text(counter, '.waiting-list__item', 'A019');

    // Half the typical time × ahead ÷ open points: the least anyone may promise after quick cases.
    const floor = Math.round((8 * (a.handlingMinutes ?? 8)) / open / 2);
    expect(printedAhead).toBe('Trước bạn: 8 người');
    expect(minutesIn(printedWait)).toBe(floor);
    expect(card).toContain('8 người chờ');
    expect(Math.abs(minutesIn(card) - floor)).toBeLessThanOrEqual(1);
    expect(issued).toContain('Có 8 người chờ trước');
    expect(Math.abs(minutesIn(issued) - floor)).toBeLessThanOrEqual(1);
    expect(phoneText).toContain('Trước bạn còn 8 người');
    expect(Math.abs(minutesIn(phoneText) - floor)).toBeLessThanOrEqual(1);
    expect(counterRow).toContain('8 người trước');
    expect(Math.abs(minutesIn(counterRow) - floor)).toBeLessThanOrEqual(1);
  }, 60_000);

  it('takes the typical handling time from setup’s service form, and the greeter’s card follows it', async () => {
    h = await screensHarness();
    const a = (await h.api<Service[]>('GET', '/api/services')).find((s) => s.prefix === 'A')!;
    const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
    const open = points.filter((p) => p.active && !p.paused && p.serviceIds.includes(a.id)).length;
    for (let i = 0; i < 6; i++) await h.api('POST', '/api/tickets', { serviceId: a.id });
    const greeter = await h.open(await h.device('greeter'), '/greeter');
    const card = greeter.locator('.service-button', { hasText: 'Hộ tịch – Chứng thực' });
    await card.filter({ hasText: `chờ ~${Math.round((6 * 8) / open)} phút` }).waitFor();

    const page = await h.open(ADMIN, '/admin/services');
    await page
      .locator('.admin-list li', { hasText: 'Hộ tịch – Chứng thực' })
      .getByRole('button', { name: 'Sửa' })
      .click();
    const field = page.getByLabel('Thời gian xử lý một hồ sơ (phút)');
    expect(await field.inputValue()).toBe('8');
    await field.fill('0');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Nhập số phút, từ 1 đến 240.').waitFor();
    await field.fill('15');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu', { exact: false }).first().waitFor();
    const saved = (await h.api<Service[]>('GET', '/api/services')).find((s) => s.id === a.id)!;
    expect(saved.handlingMinutes).toBe(15);
    await card.filter({ hasText: `chờ ~${Math.round((6 * 15) / open)} phút` }).waitFor();
  }, 60_000);
});
