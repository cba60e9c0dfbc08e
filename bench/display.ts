/**
 * Wall display figures for `npm run bench` (issues 8 and 11): the processor time a display takes in Debian's
 * headless Chromium while idle and with a call every 10 s, and how long from a counter's call to the first
 * sample of its announcement leaving the display (segments already decoded, as they are for waiting numbers).
 * CPU is every Chromium process's own time (/proc utime + stime) over the window: renderer, GPU, audio and
 * browser alike. Alone: `npm run build:web && node --import tsx bench/display.ts`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { Service, ServicePoint } from '../src/shared/domain';
import { startLuot } from '../src/server/start';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { seedBusyMorning } from '../tests/helpers/busy-morning';
import { median, percentile } from './harness';

export type Record = (what: string, figure: string, target: string, ok: boolean) => void;

const ADMIN = 'bench-display-admin-token-0123456789';
/** Windows of measurement; shorter ones (environment) only to try the bench out. */
const IDLE_S = Number(process.env.LUOT_BENCH_IDLE_S ?? 30);
const CALLS_S = Number(process.env.LUOT_BENCH_CALLS_S ?? 60);
const CALL_EVERY_S = 10;
const LATENCY_CALLS = 20;
const TICK = 100; // clock ticks per second on Linux

/** The process tree under `root`, from /proc. */
function tree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) for (const [pid, parent] of parents) if (parent === found[i]) found.push(pid);
  return found;
}

/** CPU seconds used so far by the process tree under `root`. */
function cpuSeconds(root: number): number {
  let ticks = 0;
  for (const pid of tree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / TICK;
}

/** Share of one core the tree used over `seconds`, while `during` runs. */
async function coreShare(root: number, seconds: number, during?: (stop: () => boolean) => Promise<void>) {
  const t0 = performance.now();
  const cpu0 = cpuSeconds(root);
  const end = t0 + seconds * 1000;
  await Promise.all([
    new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
    during?.(() => performance.now() >= end),
  ]);
  return (cpuSeconds(root) - cpu0) / ((performance.now() - t0) / 1000);
}

interface Sound {
  code: string;
  kind: string;
  startMs: number;
  endMs: number;
}
const journal = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { luotVoice: { journal: Sound[] } }).luotVoice.journal);

export async function displayBench(record: Record): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'luot-bench-display-'));
  const luot = await startLuot({
    dataDir: dir,
    host: '127.0.0.1',
    port: 0,
    version: 'bench',
    rendererDir: join(import.meta.dirname, '../out/renderer'),
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
  try {
    const { tokens } = await seedBusyMorning(base, ADMIN);
    const services = await api<Service[]>('GET', '/api/services');
    const points = await api<ServicePoint[]>('GET', '/api/service-points');
    const serviceA = services.find((s) => s.prefix === 'A')!.id;
    const q2 = points.find((p) => p.nameVi === 'Quầy 2')!.id;
    for (let i = 0; i < 40; i++) await api('POST', '/api/tickets', { serviceId: serviceA });

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN' });
    const page = await context.newPage();
    page.on('crash', () => console.error('display page crashed'));
    page.on('pageerror', (error) => console.error(`display: ${error.message}`));
    await page.goto(`${base}/signin#token=${tokens.display}`);
    await page.waitForURL((url) => url.pathname !== '/signin');
    await page.goto(`${base}/display`);
    await page.waitForFunction(
      () => (globalThis as unknown as { luotVoice?: { soundAllowed: boolean } }).luotVoice?.soundAllowed,
    );
    await page.waitForTimeout(5000);
    const root = server.process().pid!;

    const idle = await coreShare(root, IDLE_S);
    record(
      `wall display idle, headless Chromium, 1920×1080 (${IDLE_S} s)`,
      `${(idle * 100).toFixed(1)} % of a core`,
      '< 2 %',
      idle < 0.02,
    );

    /** The counter finishes its citizen (resolve), as an official does before calling the next. */
    const finish = async (point: number) => {
      const queue = await api<{ servicePoints: { servicePointId: number; current: { id: number } | null }[] }>(
        'GET',
        '/api/queue',
      );
      const current = queue.servicePoints.find((p) => p.servicePointId === point)?.current;
      if (current) await api('POST', `/api/tickets/${current.id}/resolve`, { outcome: 'completed' });
    };
    const call = (point: number) =>
      api<{ ticket: { displayCode: string } }>('POST', `/api/service-points/${point}/call-next`, {});
    const callAt = async (point: number) => {
      await finish(point);
      return call(point);
    };
    const busy = await coreShare(root, CALLS_S, async (stopped) => {
      while (!stopped()) {
        await callAt(q2);
        await new Promise((resolve) => setTimeout(resolve, CALL_EVERY_S * 1000));
      }
    });
    record(
      `wall display with a call every ${CALL_EVERY_S} s, voice on (${CALLS_S} s)`,
      `${(busy * 100).toFixed(1)} % of a core`,
      '< 8 %',
      busy < 0.08,
    );

    // Call → first audio sample, said once, for numbers that were waiting (their words decoded in advance).
    for (const chime of [true, false]) {
      await api('PATCH', '/api/voice', { repeat: 1, chime });
      await page.waitForTimeout(1500);
      const latencies: number[] = [];
      for (let i = 0; i < LATENCY_CALLS; i++) {
        await finish(q2);
        const sent = Date.now();
        const called = await call(q2);
        const code = called.ticket.displayCode;
        // The journal keeps the last 200 sounds: find this call's by its number, and wait until it is said.
        let sounds: Sound[] = [];
        for (const deadline = Date.now() + 20_000; ;) {
          sounds = (await journal(page)).filter((s) => s.code === code);
          if (sounds.length > 0 && sounds.at(-1)!.endMs < Date.now()) break;
          if (Date.now() > deadline) throw new Error(`the display said nothing for ${code}`);
          await page.waitForTimeout(100);
        }
        const first = sounds[0]!;
        latencies.push(first.startMs - sent);
      }
      record(
        `call → first audio sample on the display (${chime ? 'the chime' : 'the voice, chime off'}; ${LATENCY_CALLS} calls)`,
        `p50 ${median(latencies).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms`,
        'p95 < 300 ms',
        percentile(latencies, 95) < 300,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    await luot.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await displayBench((what, figure, target, ok) =>
    console.log(`${ok ? '✔' : '✘'} ${what}: ${figure} (target ${target})`),
  );
}
