/**
 * Start-up and memory at start (issue 25), on the one-year database, against a floor measured in the same run:
 * a bare Fastify + better-sqlite3 server (bench/bare-server.mjs) opening the same database. The two are started
 * in turn, round after round (the order alternating), so a busy machine slows both alike; the figures are
 * medians, and the ratios are what the targets hold. CPU time at the first answer (/proc utime + stime) is
 * printed beside the wall time: it moves far less than wall time when other processes share the cores.
 * `npm run bench -- start --cpu-prof` instead profiles the start: it builds the server unminified with a source
 * map (out/server-prof), starts it on the same database ROUNDS times with `--cpu-prof`, stops each right after
 * its first answer, and prints what the time went to (bench/profile-summary.mjs; profiles in bench/.data/profiles).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, startBareServer, startProcess, startServer, type ServerProcess } from './harness';
import type { Record } from './print';

const ROUNDS = Number(process.env.LUOT_BENCH_START_ROUNDS ?? 7);
const RSS_AFTER_MS = 2000;

interface Start {
  ms: number;
  cpuMs: number;
  rssMb: number;
}

async function measure(start: () => Promise<ServerProcess>): Promise<Start> {
  const server = await start();
  await new Promise((resolve) => setTimeout(resolve, RSS_AFTER_MS));
  const figures = { ms: server.startMs, cpuMs: server.startCpuMs, rssMb: server.rssMb() };
  await server.stop();
  return figures;
}

export async function startBench(record: Record, yearDb: string, options: { cpuProf?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'luot-bench-start-'));
  const file = join(dir, 'luot.db');
  copyFileSync(yearDb, file);
  if (options.cpuProf) {
    try {
      await profileStart(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  const luot = () => startServer(dir);
  const bare = () => startBareServer(file);
  try {
    // Not recorded: the first start of each reads the file into the page cache (and Lượt's first start closes
    // the year's last day).
    await measure(luot);
    await measure(bare);
    const ours: Start[] = [];
    const floor: Start[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) {
        ours.push(await measure(luot));
        floor.push(await measure(bare));
      } else {
        floor.push(await measure(bare));
        ours.push(await measure(luot));
      }
    }
    const m = (list: Start[], key: keyof Start) => median(list.map((s) => s[key]));
    const wall = m(ours, 'ms') / m(floor, 'ms');
    const cpu = m(ours, 'cpuMs') / m(floor, 'cpuMs');
    record(
      `server start → /api/health, one-year database (median of ${ROUNDS})`,
      `${m(ours, 'ms').toFixed(0)} ms`,
      '< 500 ms',
      m(ours, 'ms') < 500,
    );
    record(
      `… against bare Fastify + better-sqlite3 on the same database, interleaved (median of ${ROUNDS})`,
      `${wall.toFixed(2)}× (${m(ours, 'ms').toFixed(0)} / ${m(floor, 'ms').toFixed(0)} ms)`,
      '≤ 1.3×',
      wall <= 1.3,
    );
    record(
      '… CPU time used by the first answer, against the bare server',
      `${cpu.toFixed(2)}× (${m(ours, 'cpuMs').toFixed(0)} / ${m(floor, 'cpuMs').toFixed(0)} ms)`,
      'no target',
      true,
    );
    const rss = m(ours, 'rssMb');
    const bareRss = m(floor, 'rssMb');
    record(
      `RSS 2 s after start, one-year database (median of ${ROUNDS}), against the bare server`,
      `${rss.toFixed(1)} MiB vs ${bareRss.toFixed(1)} MiB (+${(rss - bareRss).toFixed(1)})`,
      '≤ bare + 10 MiB',
      rss <= bareRss + 10,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Profiles of Lượt's start on `dir`'s database, then their summary. Profiling slows the start: no figures. */
async function profileStart(dir: string): Promise<void> {
  const root = join(import.meta.dirname, '..');
  const profiles = join(import.meta.dirname, '.data', 'profiles');
  rmSync(profiles, { recursive: true, force: true });
  mkdirSync(profiles, { recursive: true });
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'vite.server.config.ts',
      '--minify',
      'false',
      '--sourcemap',
      '--outDir',
      'out/server-prof',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  const args = ['--cpu-prof', '--cpu-prof-dir', profiles, '--cpu-prof-interval', '200'];
  const script = [join(root, 'out/server-prof/standalone.js'), '--port', '0', '--host', '127.0.0.1', '--data-dir', dir];
  await (await startProcess([...args, ...script])).stop(); // not summed: reads the files into the page cache
  rmSync(profiles, { recursive: true, force: true });
  mkdirSync(profiles, { recursive: true });
  for (let round = 0; round < ROUNDS; round++) await (await startProcess([...args, ...script])).stop();
  const files = readdirSync(profiles).map((name) => join(profiles, name));
  execFileSync(process.execPath, [join(import.meta.dirname, 'profile-summary.mjs'), ...files], { stdio: 'inherit' });
}
