/**
 * Where the wall display's processor time goes (issue 25), for working on it rather than for the record: the
 * display bench's page, then the CPU of every Chromium thread by process and name (from /proc/<pid>/task: the
 * page's main thread, its compositor, the Web Audio output, the GPU process's compositor …), the page's
 * Performance.getMetrics deltas (style recalculations, layouts, script and task time), how long each call's
 * sound lasted, and optionally a sampled JS profile (PROFILE=idle or PROFILE=calls; the profiler's own thread
 * then shows in the figures). `npm run build:web && node --import tsx bench/display-profile.ts`; environment:
 * IDLE_S, IDLE_ROUNDS, CALLS_S, LATENCY (calls timed to their first sample), WIDTH, HEIGHT, REDUCED=1 (prefers-reduced-motion), RENDERER (another build of
 * out/renderer, to compare two builds in the same minute).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { kindOf, tree } from './display';
import { openDisplayHall } from './display-hall';

const IDLE_S = Number(process.env.IDLE_S ?? 30);
const IDLE_ROUNDS = Number(process.env.IDLE_ROUNDS ?? 1);
const CALLS_S = Number(process.env.CALLS_S ?? 40);
const CALL_EVERY_S = 10;
const TICK = 100;
const METRICS = ['LayoutCount', 'RecalcStyleCount', 'LayoutDuration', 'RecalcStyleDuration', 'ScriptDuration'];

/** CPU seconds so far of each "process kind/thread name" under `root` (numbered threads summed). */
function threadSeconds(root: number): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const pid of tree(root)) {
    const kind = kindOf(pid);
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // gone meanwhile
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const key = `${kind}/${name}`;
        seconds.set(key, (seconds.get(key) ?? 0) + (Number(fields[11]) + Number(fields[12])) / TICK);
      } catch {
        continue; // gone meanwhile
      }
    }
  }
  return seconds;
}

const metrics = async (cdp: CDPSession) =>
  new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value] as const));

/** Runs `during` for `seconds`, then prints the threads' share of a core and the page's metrics over it. */
async function measure(label: string, root: number, cdp: CDPSession, seconds: number, during?: () => Promise<void>) {
  const t0 = performance.now();
  const cpu0 = threadSeconds(root);
  const m0 = await metrics(cdp);
  await Promise.all([new Promise((resolve) => setTimeout(resolve, seconds * 1000)), during?.()]);
  const wall = (performance.now() - t0) / 1000;
  const m1 = await metrics(cdp);
  const shares = [...threadSeconds(root)]
    .map(([key, s]) => [key, (s - (cpu0.get(key) ?? 0)) / wall] as const)
    .filter(([, share]) => share >= 0.001)
    .sort((a, b) => b[1] - a[1]);
  const total = shares.reduce((sum, [, share]) => sum + share, 0);
  console.log(`${label}: ${(total * 100).toFixed(2)} % of a core`);
  for (const [key, share] of shares) console.log(`  ${(share * 100).toFixed(2).padStart(6)} %  ${key}`);
  console.log(`  page: ${METRICS.map((n) => `${n} ${+((m1.get(n) ?? 0) - (m0.get(n) ?? 0)).toFixed(3)}`).join(', ')}`);
}

async function startProfile(cdp: CDPSession) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
}

/** Self time by function, the largest first. */
async function stopProfile(cdp: CDPSession) {
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples?.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

const SOUND = `(() => {
  const voice = globalThis.luotVoice;
  const calls = new Map();
  for (const s of voice.journal) {
    const c = calls.get(s.code) ?? { from: s.startMs, to: s.endMs };
    calls.set(s.code, { from: Math.min(c.from, s.startMs), to: Math.max(c.to, s.endMs) });
  }
  const each = [...calls].map(([code, c]) => code + ' ' + ((c.to - c.from) / 1000).toFixed(1) + ' s').join(', ');
  const context = voice.context;
  return context.sampleRate + ' Hz, base latency ' + context.baseLatency + ' s, output latency ' +
    context.outputLatency + ' s, now ' + context.state + '; each call said for: ' + each;
})()`;

const hall = await openDisplayHall({
  rendererDir: process.env.RENDERER ?? join(import.meta.dirname, '../out/renderer'),
  viewport: { width: Number(process.env.WIDTH ?? 1920), height: Number(process.env.HEIGHT ?? 1080) },
  reducedMotion: !!process.env.REDUCED,
});
const { context, page, api, finish, call } = hall;
try {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const root = hall.chromiumPid;

  if (process.env.PROFILE === 'idle') await startProfile(cdp);
  for (let round = 1; round <= IDLE_ROUNDS; round++) await measure(`idle (${round})`, root, cdp, IDLE_S);
  if (process.env.PROFILE === 'idle') await stopProfile(cdp);

  if (CALLS_S > 0) {
    if (process.env.PROFILE === 'calls') await startProfile(cdp);
    const end = performance.now() + CALLS_S * 1000;
    await measure(`a call every ${CALL_EVERY_S} s`, root, cdp, CALLS_S, async () => {
      while (performance.now() < end) {
        await finish();
        await call();
        await new Promise((resolve) => setTimeout(resolve, CALL_EVERY_S * 1000));
      }
    });
    if (process.env.PROFILE === 'calls') await stopProfile(cdp);
    console.log(`  sound: ${String(await page.evaluate(SOUND))}`);
  }

  // Call → first audio sample, as the bench measures it (said once, with the chime), LATENCY calls.
  const latencyCalls = Number(process.env.LATENCY ?? 0);
  if (latencyCalls > 0) {
    await api('PATCH', '/api/voice', { repeat: 1, chime: true });
    await page.waitForTimeout(1500);
    const latencies: number[] = [];
    for (let i = 0; i < latencyCalls; i++) {
      await finish();
      const sent = Date.now();
      const code = (await call()).ticket.displayCode;
      for (;;) {
        const said = await page.evaluate(`globalThis.luotVoice.journal.filter((s) => s.code === '${code}')`);
        const sounds = said as { startMs: number; endMs: number }[];
        if (sounds.length > 0 && sounds.at(-1)!.endMs < Date.now()) {
          latencies.push(sounds[0]!.startMs - sent);
          break;
        }
        await page.waitForTimeout(100);
      }
    }
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    console.log(`call → first sample: p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms`);
  }
} finally {
  await hall.close();
}
