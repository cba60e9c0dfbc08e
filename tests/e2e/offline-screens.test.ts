/**
 * Screens that outlive the host (issue 23) and the counter's own board screen, in Chromium: `/board/<point>` shows
 * the number called there (a recall blinks, a pause says "Tạm dừng"); with the server stopped, a reloaded board and
 * wall display show their last picture with "Mất kết nối máy chủ — đang thử lại" (the service worker's shell and
 * last answers, not an error page), and after a restart they show the next call by themselves. A counter and the
 * greeter reloaded meanwhile show their last state read-only with the same notice.
 * 127.0.0.1 is a secure context, as the host's address is in the Electron stations (decision 0016).
 */
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServicePoint } from '../../src/shared/domain';
import { screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

const NOTICE = 'Mất kết nối máy chủ — đang thử lại';

/**
 * The first load installs the service worker; from the next one on, the page and its answers are kept. Waits for
 * `loaded` after the reload: only answers read through the worker are kept, and a host stopped while the reloaded
 * page is still asking leaves it nothing to show offline (a greeter stopped mid-load showed the retry page, not its
 * services, on a loaded machine).
 */
async function keptForOffline(page: Page, loaded: Locator): Promise<void> {
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await page.reload({ waitUntil: 'domcontentloaded', timeout: 20_000 });
  await expect.poll(() => page.evaluate('navigator.serviceWorker.controller !== null')).toBe(true);
  await loaded.waitFor();
}

describe("a counter's board screen and the screens that outlive the host", () => {
  it('shows the call huge, blinks a recall, says Tạm dừng; reloaded with the host down it keeps its picture', async () => {
    const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
    const q1 = points.find((p) => p.nameVi === 'Quầy 1')!;
    const service = q1.serviceIds[0]!;
    const board = await h.open(await h.device('board', q1.id), `/board/${q1.id}`);
    const display = await h.open(await h.device('display'), '/display');
    const look = () => board.getByTestId('counter-board').getAttribute('data-look');
    await board.getByText('Chưa gọi số').waitFor();
    await keptForOffline(board, board.getByText('Chưa gọi số'));
    await keptForOffline(display, display.locator('.display__call'));

    await h.api('POST', '/api/tickets', { serviceId: service });
    const called = await h.api<{ ticket: { id: number; displayCode: string } }>(
      'POST',
      `/api/service-points/${q1.id}/call-next`,
      {},
    );
    const first = called.ticket.displayCode;
    await board.getByText(first, { exact: true }).waitFor();
    await expect.poll(look).toBe('fresh');
    await h.api('POST', `/api/tickets/${called.ticket.id}/recall`, { servicePointId: q1.id });
    await expect.poll(look).toBe('recall');
    await board.getByText('Mời lại').waitFor();
    await h.api('POST', `/api/service-points/${q1.id}/pause`, { reason: 'Nghỉ trưa' });
    await board.getByText('Tạm dừng').waitFor();
    await h.api('POST', `/api/service-points/${q1.id}/resume`, {});
    await board.getByText(first, { exact: true }).waitFor();
    await display.getByText(first).first().waitFor();

    // The host stops; both screens are reloaded meanwhile (a TV switched off and on, an F5).
    const stopping = h.stopServer();
    h.luot.server.app.server.closeAllConnections();
    await stopping;
    for (const page of [board, display]) {
      await page.reload({ waitUntil: 'domcontentloaded', timeout: 20_000 });
      await page.getByText(NOTICE).waitFor();
      await page.getByText(first).first().waitFor();
    }

    // Back: live again by itself, showing the next call.
    await h.restart();
    await board.getByText(NOTICE).waitFor({ state: 'hidden', timeout: 20_000 });
    await display.getByText(NOTICE).waitFor({ state: 'hidden', timeout: 20_000 });
    await h.api('POST', '/api/tickets', { serviceId: service });
    await h.api('POST', `/api/tickets/${called.ticket.id}/start`, { servicePointId: q1.id });
    await h.api('POST', `/api/tickets/${called.ticket.id}/resolve`, { servicePointId: q1.id, outcome: 'completed' });
    const next = await h.api<{ ticket: { displayCode: string } }>('POST', `/api/service-points/${q1.id}/call-next`, {});
    await board.getByText(next.ticket.displayCode, { exact: true }).waitFor();
    await display.getByText(next.ticket.displayCode).first().waitFor();
  }, 120_000);

  it('a counter and the greeter reloaded with the host down show their last state, read-only, with the notice', async () => {
    const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
    const q1 = points.find((p) => p.nameVi === 'Quầy 1')!;
    const service = q1.serviceIds[0]!;
    await h.api('POST', '/api/tickets', { serviceId: service });
    await h.api('POST', '/api/tickets', { serviceId: service });
    const called = await h.api<{ ticket: { displayCode: string } }>(
      'POST',
      `/api/service-points/${q1.id}/call-next`,
      {},
    );
    const counter = await h.open(await h.device('counter', q1.id), `/counter/${q1.id}`);
    const greeter = await h.open(await h.device('greeter'), '/greeter');
    await counter.getByText(called.ticket.displayCode).first().waitFor();
    await greeter.locator('.service-button').first().waitFor();
    await keptForOffline(counter, counter.getByText(called.ticket.displayCode).first());
    await keptForOffline(greeter, greeter.locator('.service-button').first());

    const stopping = h.stopServer();
    h.luot.server.app.server.closeAllConnections();
    await stopping;
    for (const page of [counter, greeter]) {
      await page.reload({ waitUntil: 'domcontentloaded', timeout: 20_000 });
      await page.getByText(NOTICE).first().waitFor();
    }
    // The counter: its citizen still on screen, and nothing it could press that would be lost.
    await counter.getByText(called.ticket.displayCode).first().waitFor();
    for (const name of ['Gọi tiếp', 'Gọi lại']) {
      expect(await counter.getByRole('button', { name, exact: false }).first().isDisabled()).toBe(true);
    }
    // The greeter: its services on screen, and it says no number can be issued until the host is back.
    await greeter.locator('.service-button').first().waitFor();
    await greeter.getByText('Chưa cấp được số cho đến khi có kết nối', { exact: false }).waitFor();

    await h.restart();
    await counter.getByText(NOTICE).waitFor({ state: 'hidden', timeout: 20_000 });
    await expect
      .poll(() => counter.getByRole('button', { name: 'Gọi lại', exact: false }).first().isDisabled())
      .toBe(false);
  }, 120_000);

  it("a report slower than a quick read is waited for, not given up on by the page's worker", async () => {
    // Reports are worked out on the host's report worker: the first one of the day while the worker starts, or a
    // long range, can take longer than the 4 s after which the service worker shows a kept answer (there was
    // none: the reports screen said it could not reach the host, and stayed so).
    const reports = await h.open(await h.device('reports'), '/reports');
    const issued = reports.locator('.report-tile', { hasText: 'Số phiếu cấp' }).locator('.report-tile__value');
    await keptForOffline(reports, issued);
    // The host takes 5 s over each report from now on.
    await reports.context().route('**/api/reports/**', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 5000));
      await route.fulfill({ response });
    });
    await reports.getByRole('button', { name: 'Tháng này' }).click();
    await expect.poll(() => new URL(reports.url()).searchParams.get('range')).toBe('thisMonth');
    await issued.waitFor({ timeout: 15_000 });
    expect(await reports.getByRole('alert').count()).toBe(0);
  });

  it('a display that cannot reach the host when it opens tries again by itself', async () => {
    // A TV switched on before the host PC, or while it is too busy to answer, has nothing kept yet and nobody to
    // press "Thử lại": it said it could not reach the host and stayed so.
    const display = await h.open(await h.device('display'), '/display', { width: 1920, height: 1080 });
    await display.locator('.display__call').waitFor();
    await display.evaluate("caches.delete('luot-answers-v1')");
    let unreachable = true;
    // The page's service worker fetches for it: only the context's route sees those requests.
    await display
      .context()
      .route('**/api/session', (route) => (unreachable ? route.abort('connectionrefused') : route.continue()));
    await display.reload();
    await display.getByText('Không kết nối được máy chủ Lượt', { exact: false }).waitFor();
    // The host answers again: the hall is shown without anyone touching the screen.
    unreachable = false;
    await display.locator('.display__call').waitFor({ timeout: 15_000 });
  });
});
