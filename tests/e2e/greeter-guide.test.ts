/**
 * The greeter in real Chromium against a real server (issues 15 and 8 §4): the procedure guide from typing to the
 * counter, missing papers, cancelling a number issued by mistake, the keyboard after a note, refusals, cards that
 * say why they cannot issue, and errors that go away when the server comes back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Service, ServicePoint, Ticket } from '../../src/shared/domain';
import type { Procedure, ProcedureReport } from '../../src/shared/procedures';
import { pressAtCounter, screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

async function service(prefix: string): Promise<Service> {
  return (await h.api<Service[]>('GET', '/api/services')).find((s) => s.prefix === prefix)!;
}

async function greeter(): Promise<Page> {
  const page = await h.open(await h.device('greeter'), '/greeter');
  await page.getByText('Hộ tịch – Chứng thực').first().waitFor();
  return page;
}

/**
 * Waits for the search's first row before Enter: the catalogue is fetched after the screen opens, and an Enter
 * typed before it arrives has nothing to choose (the full suite on a busy machine hit exactly that).
 */
async function firstResult(page: Page): Promise<void> {
  await page.locator('.procedure-result').first().waitFor();
}

type TicketAnswer = { ticket: Ticket; history: { type: string; data: unknown }[] };

/** A ticket of this test's fresh database by its number (ids start at 1). */
async function ticketByCode(code: string): Promise<TicketAnswer> {
  for (let id = 1; ; id++) {
    const answer = await h.api<TicketAnswer>('GET', `/api/tickets/${id}`);
    if (answer.ticket.displayCode === code) return answer;
  }
}

