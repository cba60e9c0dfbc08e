/**
 * Two things seen after an undo at the counter (issue 19 §6's undo, found on the crowded morning):
 * - an undone resolve left the citizen's rating tablet asking about the case until its time ran out (and then
 *   recorded "không đánh giá" for a case still being served);
 * - an undone call left the counter's own "next" list on the priority streak the call had moved, until a reload,
 *   while the server's pick had gone back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServicePoint, Ticket } from '../../src/shared/domain';
import {
  holdFirstAnswer,
  screensHarness,
  type ScreensHarness,
  staysForASecond,
  undoAtCounter,
} from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

const q1Id = async () =>
  (await h.api<ServicePoint[]>('GET', '/api/service-points')).find((p) => p.nameVi === 'Quầy 1')!.id;
const issue = async (priority = 'none') =>
  (await h.api<{ ticket: Ticket }>('POST', '/api/tickets', { serviceId: 1, priority })).ticket;

describe('after an undo', () => {
  it('an undone resolve stops the rating tablet asking; a resolve again asks again', async () => {
    const q1 = await q1Id();
    await h.api('PATCH', '/api/citizen-settings', { ratingTimeoutSeconds: 120 });
    const rating = await h.open(await h.device('rating', q1), '/rating', { width: 1280, height: 800 });
    await rating.getByText('Xin kính chào quý khách').waitFor();
    const ticket = await issue();
    await h.api('POST', `/api/service-points/${q1}/call-next`, {});
    await h.api('POST', `/api/tickets/${ticket.id}/resolve`, { outcome: 'completed' });
    await rating
      .getByTestId('rating-ticket')
      .filter({ hasText: `Số ${ticket.displayCode}` })
      .waitFor();

    // The official takes the resolve back: the case is being served again, nobody should be asked yet.
    await h.api('POST', `/api/tickets/${ticket.id}/undo`, { servicePointId: q1 });
    await rating.getByText('Xin kính chào quý khách').waitFor();
    expect(await rating.getByTestId('rating-ticket').count()).toBe(0);
    // Nothing was recorded in the citizen's name.
    const stored = await h.api<{ history: { type: string }[] }>('GET', `/api/tickets/${ticket.id}`);
    expect(stored.history.map((e) => e.type)).not.toContain('rated');

    // Resolved for real: asked again.
    await h.api('POST', `/api/tickets/${ticket.id}/resolve`, { outcome: 'completed' });
    await rating
      .getByTestId('rating-ticket')
      .filter({ hasText: `Số ${ticket.displayCode}` })
      .waitFor();
  });

  it('a question the host answered before the undo, received after it, is not put to the citizen', async () => {
    // The tablet asks the host what to ask whenever its point resolves. When that answer is on its way while the
    // official undoes the resolve, the undo's event is heard first: the late answer must not ask again (it did, and
    // its time running out recorded "không đánh giá" for a case still being served).
    const q1 = await q1Id();
    await h.api('PATCH', '/api/citizen-settings', { ratingTimeoutSeconds: 120 });
    const rating = await h.open(await h.device('rating', q1), '/rating', { width: 1280, height: 800 });
    const frames: string[] = [];
    rating.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
    await rating.reload();
    await rating.getByText('Xin kính chào quý khách').waitFor();

    // Hold the answer that names a ticket (the tablet asks all along; nothing to rate is not 200), as a busy host
    // would: it is read now, delivered on release.
    const held = await holdFirstAnswer(rating, '**/api/rating/prompt', (answer) => answer.status() === 200);
    const ticket = await issue();
    await h.api('POST', `/api/service-points/${q1}/call-next`, {});
    await h.api('POST', `/api/tickets/${ticket.id}/resolve`, { outcome: 'completed' });
    await held.asked;

    await h.api('POST', `/api/tickets/${ticket.id}/undo`, { servicePointId: q1 });
    await expect.poll(() => frames.some((frame) => frame.includes('"undone"'))).toBe(true);
    // The page has handled that message once a script run after it returns.
    await rating.evaluate('new Promise((resolve) => setTimeout(resolve, 0))');
    held.release();
    await held.handedOver;
    // The late answer is read within milliseconds; for a second after it nobody is asked.
    await staysForASecond(rating, () => rating.getByTestId('rating-ticket').count(), 0);
  });

  it("an undone call puts the counter's next list back on the server's order, without a reload", async () => {
    const q1 = await q1Id();
    await h.api('PATCH', '/api/settings', { priorityPolicy: { kind: 'ratio', regularPerPriority: 2 } });
    // An elderly citizen first: the point's streak starts at 0 after calling them.
    const first = await issue('elderly');
    await h.api('POST', `/api/service-points/${q1}/call-next`, {});
    await h.api('POST', `/api/tickets/${first.id}/resolve`, { outcome: 'completed' });
    const r1 = await issue();
    const r2 = await issue();
    const p2 = await issue('elderly');
    const expected = [r1.displayCode, r2.displayCode, p2.displayCode];

    const page = await h.open(await h.device('counter', q1), `/counter/${q1}`);
    const codes = () => page.locator('.waiting-list__code').allTextContents();
    await expect.poll(codes).toEqual(expected);

    // A call by mistake, taken back at once (G, then Z).
    await page
      .getByRole('button', { name: /Gọi tiếp/ })
      .and(page.locator(':enabled'))
      .waitFor();
    await page.keyboard.press('g');
    await page.getByTestId('current-number').filter({ hasText: r1.displayCode }).waitFor();
    await undoAtCounter(page);
    await page.locator('[data-undo]').waitFor({ state: 'hidden' });
    await page.getByTestId('current-number').filter({ hasText: r1.displayCode }).waitFor({ state: 'hidden' });
    await page.locator('.waiting-list__code', { hasText: r1.displayCode }).waitFor();
    await expect.poll(codes).toEqual(expected);

    // And the server calls in that order.
    const called: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { ticket } = await h.api<{ ticket: Ticket }>('POST', `/api/service-points/${q1}/call-next`, {});
      called.push(ticket.displayCode);
      await h.api('POST', `/api/tickets/${ticket.id}/resolve`, { outcome: 'completed' });
    }
    expect(called).toEqual(expected);
  });
});
