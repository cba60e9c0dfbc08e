/**
 * The wall display on a crowded morning (issue 8 §3): everything fits at 1920×1080 and 1366×768 without
 * clipping, the sound prompt covers nothing and is remembered, and the next numbers it lists are the ones the
 * counter really calls.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Service, ServicePoint } from '../../src/shared/domain';
import { seedCrowdedDisplay, SOUND_OFF_UNTIL_TAP } from '../helpers/crowded-display';
import { screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface Layout {
  viewport: Box;
  header: Box;
  footer: Box;
  rows: { box: Box; clipped: boolean }[];
  texts: { text: string; clipped: boolean }[];
  services: string[];
  page: string | null;
}

/**
 * Every row and text on screen, with whether its content is cut off (larger than a box that hides overflow).
 * Run in the page as a script: the tests are typed for Node, not the DOM.
 */
const LAYOUT = `(() => {
  const box = (e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  };
  const all = (selector) => [...document.querySelectorAll(selector)];
  const clipped = (e) => {
    const style = getComputedStyle(e);
    return (
      (style.overflowY !== 'visible' && e.scrollHeight > e.clientHeight + 1) ||
      (style.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1)
    );
  };
  return {
    viewport: { top: 0, left: 0, bottom: innerHeight, right: innerWidth },
    header: box(document.querySelector('.display__header')),
    footer: box(document.querySelector('.display__footer')),
    rows: all('.next__item, .board__row, .display__call').map((e) => ({ box: box(e), clipped: clipped(e) })),
    texts: all('.next__name, .next__codes, .board__number, .display__call-number').map((e) => ({
      text: e.textContent,
      clipped: clipped(e),
    })),
    services: all('.next__item').map((e) => e.getAttribute('data-service')),
    page: document.querySelector('.next__page')?.textContent ?? null,
  };
})()`;
const layout = (page: Page) => page.evaluate(LAYOUT) as Promise<Layout>;

const inside = (inner: Box, outer: Box) =>
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5 &&
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5;
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Font sizes as shares of the screen's height (the em box: what a reader a room away sees of a glyph). */
const SIZES = `(() => {
  const share = (e) => parseFloat(getComputedStyle(e).fontSize) / innerHeight;
  return {
    call: [...document.querySelectorAll('.display__call-number')].map(share),
    next: [...document.querySelectorAll('.next__codes')].map(share),
    paged: document.querySelector('.next__page') !== null,
  };
})()`;

describe('the wall display of a usual center (issue 19 §7)', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ])
    it(`with 8 points at ${viewport.width}×${viewport.height}: the call ≥ 12 % of the height, next numbers ≥ 4 %, no pages`, async () => {
      const services = await h.api<Service[]>('GET', '/api/services');
      await h.api('POST', '/api/service-points', {
        number: 6,
        nameVi: 'Quầy 6',
        nameEn: 'Counter 6',
        kind: 'counter',
        serviceIds: [services[0]!.id],
      });
      for (const service of services)
        for (let k = 0; k < 5; k++) await h.api('POST', '/api/tickets', { serviceId: service.id, priority: 'none' });
      const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
      expect(points).toHaveLength(8);
      for (const point of points) await h.api('POST', `/api/service-points/${point.id}/call-next`, {});
      const display = await h.open(await h.device('display'), '/display', viewport);
      await display.locator('.display__call-number').waitFor();
      await display.evaluate('document.fonts.ready');
      const sizes = (await display.evaluate(SIZES)) as { call: number[]; next: number[]; paged: boolean };
      expect(sizes.paged).toBe(false);
      expect(sizes.next).toHaveLength(services.length);
      expect(sizes.call[0]).toBeGreaterThanOrEqual(0.12);
      for (const next of sizes.next) expect(next).toBeGreaterThanOrEqual(0.04);
      // And still nothing clipped or under the header and footer.
      const seen = await layout(display);
      const main = { ...seen.viewport, top: seen.header.bottom, bottom: seen.footer.top };
      for (const row of seen.rows) expect(inside(row.box, main) && !row.clipped, JSON.stringify(row)).toBe(true);
      for (const text of seen.texts) expect(text.clipped, text.text).toBe(false);
    });
});

