/**
 * What the greeter screenshots show (issue 15, issue 8 §4), step by step on the real screen: a crowded morning with
 * a full service and one outside its hours, the search, the chosen procedure's guide, and "Thiếu giấy tờ".
 * Also the setup tab of the catalogue. Used by scripts/screenshots.ts; each step starts from a freshly opened screen.
 */
import type { Page } from 'playwright-core';

async function chooseProcedure(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(query, { delay: 20 });
  await page.waitForSelector('.procedure-result');
}

export const GREETER_STEPS: Record<string, (page: Page) => Promise<void>> = {
  /** The number just issued for "Đăng ký khai sinh", to an elderly citizen, with the morning's numbers below. */
  async greeter(page) {
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="issued-number"]');
    await chooseProcedure(page, 'khai sinh cho con');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.guide');
    await page.keyboard.press('u');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.issued__procedure');
  },
  /** Typed as the citizen said it, without diacritics. */
  async 'greeter-search'(page) {
    await chooseProcedure(page, 'sang ten so do');
  },
  /** A slip ("khai sihn"): the best hit is a guess, so the two or three closest, to ask the citizen which. */
  async 'greeter-weak-search'(page) {
    await chooseProcedure(page, 'khai sihn');
    await page.waitForSelector('.weak-matches');
  },
  /** The chosen procedure: where to go, the papers to read out, fee, time limit, online filing. */
  async 'greeter-guide'(page) {
    await chooseProcedure(page, 'dang ky kinh doanh');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.guide');
  },
  /** "Thiếu giấy tờ": tick what is missing, send home with the list or to a help desk. */
  async 'greeter-missing-papers'(page) {
    await chooseProcedure(page, 'ket hon');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.guide');
    await page.keyboard.press('t');
    await page.waitForSelector('dialog .missing__paper');
    await page.locator('dialog .missing__paper').nth(2).click();
  },
  /** A number issued by mistake, about to be cancelled with its reason (issue 8 §4). */
  async 'greeter-cancel'(page) {
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="issued-number"]');
    await page.getByRole('button', { name: 'Huỷ số', exact: true }).click();
    await page.locator('dialog').getByLabel('Cấp nhầm lĩnh vực').check();
  },
  /** Setup: the catalogue with one procedure open for editing. */
  async 'admin-procedures'(page) {
    await page.locator('.admin-list__item', { hasText: 'Đăng ký khai sinh' }).first().click();
    await page.waitForSelector('.admin-form textarea');
  },
};

/** A morning where Kinh doanh has issued all its numbers and Lao động issues only in the afternoon. */
export async function crowdGreeter(base: string, admin: string): Promise<() => Promise<void>> {
  const call = (method: string, path: string, body?: unknown) =>
    fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => r.json() as Promise<unknown>);
  const services = (await call('GET', '/api/services')) as { id: number; prefix: string }[];
  const queue = (await call('GET', '/api/queue')) as { services: { serviceId: number; issuedToday: number }[] };
  const d = services.find((s) => s.prefix === 'D')!;
  const c = services.find((s) => s.prefix === 'C')!;
  const issued = queue.services.find((s) => s.serviceId === d.id)!.issuedToday;
  await call('PATCH', `/api/services/${d.id}`, { dailyCap: Math.max(1, issued) });
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(),
    ),
  );
  // A window later today, so the card reads "mở lại lúc …" whatever the hour of the run.
  const from = `${String(Math.min(hour + 1, 22)).padStart(2, '0')}:30`;
  const to = `${String(Math.min(hour + 1, 22) + 1).padStart(2, '0')}:30`;
  await call('PATCH', `/api/services/${c.id}`, { issuingHours: [{ from, to }] });
  return async () => {
    await call('PATCH', `/api/services/${d.id}`, { dailyCap: null });
    await call('PATCH', `/api/services/${c.id}`, { issuingHours: [] });
  };
}
