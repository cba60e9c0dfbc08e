/**
 * Two builds of the wall display side by side in the same minutes (issue 25): each build's own host and Chromium,
 * called in step (Quầy 2, a call every 10 s), so a machine loaded by others weighs on both alike. Prints, per
 * window, each build's share of a core by process kind, and call → first audio sample for both.
 * `node --import tsx bench/display-ab.ts <renderer dir A> <renderer dir B>`; environment: ROUNDS (windows with
 * calls, default 4), CALLS_S (each window, default 40), IDLE_S (one idle window first, default 20; 0 skips it),
 * LATENCY (calls timed per build, chime on, said once; default 0), SCHEDSTAT=1 (see cpuByKind), WIDTH, HEIGHT.
 * Build B with `npx vite build --config vite.web.config.ts --outDir /tmp/b`, A likewise from the other commit.
 */
import { loadavg } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { kindOf, tree } from './display';
import { openDisplayHall, type DisplayHall } from './display-hall';

const ROUNDS = Number(process.env.ROUNDS ?? 4);
const CALLS_S = Number(process.env.CALLS_S ?? 40);
const IDLE_S = Number(process.env.IDLE_S ?? 20);
const LATENCY = Number(process.env.LATENCY ?? 0);
const CALL_EVERY_S = 10;
const TICK = 100;

/**
 * CPU seconds so far by process kind. SCHEDSTAT=1 reads the scheduler's own nanosecond count of each thread
 * (/proc/<pid>/task/<tid>/schedstat) instead of the tick-sampled utime + stime the bench uses: on a loaded
 * machine the ticks under-count threads that wake briefly and often (the audio threads) — the bench's figure
 * is for a quiet machine.
 */
function cpuByKind(root: number): Map<string, number> {
  const byKind = new Map<string, number>();
  for (const pid of tree(root)) {
    try {
      const kind = kindOf(pid);
      let seconds = 0;
      if (process.env.SCHEDSTAT) {
        for (const tid of readdirSync(`/proc/${pid}/task`))
          seconds += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
      } else {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seconds = (Number(fields[11]) + Number(fields[12])) / TICK;
      }
      byKind.set(kind, (byKind.get(kind) ?? 0) + seconds);
    } catch {
      // gone meanwhile
    }
  }
  return byKind;
}

const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: display-ab.ts <renderer dir A> <renderer dir B>');
const viewport = { width: Number(process.env.WIDTH ?? 1920), height: Number(process.env.HEIGHT ?? 1080) };
const halls: [string, DisplayHall][] = [];
try {
  for (const [name, dir] of [
    ['A', dirA],
    ['B', dirB],
  ] as const)
    halls.push([name, await openDisplayHall({ rendererDir: dir, viewport })]);

  const totals = new Map<string, number[]>(halls.map(([name]) => [name, []]));
  const window = async (label: string, seconds: number, calls: boolean) => {
    const t0 = performance.now();
    const before = halls.map(([, hall]) => cpuByKind(hall.chromiumPid));
    const end = t0 + seconds * 1000;
    let turn = 0;
    while (calls && performance.now() < end - 1000) {
      // Whose call goes first alternates, so neither build is always the one called while the other is busy.
      const order = turn++ % 2 === 0 ? halls : [...halls].reverse();
      await Promise.all(order.map(async ([, hall]) => (await hall.finish(), await hall.call())));
      await new Promise((resolve) => setTimeout(resolve, Math.min(CALL_EVERY_S * 1000, end - performance.now())));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, end - performance.now())));
    const wall = (performance.now() - t0) / 1000;
    const load = loadavg()[0]!.toFixed(1);
    halls.forEach(([name, hall], i) => {
      const parts = [...cpuByKind(hall.chromiumPid)].map(
        ([kind, s]) => [kind, (s - (before[i]!.get(kind) ?? 0)) / wall] as const,
      );
      const total = parts.reduce((sum, [, share]) => sum + share, 0);
      if (calls) totals.get(name)!.push(total);
      const by = parts
        .filter(([, share]) => share > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, share]) => `${kind} ${(share * 100).toFixed(2)}`)
        .join(', ');
      console.log(`${label} ${name}: ${(total * 100).toFixed(2)} % (${by}) load ${load}`);
    });
  };

  if (IDLE_S > 0) await window('idle', IDLE_S, false);
  for (let round = 1; round <= ROUNDS; round++) await window(`calls ${round}`, CALLS_S, true);
  const [a, b] = [...totals.values()];
  if (a && b && a.length > 0) {
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    console.log(
      `with calls, mean of ${a.length}: A ${((sum(a) / a.length) * 100).toFixed(2)} %, B ${((sum(b) / b.length) * 100).toFixed(2)} %, B/A ${(sum(b) / sum(a)).toFixed(2)}`,
    );
  }

  if (LATENCY > 0) {
    for (const [, hall] of halls) await hall.api('PATCH', '/api/voice', { repeat: 1, chime: true });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const latencies = new Map<string, number[]>(halls.map(([name]) => [name, []]));
    for (let i = 0; i < LATENCY; i++) {
      const order = i % 2 === 0 ? halls : [...halls].reverse();
      await Promise.all(
        order.map(async ([name, hall]) => {
          await hall.finish();
          const sent = Date.now();
          const code = (await hall.call()).ticket.displayCode;
          for (;;) {
            const said = (await hall.page.evaluate(
              `globalThis.luotVoice.journal.filter((s) => s.code === '${code}')`,
            )) as { startMs: number; endMs: number }[];
            if (said.length > 0 && said.at(-1)!.endMs < Date.now()) {
              latencies.get(name)!.push(said[0]!.startMs - sent);
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }),
      );
    }
    for (const [name, xs] of latencies) {
      xs.sort((x, y) => x - y);
      const at = (q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
      console.log(
        `call → first sample ${name}: p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms (${xs.length} calls)`,
      );
    }
  }
} finally {
  for (const [, hall] of halls) await hall.close();
}
