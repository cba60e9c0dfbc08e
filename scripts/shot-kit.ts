/**
 * What every screenshot script starts with: a Lượt server on a fresh data folder serving the built screens
 * (`npm run build:web` first), an admin API to seed it, Chromium, and pictures written to docs/screenshots/ at the
 * two sizes we check (a 1920×1080 TV or desktop, a 1366×768 laptop), in Vietnamese, on Vietnam's clock.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { startLuot, type StartOptions } from '../src/server/start';
import { localParts, serviceDayStart } from '../src/shared/time';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { call } from '../tests/helpers/busy-morning';

export const OUT = join(import.meta.dirname, '../docs/screenshots');
export const SHOTS_ADMIN = 'screenshots-admin-token-0123456789';
export const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;

export type Luot = Awaited<ReturnType<typeof startLuot>>;

const DAY_MS = 24 * 3_600_000;

/**
 * 09:30 in Hà Nội on a working day — today's, or the Friday before when today is a Saturday or a Sunday — for
 * pictures that must show the hall open whenever the script runs: at night a service's card would say "Ngoài giờ
 * cấp số", on a Sunday "not today". Pure: `realNow` is the machine's clock.
 */
export function workingMorning(realNow = Date.now(), minuteOfDay = 9 * 60 + 30): number {
  const { day, isoWeekday } = localParts(realNow);
  const back = isoWeekday === 6 ? 1 : isoWeekday === 7 ? 2 : 0;
  return serviceDayStart(day) - back * DAY_MS + minuteOfDay * 60_000;
}

/** A clock that starts at `start` and runs at the machine's pace (steps keep their order and their seconds). */
export function clockFrom(start: number): () => number {
  const offset = start - Date.now();
  return () => Date.now() + offset;
}

export interface ShotServer {
  luot: Luot;
  base: string;
  /** The throwaway data folder (removed by `close`). */
  dataDir: string;
  browser: Browser;
  /** The API, as the admin unless another device's token is given: throws with the server's words on a refusal. */
  api<T>(method: string, path: string, body?: unknown, token?: string): Promise<T>;
  /** The server's clock (the machine's unless the script set one; every page opened shows the same moment). */
  now(): number;
  /** A fresh browser page, signed in with `token` when given. */
  open(
    viewport: { width: number; height: number },
    token?: string | null,
    options?: BrowserContextOptions,
  ): Promise<Page>;
  close(): Promise<void>;
}

/**
 * `prepare` fills the data folder before the server opens it (a demo center's weeks, a copied folder).
 * `daytime`: the server and every page opened run on a working morning's clock from 09:30 (`workingMorning`).
 */
export async function startShotServer(
  name: string,
  options: Partial<StartOptions> = {},
  prepare?: (dataDir: string) => void,
  { daytime = false }: { daytime?: boolean } = {},
): Promise<ShotServer> {
  const pinned = daytime ? clockFrom(workingMorning()) : null;
  if (pinned) options = { ...options, clock: pinned };
  const dir = mkdtempSync(join(tmpdir(), `luot-${name}-shots-`));
  prepare?.(dir);
  const luot = await startLuot({
    dataDir: dir,
    host: '127.0.0.1',
    port: 0,
    version: 'screenshots',
    rendererDir: join(import.meta.dirname, '../out/renderer'),
    bootstrapToken: SHOTS_ADMIN,
    discoveryPort: null,
    ...options,
  });
  const base = `http://127.0.0.1:${luot.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  mkdirSync(OUT, { recursive: true });
  return {
    luot,
    base,
    dataDir: dir,
    browser,
    api: <T>(method: string, path: string, body?: unknown, token = SHOTS_ADMIN) =>
      call<T>(base, token, method, path, body),
    now: options.clock ?? Date.now,
    async open(viewport, token, contextOptions = {}) {
      const context = await browser.newContext({
        viewport,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        ...contextOptions,
      });
      // The page's clock shows the server's moment and runs on from there; its timers stay real.
      if (pinned) await context.clock.setSystemTime(pinned());
      const page = await context.newPage();
      if (token) {
        await page.goto(`${base}/signin#token=${token}`);
        await page.waitForURL((url) => url.pathname !== '/signin');
      }
      return page;
    },
    async close() {
      await browser.close();
      await luot.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes `docs/screenshots/<name>.png` once the page's fonts and pictures are in. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate('document.fonts.ready');
  await page.waitForFunction('[...document.images].every((image) => image.complete)');
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}