describe('the wall display, full', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ])
    it(`fits twelve services and twelve points at ${viewport.width}×${viewport.height}: nothing clipped, none under the notice`, async () => {
      const { services } = await seedCrowdedDisplay(h.api);
      const display = await h.open(await h.device('display'), '/display', viewport);
      await display.locator('.board__number').first().waitFor();
      await display.evaluate('document.fonts.ready');
      const seen = await layout(display);
      const main = { ...seen.viewport, top: seen.header.bottom, bottom: seen.footer.top };
      for (const row of seen.rows) {
        expect(inside(row.box, main), JSON.stringify(row)).toBe(true);
        expect(row.clipped).toBe(false);
      }
      for (const text of seen.texts) expect(text.clipped, text.text).toBe(false);
      // More services than fit turn in pages: the title says so, and every service is on one of them.
      expect(seen.page).toMatch(/^trang 1\/\d$/);
      const pages = Number(seen.page!.slice(-1));
      const shown = new Set(seen.services);
      for (let turn = 1; turn < pages; turn++) {
        await display.getByText(`trang ${turn + 1}/${pages}`).waitFor({ timeout: 15_000 });
        for (const prefix of (await layout(display)).services) shown.add(prefix);
      }
      expect([...shown].sort()).toEqual(services.map((s) => s.prefix).sort());
    });

  it('asks for sound in the header, over no number; a tap turns it on, and the device remembers', async () => {
    const ids = await h.api<Service[]>('GET', '/api/services');
    await h.api('POST', '/api/tickets', { serviceId: ids[0]!.id, priority: 'none' });
    const token = await h.device('display');
    const display = await h.open(token, '/signin', { width: 1366, height: 768 });
    await display.context().addInitScript(SOUND_OFF_UNTIL_TAP);
    await display.goto(`${h.base}/display`);
    const prompt = display.getByTestId('sound-prompt');
    await prompt.waitFor();
    expect(await prompt.textContent()).toBe('Bấm vào đây để bật âm thanh gọi số');
    const promptBox = (await prompt.boundingBox())!;
    // Impossible to miss: across the top, at least 8 % of the screen's height.
    expect(promptBox.y).toBeLessThanOrEqual(1);
    expect(promptBox.width).toBeGreaterThanOrEqual(1366 * 0.95);
    expect(promptBox.height).toBeGreaterThanOrEqual(768 * 0.08);
    const asBox = (b: { x: number; y: number; width: number; height: number }) => ({
      top: b.y,
      left: b.x,
      bottom: b.y + b.height,
      right: b.x + b.width,
    });
    for (const element of await display.locator('.next__item, .board__row, .display__call, .display__clock').all())
      expect(overlaps(asBox(promptBox), asBox((await element.boundingBox())!))).toBe(false);

    await prompt.click();
    await prompt.waitFor({ state: 'detached' });
    // Next time the browser still starts silent; the reminder is small and any key turns sound on.
    await display.reload();
    await prompt.waitFor();
    expect(await prompt.textContent()).toBe('Âm thanh đang tắt — bấm phím bất kỳ để bật');
    expect((await prompt.boundingBox())!.height).toBeGreaterThanOrEqual(768 * 0.08);
    await display.keyboard.press('Space');
    await prompt.waitFor({ state: 'detached' });
  });

  it('lists as next the number the counter then calls (ratio policy: a priority ticket due after two regular)', async () => {
    const services = await h.api<Service[]>('GET', '/api/services');
    const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
    const a = services.find((s) => s.prefix === 'A')!.id;
    const point = (name: string) => points.find((p) => p.nameVi === name)!.id;
    const q1 = point('Quầy 1');
    // Only Quầy 1 takes service A this morning.
    for (const other of ['Quầy 2', 'Quầy 5'])
      await h.api('POST', `/api/service-points/${point(other)}/pause`, { reason: 'Họp giao ban' });
    const callAndResolve = async () => {
      const called = await h.api<{ ticket: { id: number; displayCode: string } }>(
        'POST',
        `/api/service-points/${q1}/call-next`,
        {},
      );
      await h.api('POST', `/api/tickets/${called.ticket.id}/resolve`, { outcome: 'completed' });
      return called.ticket.displayCode;
    };
    // Default policy: after two regular tickets a priority one is due. A001 (elderly) is served first, then
    // two regular; an elderly citizen arrives last (A006) and is due next, ahead of A004 and A005.
    await h.api('POST', '/api/tickets', { serviceId: a, priority: 'elderly' });
    expect(await callAndResolve()).toBe('A001');
    for (const priority of ['none', 'none', 'none', 'none', 'elderly'])
      await h.api('POST', '/api/tickets', { serviceId: a, priority });
    expect([await callAndResolve(), await callAndResolve()]).toEqual(['A002', 'A003']);

    const display = await h.open(await h.device('display'), '/display', { width: 1920, height: 1080 });
    const listed = display.locator('.next__item[data-service="A"] .next__codes');
    await expect.poll(() => listed.textContent()).toBe('A006  A004  A005');
    expect(await callAndResolve()).toBe('A006');
    await expect.poll(() => listed.textContent()).toBe('A004  A005');
  });
});