describe('the procedure guide at the entrance', () => {
  it('type what the citizen says → choose → issue → the counter sees the procedure', async () => {
    const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
    const q1 = points.find((p) => p.nameVi === 'Quầy 1')!.id;
    const page = await greeter();
    const counter = await h.open(await h.device('counter', q1), `/counter/${q1}`);

    await page.keyboard.press('/');
    await page.keyboard.type('khai sinh cho con');
    await page.locator('.procedure-result').first().filter({ hasText: 'Đăng ký khai sinh' }).waitFor();
    await page.keyboard.press('Enter');
    const guide = page.locator('.guide');
    await guide.getByRole('heading', { name: 'Đăng ký khai sinh' }).waitFor();
    await guide.getByText('Giấy tờ cần mang — đọc cho công dân').waitFor();
    await guide.getByText('Giấy chứng sinh do cơ sở y tế cấp', { exact: false }).waitFor();
    await guide.getByText('Quầy 1, 2, 5').waitFor();
    await guide.getByText('Tham khảo', { exact: true }).waitFor();
    // Choosing the procedure selected its service; Enter issues.
    expect(await page.locator('.service-button--selected').textContent()).toContain('Hộ tịch – Chứng thực');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('A001');
    await page.getByText('Thủ tục: Đăng ký khai sinh').waitFor();

    await counter.getByText('A001').first().waitFor();
    await pressAtCounter(counter, 'g', 'next');
    await counter.getByTestId('current-number').filter({ hasText: 'A001' }).waitFor();
    await counter.getByTestId('current-procedure').filter({ hasText: 'Đăng ký khai sinh' }).waitFor();
    await counter.getByText('Giấy tờ cần có (4)').click();
    await counter.getByText('Tờ khai đăng ký khai sinh (theo mẫu)').waitFor();
    const birth = (await h.api<Procedure[]>('GET', '/api/procedures')).find((p) => p.nameVi === 'Đăng ký khai sinh')!;
    expect((await ticketByCode('A001')).ticket.procedureId).toBe(birth.id);
  });

  it('finds "ket hon" without diacritics, by touch, and the categories stay for those who cannot name it', async () => {
    const page = await greeter();
    await page.getByRole('combobox').fill('ket hon');
    await page.locator('.procedure-result', { hasText: 'Đăng ký kết hôn' }).first().click();
    await page.locator('.guide').getByText('Hai bên cùng có mặt', { exact: false }).waitFor();
    // The service cards are still there; the guide's own button issues.
    expect(await page.locator('.service-button').count()).toBe(6);
    await page.getByRole('button', { name: /^Cấp số A/ }).click();
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('A001');
    // Nothing found: said plainly, and the categories come back when the box is cleared with Esc.
    await page.keyboard.press('/');
    await page.keyboard.type('xyzzy');
    await page.getByText('Không thấy thủ tục nào khớp', { exact: false }).waitFor();
    expect(await page.locator('.service-button').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('.service-button').first().waitFor();
  });

  it('offers the online help desk for a procedure that can be filed online', async () => {
    const page = await greeter();
    await page.keyboard.press('/');
    await page.keyboard.type('tam tru');
    await firstResult(page);
    await page.keyboard.press('Enter');
    const guide = page.locator('.guide');
    await guide.getByRole('heading', { name: 'Đăng ký tạm trú' }).waitFor();
    await guide.getByText('Công an xã giải quyết', { exact: false }).waitFor();
    // Tạm trú goes to the online desk itself (the police take it, filed on VNeID): Enter issues V.
    expect(await guide.getByText('công dân cần hướng dẫn?', { exact: false }).count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('V001');

    await page.keyboard.press('/');
    await page.keyboard.type('dang ky kinh doanh');
    await firstResult(page);
    await page.keyboard.press('Enter');
    await guide.getByText('Nộp trực tuyến được (Cổng Dịch vụ công, VNeID) — công dân cần hướng dẫn?').waitFor();
    await page.getByRole('button', { name: 'Cấp số V · hỗ trợ trực tuyến' }).click();
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('V002');
    await page.getByText('Thủ tục: Đăng ký thành lập hộ kinh doanh').waitFor();
  });

  it('missing papers: home with the list (on screen without a printer) or to a help desk, both logged', async () => {
    const page = await greeter();
    await page.keyboard.press('/');
    await page.keyboard.type('ket hon');
    await firstResult(page);
    await page.keyboard.press('Enter');
    await page.locator('.guide').waitFor();
    await page.keyboard.press('t');
    const dialog = page.locator('dialog');
    await dialog.getByText('Thiếu giấy tờ — Đăng ký kết hôn').waitFor();
    await dialog.getByLabel('Giấy xác nhận tình trạng hôn nhân', { exact: false }).check();
    await dialog.getByRole('button', { name: /In danh sách/ }).click();
    // No printer here: the list stays on screen, the missing paper in bold, for the citizen to photograph.
    await page.getByText('Đã ghi nhận: công dân về chuẩn bị giấy tờ (Đăng ký kết hôn).').waitFor();
    await page.locator('.sent-home__missing', { hasText: 'Giấy xác nhận tình trạng hôn nhân' }).waitFor();

    await page.keyboard.press('/');
    await page.keyboard.type('khai sinh');
    await firstResult(page);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Thiếu giấy tờ/ }).click();
    await dialog.getByLabel('Giấy chứng sinh', { exact: false }).check();
    await dialog.getByLabel('Sang bàn hỗ trợ làm tiếp', { exact: false }).check();
    await dialog.getByLabel('Bàn hỗ trợ', { exact: true }).selectOption({ label: 'H · Hỗ trợ người cao tuổi' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('H001');
    await page.locator('.issued__note', { hasText: 'Thiếu giấy tờ: Giấy chứng sinh' }).waitFor();

    const report = await h.api<ProcedureReport>('GET', `/api/reports/procedures?from=${today()}&to=${today()}`);
    const row = (name: string) => report.rows.find((r) => r.nameVi === name)!;
    expect(row('Đăng ký kết hôn')).toMatchObject({ sentHome: 1, sentBack: 1 });
    expect(row('Đăng ký khai sinh')).toMatchObject({ tickets: 1, sentToHelpDesk: 1 });
    expect(report.missingDocuments.map((d) => d.document)).toContain(
      'Giấy xác nhận tình trạng hôn nhân, nếu một bên thường trú ở xã, phường khác',
    );

    // The team lead's reports screen shows the same, on its "Thủ tục" tab.
    const reports = await h.open(await h.device('reports'), '/reports/procedures');
    const table = reports.getByRole('region', { name: 'Theo thủ tục' });
    const marriage = table
      .getByRole('row')
      .filter({ has: reports.getByRole('rowheader', { name: 'Đăng ký kết hôn' }) });
    await marriage.waitFor();
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((x) => x.replace(/\s+/g, ' '));
    const cells = await marriage.getByRole('cell').allInnerTexts();
    expect(cells[headers.findIndex((x) => x.startsWith('Về bổ sung')) - 1]).toBe('1');
    expect(cells[headers.findIndex((x) => x.startsWith('Cộng phải bổ sung')) - 1]).toBe('1');
    await reports
      .getByRole('region', { name: 'Giấy tờ hay thiếu nhất' })
      .getByText('Giấy xác nhận tình trạng hôn nhân', { exact: false })
      .waitFor();
  });
});

describe('mistakes undone and errors that go away (issue 8 §4)', () => {
  it('cancels a number issued by mistake, with a reason that is logged; one already called is refused in the dialog', async () => {
    const page = await greeter();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('A001');
    await page.getByRole('button', { name: 'Huỷ số', exact: true }).click();
    const dialog = page.locator('dialog');
    await dialog.getByText('Huỷ số A001?').waitFor();
    await dialog.getByLabel('Cấp trùng số').check();
    await page.keyboard.press('Enter');
    await page.getByText('Đã huỷ — Cấp trùng số').waitFor();
    const { ticket, history } = await ticketByCode('A001');
    expect(ticket.status).toBe('cancelled');
    expect(history.at(-1)).toMatchObject({ type: 'cancelled', data: { reason: 'Cấp trùng số' } });

    // A002 is called by a counter while the greeter is cancelling it: refused, in words, inside the dialog.
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('A002');
    await page.getByRole('button', { name: 'Huỷ số', exact: true }).click();
    const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
    await h.api('POST', `/api/service-points/${points.find((p) => p.nameVi === 'Quầy 1')!.id}/call-next`, {});
    await dialog.getByLabel('Lý do khác').check();
    await dialog.getByLabel('Ghi rõ lý do').fill('Công dân đổi ý');
    await dialog.getByRole('button', { name: /Huỷ số này/ }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').isVisible()).toBe(true);
    expect((await ticketByCode('A002')).ticket.status).toBe('called');
    // Once called, the number is the counter's: the greeter is no longer offered "Huỷ số" for it (steps table).
    await page.keyboard.press('Escape');
    await page.locator('.issued .issued__cancel').waitFor({ state: 'detached' });
  });

  it('after a number with a note, digits pick services again and Esc always leaves the note', async () => {
    const page = await greeter();
    const note = page.getByLabel('Ghi chú ngắn (không bắt buộc)');
    await page.keyboard.press('1');
    await note.fill('Đi xe lăn');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('A001');
    await page.locator('.issued__note', { hasText: 'Đi xe lăn' }).waitFor();
    // The next digit is a service, not a character in the (now empty) note; Enter issues it.
    await page.keyboard.press('2');
    expect(await note.inputValue()).toBe('');
    expect(await page.locator('.service-button--selected').textContent()).toContain('Đất đai');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('B001');
    // Esc leaves the note: the next digit picks a service.
    await note.click();
    await page.keyboard.type('cần');
    await page.keyboard.press('Escape');
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('BODY');
    await page.keyboard.press('3');
    expect(await page.locator('.service-button--selected').textContent()).toContain('Lao động');
    expect(await note.inputValue()).toBe('');
  });

  it('cards say "đã đủ số hôm nay" and "ngoài giờ cấp số" before the tap; a refusal takes the old number off the big card', async () => {
    const b = await service('B');
    const c = await service('C');
    const d = await service('D');
    await h.api('PATCH', `/api/services/${b.id}`, { dailyCap: 1 });
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hourCycle: 'h23' }).format(
        new Date(),
      ),
    );
    const later = hour < 22;
    await h.api('PATCH', `/api/services/${c.id}`, {
      issuingHours: [later ? { from: '23:00', to: '23:30' } : { from: '00:30', to: '01:00' }],
    });
    // Today's weekday in the center's time zone (from 17:00 UTC it is already tomorrow there), 1 = Monday.
    const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', weekday: 'short' }).format(
      new Date(),
    );
    const isoToday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday) + 1;
    await h.api('PATCH', `/api/services/${d.id}`, { issuingDays: [(isoToday % 7) + 1] });
    const page = await greeter();
    const card = (name: string) => page.locator('.service-button', { hasText: name });
    await card('Lao động')
      .getByText(later ? 'Ngoài giờ cấp số · mở lại lúc 23:00' : 'Ngoài giờ cấp số · hôm nay đã hết giờ')
      .waitFor();
    await card('Kinh doanh').getByText('Hôm nay không cấp số').waitFor();
    expect(await card('Lao động').isDisabled()).toBe(true);

    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('B001');
    await card('Đất đai').getByText('Đã đủ số hôm nay (1/1)').waitFor();
    // The digit of a full service says why, and the big B001 goes: nobody reads it out as a new number.
    await page.keyboard.press('2');
    await page.getByRole('alert').filter({ hasText: 'đã hết số hôm nay' }).waitFor();
    expect(await page.getByTestId('issued-number').count()).toBe(0);
    await page.locator('.recent__item', { hasText: 'B001' }).waitFor();
  });

  it('a failed issue clears itself when requests go through again, even if the live connection never noticed', async () => {
    const page = await greeter();
    await page.context().setOffline(true);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.getByText('Không kết nối được máy chủ', { exact: false }).first().waitFor({ timeout: 10_000 });
    await page.context().setOffline(false);
    await page.getByText('Không kết nối được máy chủ', { exact: false }).first().waitFor({ state: 'hidden' });
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('A001');
  });

  it(
    '"Không kết nối được máy chủ" goes away when the server is back, and shows inside an open dialog',
    { timeout: 60_000 },
    async () => {
      const page = await greeter();
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('A001');

      // Chromium keeps spare connections that never carried a request; Node's close waits ~75 s for those.
      const stopping = h.stopServer();
      h.luot.server.app.server.closeAllConnections();
      await stopping;
      await page.getByText('Mất kết nối máy chủ', { exact: false }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await page.getByText('Không kết nối được máy chủ', { exact: false }).first().waitFor({ timeout: 10_000 });
      // A dialog opened now says so inside itself, above its backdrop.
      await page.getByRole('button', { name: 'Huỷ số A001' }).click();
      await page.locator('dialog').getByText('Không kết nối được máy chủ', { exact: false }).waitFor();
      await page.keyboard.press('Escape');

      await h.restart();
      await page
        .getByText('Không kết nối được máy chủ', { exact: false })
        .first()
        .waitFor({ state: 'hidden', timeout: 20_000 });
      await page.getByText('Mất kết nối máy chủ', { exact: false }).first().waitFor({ state: 'hidden' });
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('A002');
    },
  );
});
