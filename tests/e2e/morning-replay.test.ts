/**
 * Issue 19's closing test: a crowded morning replayed through the real screens at 1366×768 — sixty tickets by
 * keyboard and mouse with priorities, guide searches with the pointer resting over the result list, two counters
 * and the elderly help desk calling and resolving, the wall display on — and then the stored tickets and the
 * day's report say exactly what was pressed (services, priority classes, resolves).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ReportSummary } from '../../src/shared/reports';
import type { PriorityClass, Service, ServicePoint, Ticket } from '../../src/shared/domain';
import { pressAtCounter, screensHarness, type ScreensHarness, undoAtCounter } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

const SCREEN = { width: 1366, height: 768 };
type Priority = PriorityClass;
const KEY_OF: Record<Exclude<Priority, 'none'>, string> = {
  elderly: 'u',
  disability: 'k',
  pregnant: 'm',
  small_child: 'n',
  merit: 'c',
};

/** One citizen at the door: how the volunteer files them. */
type Step =
  | { by: 'keys'; service: number; priority: Priority }
  | { by: 'mouse'; service: number; priority: Priority }
  | { by: 'guide' };

/** The morning's sixty citizens, in order: mostly keys, some mouse, a few guide searches; a fifth priority. */
function morning(serviceCount: number): Step[] {
  const classes: Priority[] = ['elderly', 'none', 'none', 'disability', 'none', 'elderly', 'pregnant', 'none'];
  const steps: Step[] = [];
  for (let i = 0; i < 60; i++) {
    const service = (i * 7 + Math.floor(i / 3)) % serviceCount;
    const priority = i % 3 === 0 ? classes[(i / 3) % classes.length]! : i === 29 ? 'merit' : 'none';
    if (i % 12 === 5) steps.push({ by: 'guide' });
    else if (i % 4 === 1) steps.push({ by: 'mouse', service, priority });
    else steps.push({ by: 'keys', service, priority });
  }
  return steps;
}

async function signedIn(role: string, path: string, point?: number): Promise<Page> {
  return h.open(await h.device(role, point ?? null), path, SCREEN);
}

