/**
 * The wall display keeps a TV box's processor quiet (issue 25): no CSS animation runs, ever — each one is drawn
 * at the screen's frame rate — yet a new call still blinks four times (eight class changes from a timer), the
 * notice still turns sentence by sentence, and a viewer who asked for reduced motion sees no blink at all.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Service, ServicePoint } from '../../src/shared/domain';
import { screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

interface Watch {
  /** The most animations `document.getAnimations()` listed at any moment. */
  mostAnimations: number;
  /** Each time the call panel lit up (true) or went dark again (false). */
  lit: boolean[];
  notices: string[];
}

/** Watches the page from now on: its running animations, the call panel's blink, the notice's sentences. */
const WATCH = `(() => {
  const watch = { mostAnimations: 0, lit: [], notices: [] };
  globalThis.displayWatch = watch;
  const look = () => {
    watch.mostAnimations = Math.max(watch.mostAnimations, document.getAnimations().length);
    const notice = document.querySelector('.display__notice')?.textContent ?? '';
    if (watch.notices.at(-1) !== notice) watch.notices.push(notice);
    requestAnimationFrame(look);
  };
  look();
  const panel = document.querySelector('[data-testid="display-call"]');
  new MutationObserver(() => {
    const lit = panel.classList.contains('display__call--lit');
    if ((watch.lit.at(-1) ?? false) !== lit) watch.lit.push(lit);
  }).observe(panel, { attributes: true, attributeFilter: ['class'] });
})()`;
const watched = (page: Page) => page.evaluate('globalThis.displayWatch') as Promise<Watch>;

async function callOne() {
  const services = await h.api<Service[]>('GET', '/api/services');
  const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
  await h.api('POST', '/api/tickets', { serviceId: services.find((s) => s.prefix === 'A')!.id, priority: 'none' });
  await h.api('POST', `/api/service-points/${points.find((p) => p.nameVi === 'Quầy 1')!.id}/call-next`, {});
}

describe('the wall display at rest and on a call', () => {
  it('runs no animation, yet blinks a new call four times and turns the notice', async () => {
    await h.api('PATCH', '/api/settings', {
      noticeVi: 'Vui lòng giữ phiếu và chờ gọi số. Người cao tuổi được ưu tiên.',
      noticeEn: 'Please keep your ticket. Elderly citizens go first.',
    });
    const display = await h.open(await h.device('display'), '/display', { width: 1920, height: 1080 });
    await display.locator('.display__notice').waitFor();
    await display.evaluate(WATCH);
    await callOne();
    await display.getByTestId('display-call').getByText('A001').waitFor();
    // Lit and dark four times each, then dark again: the blink is over.
    await expect
      .poll(async () => (await watched(display)).lit, { timeout: 15_000 })
      .toEqual([...[true, false, true, false, true, false, true, false]]);
    await expect.poll(async () => (await watched(display)).notices.length, { timeout: 15_000 }).toBeGreaterThan(1);
    const watch = await watched(display);
    expect(watch.notices.slice(0, 2)).toEqual(['Vui lòng giữ phiếu và chờ gọi số.', 'Người cao tuổi được ưu tiên.']);
    expect(watch.mostAnimations).toBe(0);
  }, 40_000);

  it('does not blink for a viewer who asked for reduced motion', async () => {
    const display = await h.open(await h.device('display'), '/display', { width: 1366, height: 768 });
    await display.emulateMedia({ reducedMotion: 'reduce' });
    await display.getByTestId('display-call').waitFor();
    await display.evaluate(WATCH);
    await callOne();
    await display.locator('.display__call--new').getByText('A001').waitFor();
    await display.waitForTimeout(3000);
    expect((await watched(display)).lit).toEqual([]);
  }, 30_000);
});
