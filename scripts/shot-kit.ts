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
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { call } from '../tests/helpers/busy-morning';

export const OUT = join(import.meta.dirname, '../docs/screenshots');
export const SHOTS_ADMIN = 'screenshots-admin-token-0123456789';
export const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;

export type Luot = Awaited<ReturnType<typeof startLuot>>;

export interface ShotServer {
  luot: Luot;
  base: string;
  /** The throwaway data folder (removed by `close`). */
  dataDir: string;
  browser: Browser;
  /** The API, as the admin unless another device's token is given: throws with the server's words on a refusal. */
  api<T>(method: string, path: string, body?: unknown, token?: string): Promise<T>;
  /** A fresh browser page, signed in with `token` when given. */
  open(
    viewport: { width: number; height: number },
    token?: string | null,
    options?: BrowserContextOptions,
  ): Promise<Page>;
  close(): Promise<void>;
}

/** `prepare` fills the data folder before the server opens it (a demo center's weeks, a copied folder). */
export async function startShotServer(
  name: string,
  options: Partial<StartOptions> = {},
  prepare?: (dataDir: string) => void,
): Promise<ShotServer> {
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
    async open(viewport, token, contextOptions = {}) {
      const context = await browser.newContext({
        viewport,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        ...contextOptions,
      });
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