/** Calls the next citizen and resolves the case at a counter or help desk, by its keys and its dialog. */
async function serveOne(page: Page, helpDesk: boolean): Promise<boolean> {
  await pressAtCounter(page, 'g', 'next');
  // Called (its resolve button comes on once the answer is back), or refused in words when nobody waits for this
  // desk: waited for as such, not guessed from a second without change (the answer can take longer on a busy runner).
  const resolve = page.locator('[data-action="resolve"]:enabled');
  await resolve.or(page.locator('.counter__work [role="alert"]')).first().waitFor();
  if ((await resolve.count()) === 0) return false;
  // The button, not its key: a key pressed while the call's answer is still on its way is ignored (busy).
  await page.locator('[data-action="resolve"]').click();
  const dialog = page.getByRole('dialog');
  if (helpDesk) await dialog.locator('input[name="helpKind"]').first().check();
  await dialog.getByRole('button', { name: /Hoàn thành/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.locator('[data-action="resolve"]').isDisabled()).toBe(true);
  return true;
}

describe('a crowded morning, replayed through the screens', () => {
  it('ends with stored tickets and a report that equal what was pressed', { timeout: 300_000 }, async () => {
    const services = (await h.api<Service[]>('GET', '/api/services')).filter((s) => s.active);
    const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
    const pointNamed = (name: string) => points.find((p) => p.nameVi === name)!;
    const v = services.find((s) => s.prefix === 'V')!;

    const greeter = await signedIn('greeter', '/greeter');
    await greeter.locator('.service-button').first().waitFor();
    const display = await signedIn('display', '/display');
    await display.locator('.display__main').waitFor();
    const desks = [
      { page: await signedIn('counter', `/counter/${pointNamed('Quầy 1').id}`, pointNamed('Quầy 1').id), help: false },
      { page: await signedIn('counter', `/counter/${pointNamed('Quầy 2').id}`, pointNamed('Quầy 2').id), help: false },
      {
        page: await signedIn(
          'counter',
          `/counter/${pointNamed('Bàn hỗ trợ người cao tuổi').id}`,
          pointNamed('Bàn hỗ trợ người cao tuổi').id,
        ),
        help: true,
      },
    ];
    for (const desk of desks) await desk.page.locator('[data-action="next"]').waitFor();

    const numbers = new Map<string, number>();
    const pressed: { code: string; serviceId: number; priority: Priority }[] = [];
    let resolved = 0;
    let helped = 0;
    let advised = 0;
    for (const [index, step] of morning(services.length).entries()) {
      const service = step.by === 'guide' ? v : services[step.service]!;
      const priority = step.by === 'guide' ? 'none' : step.priority;
      if (step.by === 'keys') {
        await greeter.keyboard.press(String(step.service + 1));
        if (priority !== 'none') await greeter.keyboard.press(KEY_OF[priority]);
        await greeter.keyboard.press('Enter');
      } else if (step.by === 'mouse') {
        if (priority !== 'none')
          await greeter
            .locator('.priority-picker button', {
              has: greeter.locator('kbd', { hasText: KEY_OF[priority].toUpperCase() }),
            })
            .click();
        await greeter.locator('.service-button').nth(step.service).click();
      } else {
        // The guide, with the pointer come to rest over the second row of the results.
        await greeter.keyboard.press('/');
        await greeter.keyboard.type('xac nhan cu tru');
        const rows = greeter.locator('.procedure-result');
        await rows.first().filter({ hasText: 'Xác nhận thông tin về cư trú' }).waitFor();
        await rows.nth(1).waitFor();
        const second = (await rows.nth(1).boundingBox())!;
        await greeter.mouse.move(second.x + second.width / 2, second.y + second.height / 2, { steps: 2 });
        await greeter.keyboard.press('Enter');
        await greeter.locator('.guide').getByRole('heading', { name: 'Xác nhận thông tin về cư trú' }).waitFor();
        await greeter.keyboard.press('Enter');
      }
      const number = (numbers.get(service.prefix) ?? 0) + 1;
      numbers.set(service.prefix, number);
      const code = `${service.prefix}${String(number).padStart(3, '0')}`;
      await expect.poll(() => greeter.getByTestId('issued-number').textContent(), { timeout: 10_000 }).toBe(code);
      pressed.push({ code, serviceId: service.id, priority });
      // The counters and the help desk work while the door is busy.
      if (index % 5 === 4) {
        const desk = desks[Math.floor(index / 5) % 3]!;
        if (await serveOne(desk.page, desk.help)) {
          resolved++;
          if (desk.help) helped++;
        }
        // Once, a tired hand resolved as "completed" a case that was only advice: Z, then resolve it again.
        if (index === 24 && !desk.help) {
          await undoAtCounter(desk.page);
          await desk.page.locator('[data-action="resolve"]').click();
          const dialog = desk.page.getByRole('dialog');
          await dialog.getByLabel('Tư vấn, hướng dẫn').check();
          await dialog.getByRole('button', { name: /Hoàn thành/ }).click();
          await dialog.waitFor({ state: 'hidden' });
          advised++;
        }
      }
    }

    // Every stored ticket is what was pressed: its service and its priority class.
    const stored = new Map<string, Ticket>();
    for (let id = 1; stored.size < pressed.length; id++) {
      const { ticket } = await h.api<{ ticket: Ticket }>('GET', `/api/tickets/${id}`);
      stored.set(ticket.displayCode, ticket);
    }
    for (const want of pressed)
      expect([want.code, stored.get(want.code)?.serviceId, stored.get(want.code)?.priority]).toEqual([
        want.code,
        want.serviceId,
        want.priority,
      ]);

    // The day's report counts the same morning.
    const day = stored.get(pressed[0]!.code)!.serviceDay;
    const report = await h.api<ReportSummary>('GET', `/api/reports/summary?from=${day}&to=${day}`);
    expect(report.issued).toBe(60);
    expect(report.resolved).toBe(resolved);
    expect(advised).toBe(1);
    expect(report.byOutcome.find((o) => o.code === 'advised')?.count).toBe(1);
    expect(resolved).toBeGreaterThanOrEqual(10);
    expect(helped).toBeGreaterThan(0);
    expect(report.helpKinds.reduce((sum, k) => sum + k.count, 0)).toBe(helped);
    const count = <T>(items: T[], key: (item: T) => string) =>
      items.reduce<Record<string, number>>((tally, item) => {
        tally[key(item)] = (tally[key(item)] ?? 0) + 1;
        return tally;
      }, {});
    const classes = count(
      pressed.filter((p) => p.priority !== 'none'),
      (p) => p.priority,
    );
    expect(Object.fromEntries(report.priority.byClass.map((c) => [c.code, c.count]))).toEqual(classes);
    expect(report.priority.priority).toBe(Object.values(classes).reduce((a, b) => a + b, 0));
    const byService = count(pressed, (p) => String(p.serviceId));
    expect(
      Object.fromEntries(report.byService.filter((s) => s.issued > 0).map((s) => [String(s.serviceId), s.issued])),
    ).toEqual(byService);
    // The wall display follows the counters: the next call at Quầy 1 is the number it shows, large.
    const counter = desks[0]!.page;
    await pressAtCounter(counter, 'g', 'next');
    const called = counter.getByTestId('current-number');
    await expect.poll(async () => ((await called.textContent()) ?? '').trim()).toMatch(/^[A-Z]\d{3}$/);
    const code = ((await called.textContent()) ?? '').trim();
    await expect.poll(() => display.locator('.display__call-number').textContent()).toBe(code);
    expect(pressed.map((p) => p.code)).toContain(code);
  });
});
