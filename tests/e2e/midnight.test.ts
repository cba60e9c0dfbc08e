/**
 * Screens left on overnight (issue 8 §1, found: a display or counter kept yesterday's queue until its socket
 * happened to drop). The server's clock crosses midnight; nobody reloads anything.
 */
import { afterEach, describe, it } from 'vitest';
import type { ServicePoint, Ticket } from '../../src/shared/domain';
import { TestClock } from '../helpers/core';
import {
  pressAtCounter,
  screensHarness,
  type ScreensHarness,
  holdFirstAnswer,
  staysForASecond,
} from '../helpers/screens';

let h: ScreensHarness | undefined;
afterEach(async () => h?.close());

describe('a center left on overnight', () => {
  it('a display and a counter kept open across midnight move to the new day and show its first ticket', async () => {
    const clock = new TestClock(Date.parse('2026-11-23T16:30:00+07:00'));
    h = await screensHarness({ clock: clock.read, dayCheckMs: 200 });
    const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
    const q1 = points.find((p) => p.nameVi === 'Quầy 1')!.id;
    const q2 = points.find((p) => p.nameVi === 'Quầy 2')!.id;
    await h.api('POST', '/api/tickets', { serviceId: 1 });
    await h.api('POST', '/api/tickets', { serviceId: 1 });
    // Yesterday's last call stays open at Quầy 2; A002 is still waiting when the center closes.
    await h.api('POST', `/api/service-points/${q2}/call-next`, {});

    const counter = await h.open(await h.device('counter', q1), `/counter/${q1}`);
    const display = await h.open(await h.device('display'), '/display', { width: 1920, height: 1080 });
    await display.getByText('đến Quầy 2').waitFor();
    await counter.locator('.waiting-list__code', { hasText: 'A002' }).waitFor();

    clock.now = Date.parse('2026-11-24T07:00:00+07:00');
    // The new day comes to the screens by itself: yesterday's call and queue are gone.
    await display.getByText('đến Quầy 2').waitFor({ state: 'detached', timeout: 10_000 });
    await counter.locator('.waiting-list__code', { hasText: 'A002' }).waitFor({ state: 'detached', timeout: 10_000 });

    const { ticket } = await h.api<{ ticket: Ticket }>('POST', '/api/tickets', { serviceId: 1 });
    if (ticket.displayCode !== 'A001' || ticket.serviceDay !== '2026-11-24')
      throw new Error('numbering did not restart');
    await counter.locator('.waiting-list__code', { hasText: 'A001' }).waitFor();
    await pressAtCounter(counter, 'g', 'next');
    await counter.getByTestId('current-number').filter({ hasText: 'A001' }).waitFor();
    await display.locator('.display__call-number', { hasText: 'A001' }).waitFor();
    await display.getByText('đến Quầy 1').waitFor();
  });

  it('a snapshot of the new day answered last does not undo the first call the display already showed', async () => {
    // Seen in CI: after midnight the display asks for the new day's queue; the host answered that request after the
    // day's first call had reached the screen, and the older picture replaced the newer one.
    const clock = new TestClock(Date.parse('2026-11-23T16:30:00+07:00'));
    h = await screensHarness({ clock: clock.read, dayCheckMs: 200 });
    const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
    const q1 = points.find((p) => p.nameVi === 'Quầy 1')!.id;
    const q2 = points.find((p) => p.nameVi === 'Quầy 2')!.id;
    // Yesterday's last call (A001 too) was at Quầy 2.
    await h.api('POST', '/api/tickets', { serviceId: 1 });
    await h.api('POST', `/api/service-points/${q2}/call-next`, {});
    const display = await h.open(await h.device('display'), '/display', { width: 1920, height: 1080 });
    await display.getByText('đến Quầy 2').waitFor();

    // Hold the display's first snapshot after midnight, as a busy host would.
    const held = await holdFirstAnswer(display, '**/api/queue');
    clock.now = Date.parse('2026-11-24T07:00:00+07:00');
    await held.asked;

    const { ticket } = await h.api<{ ticket: Ticket }>('POST', '/api/tickets', { serviceId: 1 });
    if (ticket.displayCode !== 'A001' || ticket.serviceDay !== '2026-11-24')
      throw new Error('numbering did not restart');
    await h.api('POST', `/api/service-points/${q1}/call-next`, {});
    await display.getByText('đến Quầy 1').waitFor();
    await display.locator('.display__call-number', { hasText: 'A001' }).waitFor();

    held.release();
    await held.handedOver;
    // The late snapshot (the new day, before its first ticket) is read within milliseconds; for a second after it
    // the call stays on the screen.
    const shown = () => display.getByText('đến Quầy 1').isVisible();
    await staysForASecond(display, shown, true);
  });
});
