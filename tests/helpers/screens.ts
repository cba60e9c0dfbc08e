/** A real server with the built screens, and signed-in Chromium pages, for end-to-end tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type APIResponse, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { startLuot, type RunningLuot, type StartOptions } from '../../src/server/start';
import type { CreatedDevice } from '../../src/shared/api';
import { CHROMIUM_ARGS, CHROMIUM_PATH, STEP_TIMEOUT_MS } from './browser';

export const ADMIN = 'e2e-admin-token-0123456789abcdef';
const RENDERER = join(import.meta.dirname, '../../out/renderer');

export interface ScreensHarness {
  luot: RunningLuot;
  base: string;
  browser: Browser;
  api<T>(method: string, path: string, body?: unknown): Promise<T>;
  device(role: string, servicePointId?: number | null): Promise<string>;
  open(token: string, path: string, viewport?: { width: number; height: number }): Promise<Page>;
  restart(): Promise<void>;
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

export async function screensHarness(options: Partial<StartOptions> = {}): Promise<ScreensHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'luot-e2e-'));
  const start = (port: number) =>
    startLuot({
      ...options,
      dataDir: dir,
      host: '127.0.0.1',
      port,
      version: 'e2e',
      rendererDir: RENDERER,
      bootstrapToken: ADMIN,
    });
  let luot = await start(0);
  const port = luot.port;
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let running = true;
  const harness: ScreensHarness = {
    get luot() {
      return luot;
    },
    base,
    browser,
    async api<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(base + path, {
        method,
        headers: {
          authorization: `Bearer ${ADMIN}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok && response.status !== 204) throw new Error(`${method} ${path}: ${await response.text()}`);
      return (response.status === 204 ? null : await response.json()) as T;
    },
    async device(role, servicePointId = null) {
      const created = await harness.api<CreatedDevice>('POST', '/api/devices', {
        name: `e2e ${role}`,
        role,
        servicePointId,
      });
      return created.token;
    },
    async open(token, path, viewport = { width: 1366, height: 768 }) {
      const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      // A step that does not happen fails in seconds, naming the step, not at the test's time limit.
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      const page = await context.newPage();
      await page.goto(`${base}/signin#token=${token}`);
      await page.waitForURL((url) => url.pathname !== '/signin');
      if (new URL(page.url()).pathname !== path) await page.goto(base + path);
      return page;
    },
    async stopServer() {
      if (running) await luot.stop();
      running = false;
    },
    async restart() {
      await harness.stopServer();
      luot = await start(port);
      running = true;
    },
    async close() {
      await browser.close();
      await harness.stopServer();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * A counter's key, pressed once its step's button is enabled. The counter ignores its keys while a step is on its
 * way (its bar is busy until the answer, and the call's event can come first) or the host is away: a key pressed
 * then is lost, as it would be for the official. `step` is the button's data-action (callNext is `next`).
 */
export async function pressAtCounter(page: Page, key: string, step: string): Promise<void> {
  await page.locator(`[data-action="${step}"]:enabled`).waitFor();
  await page.keyboard.press(key);
}

/** Z at a counter, once its undo button is there and enabled (the step's answer has come back). */
export async function undoAtCounter(page: Page): Promise<void> {
  await page.locator('[data-undo] button:enabled').waitFor();
  await page.keyboard.press('z');
}

/**
 * Holds the page's first request to `url` after this call whose answer `holds` (any answer by default), as a busy
 * host's late answer: the host answers at once (the answer is read then), and the page gets it only on `release()`.
 * Other requests go through. The page's service
 * worker fetches for it, so only the context's route sees those requests. `handedOver` resolves once the answer is
 * handed to the service worker — not when the page's request finishes: after its 4 s on a loaded runner the worker
 * may have shown a kept answer instead, and then no request of the page ever finishes with this one.
 */
export async function holdFirstAnswer(page: Page, url: string, holds: (answer: APIResponse) => boolean = () => true) {
  let asked!: () => void;
  const read = new Promise<void>((resolve) => (asked = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let delivered!: () => void;
  const handedOver = new Promise<void>((resolve) => (delivered = resolve));
  let held = false;
  await page.context().route(url, async (route) => {
    if (held) return route.continue();
    const response = await route.fetch();
    if (held || !holds(response)) return route.fulfill({ response });
    held = true;
    asked();
    await released;
    await route.fulfill({ response });
    delivered();
  });
  return { asked: read, release, handedOver };
}

/**
 * What a late answer must not change: `read()` still gives `expected` ten times over the next second (the answer is
 * handled within milliseconds of its delivery).
 */
export async function staysForASecond(page: Page, read: () => Promise<unknown>, expected: unknown): Promise<void> {
  for (let i = 0; i < 10; i++) {
    expect(await read()).toBe(expected);
    await page.waitForTimeout(100);
  }
}
