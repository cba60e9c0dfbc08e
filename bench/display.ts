/**
 * Wall display figures for `npm run bench` (issues 8 and 11): the processor time a display takes in Debian's
 * headless Chromium while idle and with a call every 10 s, and how long from a counter's call to the first
 * sample of its announcement leaving the display (segments already decoded, as they are for waiting numbers).
 * CPU is every Chromium process's own time (/proc utime + stime) over the window: renderer, GPU, audio and
 * browser alike. Alone: `npm run build:web && node --import tsx bench/display.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openDisplayHall } from './display-hall';
import { median, percentile } from './harness';

export type Record = (what: string, figure: string, target: string, ok: boolean) => void;

/** Windows of measurement; shorter ones (environment) only to try the bench out. */
const IDLE_S = Number(process.env.LUOT_BENCH_IDLE_S ?? 30);
const CALLS_S = Number(process.env.LUOT_BENCH_CALLS_S ?? 60);
const CALL_EVERY_S = 10;
const LATENCY_CALLS = 20;
const TICK = 100; // clock ticks per second on Linux

/** The process tree under `root`, from /proc. */
export function tree(root: number): number[] {
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

/** What a Chromium process is, from its command line: browser, renderer, gpu, audio, network … */
export function kindOf(pid: number): string {
  try {
    // Chromium rewrites its process title, so the arguments may be one space-separated string.
    const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    const type = /--type=(\S+)/.exec(line)?.[1];
    if (!type) return 'browser';
    const sub = /--utility-sub-type=(\S+)/.exec(line)?.[1];
    return sub ? sub.replace(/\.mojom\.\w+$/, '') : type;
  } catch {
    return 'gone';
  }
}

/** CPU seconds used so far by each kind of process in the tree under `root`. */
function cpuSeconds(root: number): Map<string, number> {
  const byKind = new Map<string, number>();
  for (const pid of tree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const kind = kindOf(pid);
      byKind.set(kind, (byKind.get(kind) ?? 0) + (Number(fields[11]) + Number(fields[12])) / TICK);
    } catch {
      // gone meanwhile
    }
  }
  return byKind;
}

/**
 * Share of one core the tree used over `seconds`, while `during` runs; prints which processes used it (so the
 * figure says what to work on: the page's renderer, the GPU process's compositing, the audio service …).
 */
async function coreShare(root: number, seconds: number, during?: (stop: () => boolean) => Promise<void>) {
  const t0 = performance.now();
  const cpu0 = cpuSeconds(root);
  const end = t0 + seconds * 1000;
  await Promise.all([
    new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
    during?.(() => performance.now() >= end),
  ]);
  const wall = (performance.now() - t0) / 1000;
  const cpu1 = cpuSeconds(root);
  const parts = [...cpu1].map(([kind, s]) => [kind, (s - (cpu0.get(kind) ?? 0)) / wall] as const);
  console.log(
    `  by process: ${parts
      .filter(([, share]) => share > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, share]) => `${kind} ${(share * 100).toFixed(2)} %`)
      .join(', ')}`,
  );
  return parts.reduce((sum, [, share]) => sum + share, 0);
}

interface Sound {
  code: string;
  kind: string;
  startMs: number;
  endMs: number;
}
const journal = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { luotVoice: { journal: Sound[] } }).luotVoice.journal);

/** Idle and with calls at one screen size: a TV hall's 1080p screen, or the 1366×768 of many cheap TVs. */
async function cpuAtSize(record: Record, viewport: { width: number; height: number }) {
  const hall = await openDisplayHall({ rendererDir: join(import.meta.dirname, '../out/renderer'), viewport });
  const size = `${viewport.width}×${viewport.height}`;
  try {
    const root = hall.chromiumPid;
    const idle = await coreShare(root, IDLE_S);
    record(
      `wall display idle, headless Chromium, ${size} (${IDLE_S} s)`,
      `${(idle * 100).toFixed(1)} % of a core`,
      '< 1.5 %',
      idle < 0.015,
    );
    const busy = await coreShare(root, CALLS_S, async (stopped) => {
      while (!stopped()) {
        await hall.finish();
        await hall.call();
        await new Promise((resolve) => setTimeout(resolve, CALL_EVERY_S * 1000));
      }
    });
    record(
      `wall display with a call every ${CALL_EVERY_S} s, voice on, ${size} (${CALLS_S} s)`,
      `${(busy * 100).toFixed(1)} % of a core`,
      '< 5 %',
      busy < 0.05,
    );
  } finally {
    await hall.close();
  }
}

export async function displayBench(record: Record): Promise<void> {
  await cpuAtSize(record, { width: 1920, height: 1080 });
  await cpuAtSize(record, { width: 1366, height: 768 });
  const hall = await openDisplayHall({
    rendererDir: join(import.meta.dirname, '../out/renderer'),
    viewport: { width: 1920, height: 1080 },
  });
  const { page, api, finish, call } = hall;
  try {
    // Call → first audio sample, said once, for numbers that were waiting (their words decoded in advance).
    for (const chime of [true, false]) {
      await api('PATCH', '/api/voice', { repeat: 1, chime });
      await page.waitForTimeout(1500);
      const latencies: number[] = [];
      for (let i = 0; i < LATENCY_CALLS; i++) {
        await finish();
        const sent = Date.now();
        const called = await call();
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
    await hall.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await displayBench((what, figure, target, ok) =>
    console.log(`${ok ? '✔' : '✘'} ${what}: ${figure} (target ${target})`),
  );
}
