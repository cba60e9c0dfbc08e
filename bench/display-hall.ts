/**
 * The wall display's bench set-up, shared by `npm run bench -- display` (display.ts) and the profiling tool
 * (display-profile.ts): a real host on loopback with a crowded morning, Debian's Chromium, and the hall's TV signed
 * in on /display with its sound allowed and five seconds to settle. Quầy 2 is the counter that calls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Service, ServicePoint } from '../src/shared/domain';
import { startLuot } from '../src/server/start';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { seedBusyMorning } from '../tests/helpers/busy-morning';

const ADMIN = 'bench-display-admin-token-0123456789';

export interface DisplayHall {
  context: BrowserContext;
  page: Page;
  /** The browser process: its tree of processes is what the CPU share is measured over. */
  chromiumPid: number;
  api: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  /** Quầy 2 finishes its citizen (resolve), as an official does before calling the next. */
  finish: () => Promise<void>;
  /** Quầy 2 calls the next number. */
  call: () => Promise<{ ticket: { displayCode: string } }>;
  close: () => Promise<void>;
}

export async function openDisplayHall(options: {
  rendererDir: string;
  viewport: { width: number; height: number };
  reducedMotion?: boolean;
}): Promise<DisplayHall> {
  const dir = mkdtempSync(join(tmpdir(), 'luot-bench-display-'));
  const luot = await startLuot({
    dataDir: dir,
    host: '127.0.0.1',
    port: 0,
    version: 'bench',
    rendererDir: options.rendererDir,
    bootstrapToken: ADMIN,
  });
  const base = `http://127.0.0.1:${luot.port}`;
  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${ADMIN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok && response.status !== 204) throw new Error(`${method} ${path}: ${await response.text()}`);
    return (response.status === 204 ? null : await response.json()) as T;
  };
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const browser = await chromium.connect(server.wsEndpoint());
  const close = async () => {
    await browser.close();
    await server.close();
    await luot.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const { tokens } = await seedBusyMorning(base, ADMIN);
    const services = await api<Service[]>('GET', '/api/services');
    const points = await api<ServicePoint[]>('GET', '/api/service-points');
    const serviceA = services.find((s) => s.prefix === 'A')!.id;
    const q2 = points.find((p) => p.nameVi === 'Quầy 2')!.id;
    for (let i = 0; i < 40; i++) await api('POST', '/api/tickets', { serviceId: serviceA });

    const context = await browser.newContext({ viewport: options.viewport, locale: 'vi-VN' });
    const page = await context.newPage();
    if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
    page.on('crash', () => console.error('display page crashed'));
    page.on('pageerror', (error) => console.error(`display: ${error.message}`));
    await page.goto(`${base}/signin#token=${tokens.display}`);
    await page.waitForURL((url) => url.pathname !== '/signin');
    await page.goto(`${base}/display`);
    await page.waitForFunction(
      () => (globalThis as unknown as { luotVoice?: { soundAllowed: boolean } }).luotVoice?.soundAllowed,
    );
    await page.waitForTimeout(5000);

    const finish = async () => {
      const queue = await api<{ servicePoints: { servicePointId: number; current: { id: number } | null }[] }>(
        'GET',
        '/api/queue',
      );
      const current = queue.servicePoints.find((p) => p.servicePointId === q2)?.current;
      if (current) await api('POST', `/api/tickets/${current.id}/resolve`, { outcome: 'completed' });
    };
    const call = () => api<{ ticket: { displayCode: string } }>('POST', `/api/service-points/${q2}/call-next`, {});
    return { context, page, chromiumPid: server.process().pid!, api, finish, call, close };
  } catch (error) {
    await close();
    throw error;
  }
}
