/**
 * `npm run bench`: the core's speed and memory figures against the targets of issue #2, on a real server
 * process over loopback. Prints a table and writes bench/.data/results.md (copy it into docs/performance.md).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { api, connectClients, median, percentile, SequentialClient, startServer } from './harness';
import { boardsBench } from './boards';
import { citizenBench } from './citizen';
import { displayBench } from './display';
import { hubBench } from './hub';
import { printBench } from './print';
import { reportBench } from './reports';
import { procedureSearchBench } from './procedure-search';
import { startBench } from './start';
import { ensureYearDatabase } from './year-cache';

const DATA = join(import.meta.dirname, '.data');
const YEAR_DB = join(DATA, 'year.db');
const YEAR_TICKETS = 500_000;
const rows: { what: string; figure: string; target: string; ok: boolean }[] = [];
const record = (what: string, figure: string, target: string, ok: boolean) => {
  rows.push({ what, figure, target, ok });
  console.log(`${ok ? '✔' : '✘'} ${what}: ${figure} (target ${target})`);
};
const ms = (n: number) => `${n.toFixed(2)} ms`;

function freshDir(from?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'luot-bench-'));
  if (from) {
    copyFileSync(from, join(dir, 'luot.db'));
    // Flush the copy now, so its write-back does not land on the fsyncs being measured.
    execFileSync('sync');
  }
  return dir;
}

/** Tickets issued one after another (each answered before the next is sent), per second. */
async function issueRate(base: string, count: number): Promise<number> {
  const services = (await api<{ id: number }[]>(base, '/api/services')).body.map((s) => s.id);
  const client = new SequentialClient(base);
  await client.connect();
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const status = await client.post('/api/tickets', { serviceId: services[i % 4] });
    if (status !== 201) throw new Error(`issue failed: ${status}`);
  }
  const rate = count / ((performance.now() - t0) / 1000);
  client.close();
  return rate;
}

/** Time of `GET /api/queue`, request to parsed answer, one after another. */
async function snapshotTimes(base: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count + 20; i++) {
    const t0 = performance.now();
    await api(base, '/api/queue');
    if (i >= 20) times.push(performance.now() - t0);
  }
  return times;
}

/** Points that serve only service A, so calls never run dry across them. */
async function makePoints(base: string, serviceId: number, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let n = 0; n < count; n++) {
    const { body } = await api<{ id: number }>(base, '/api/service-points', {
      number: 200 + n,
      nameVi: `Quầy ${200 + n}`,
      nameEn: `Counter ${200 + n}`,
      kind: 'counter',
      serviceIds: [serviceId],
    });
    ids.push(body.id);
  }
  return ids;
}

/**
 * Rounds of `points.length` counters calling at once; each call's latency is measured from its request to the
 * `called` event's arrival at each of `clients` WebSocket clients.
 */
async function callLatency(base: string, clients: number, points: number[], rounds: number) {
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  const sizes: number[] = [];
  let settle: (() => void) | null = null;
  let expected = 0;
  let seen = 0;
  const sockets = await connectClients(base, clients, (event, at, bytes) => {
    sizes.push(bytes);
    if (event.kind !== 'ticket') return;
    seen++;
    if (event.type === 'called') latencies.push(at - sentAt.get(event.ticket!.servicePointId!)!);
    if (seen >= expected && settle) settle();
  });
  const waitFor = (events: number) =>
    new Promise<void>((resolve) => {
      expected = events;
      if (seen >= expected) resolve();
      else settle = resolve;
    });
  for (let round = 0; round < rounds; round++) {
    const before = seen;
    const answers = await Promise.all(
      points.map((point) => {
        sentAt.set(point, performance.now());
        return api(base, `/api/service-points/${point}/call-next`, {});
      }),
    );
    await waitFor(before + points.length * clients);
    // Free the points again (not timed) and let those events drain before the next round.
    await Promise.all(
      answers.map(({ body }) => api(base, `/api/tickets/${body.ticket.id}/resolve`, { outcome: 'completed' })),
    );
    await waitFor(before + 2 * points.length * clients);
  }
  for (const s of sockets) s.close();
  return { latencies, sizes };
}

/** The bench's sections, in the order the whole bench runs them; `npm run bench -- start calls` runs only those. */
const SECTIONS = {
  /** Start → /api/health and RSS on the one-year database, against the bare Fastify + SQLite floor. */
  start: () => startBench(record, yearDatabase(), { cpuProf: flags.has('--cpu-prof') }),
  /** Tickets issued per second, sequential: an empty database and one with a year in it. */
  issue: () => issueBench(),
  /** Call → event at 60 WebSocket clients; GET /api/queue at 5,900 waiting. */
  calls: () => callBench(),
  /** Printing (issue 4): drawing a ticket, issue request → last byte at a network printer. */
  print: () => printBench(record),
  /** Reports (issue 10): on the one-year database, off the queue's thread. */
  reports: () => reportBench(record, yearDatabase()),
  /** The greeter's procedure search (issue 15), in-process: it runs on the greeter's own screen. */
  search: async () => procedureSearchBench(record),
  /** The citizen's status pages (issue 12): 500 open while 10 counters call. */
  citizen: () => citizenBench(record),
  /** The wall display (issues 8, 11, 25): idle CPU, CPU with calls, call → first audio sample. */
  display: () => displayBench(record),
  /** LED counter boards (issue 23): ten counters on one 9600-baud RS-485 line call at once. */
  boards: () => boardsBench(record),
  /** The province hub (issue 21) on a throwaway PostgreSQL: 3,321 centers × 52 weeks ingested, the dashboards. */
  hub: () => hubBench(record),
} satisfies { [name: string]: () => Promise<void> };

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const chosen = args.filter((a) => !a.startsWith('--'));

let yearChecked = false;
/** The one-year database, made once and reused while it fits (bench/year-cache.ts says which, and why). */
function yearDatabase(): string {
  if (!yearChecked) ensureYearDatabase(YEAR_DB, YEAR_TICKETS);
  yearChecked = true;
  return YEAR_DB;
}

async function issueBench(): Promise<void> {
  const emptyDir = freshDir();
  const yearDir = freshDir(yearDatabase());
  for (const [label, dir] of [
    ['empty database', emptyDir],
    ['500,000 tickets in the database', yearDir],
  ] as const) {
    const server = await startServer(dir);
    // Warm-up: the server's JIT, and the WAL growing to its working size (a center's server runs all day).
    await issueRate(server.base, 3000);
    const rates = [
      await issueRate(server.base, 2000),
      await issueRate(server.base, 2000),
      await issueRate(server.base, 2000),
    ];
    const rate = median(rates);
    record(
      `tickets issued per second, sequential over HTTP, ${label} (median of 3 × 2,000)`,
      `${rate.toFixed(0)}/s`,
      '≥ 1,000/s',
      rate >= 1000,
    );
    await server.stop();
  }
  for (const dir of [yearDir, emptyDir]) rmSync(dir, { recursive: true, force: true });
}

async function callBench(): Promise<void> {
  const callDir = freshDir();
  const server = await startServer(callDir);
  const serviceA = (await api<{ id: number; prefix: string }[]>(server.base, '/api/services')).body.find(
    (s) => s.prefix === 'A',
  )!.id;
  const points = await makePoints(server.base, serviceA, 10);
  for (let i = 0; i < 2000; i++) await api(server.base, '/api/tickets', { serviceId: serviceA });
  // Warm-up (not recorded): the call, resolve and broadcast paths through the JIT, as on a server that has run a while.
  await callLatency(server.base, 60, points.slice(0, 1), 200);
  await callLatency(server.base, 60, points, 10);
  const one = await callLatency(server.base, 60, points.slice(0, 1), 200);
  const ten = await callLatency(server.base, 60, points, 60);
  for (let i = 0; i < 5000; i++) await api(server.base, '/api/tickets', { serviceId: serviceA });
  const queued = (
    await api<{ services: { serviceId: number; waitingCount: number }[] }>(server.base, '/api/queue')
  ).body.services.find((s) => s.serviceId === serviceA)!.waitingCount;
  const snapshotMs = await snapshotTimes(server.base, 300);
  const deep = await callLatency(server.base, 60, points.slice(0, 1), 200);
  await server.stop();
  const fig = (l: number[]) => `p50 ${ms(median(l))}, p99 ${ms(percentile(l, 99))}`;
  record(
    'call-next → event at each of 60 clients, one call at a time',
    fig(one.latencies),
    'p99 ≤ 4 ms',
    percentile(one.latencies, 99) <= 4,
  );
  record(
    'call-next → event at each of 60 clients, 10 counters at once',
    fig(ten.latencies),
    'p99 ≤ 20 ms',
    percentile(ten.latencies, 99) <= 20,
  );
  record(
    `call-next → event at each of 60 clients, ${queued.toLocaleString('en')} tickets waiting`,
    fig(deep.latencies),
    'p99 ≤ 6 ms',
    percentile(deep.latencies, 99) <= 6,
  );
  record(
    `GET /api/queue (what each screen fetches on connect), ${queued.toLocaleString('en')} waiting`,
    fig(snapshotMs),
    'p99 < 3 ms',
    percentile(snapshotMs, 99) < 3,
  );
  const sizes = [...one.sizes, ...ten.sizes, ...deep.sizes];
  record(
    'WebSocket event size (max / median)',
    `${Math.max(...sizes)} B / ${median(sizes)} B`,
    '≤ 2 KB',
    Math.max(...sizes) <= 2048,
  );
  rmSync(callDir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  const unknown = chosen.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    console.error(`unknown bench section: ${unknown.join(', ')}; sections: ${Object.keys(SECTIONS).join(', ')}`);
    process.exit(2);
  }
  const names = chosen.length > 0 ? chosen : Object.keys(SECTIONS);
  console.log(
    `Lượt bench — ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ` +
      `sections: ${names.join(', ')}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  for (const name of names) await SECTIONS[name as keyof typeof SECTIONS]();

  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; server and load generator on the same machine; sections ${names.join(', ')}; load average at the end ${loadavg()[0]!.toFixed(1)}.`,
    '',
    '| What | Figure | Target | Met |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.target} | ${r.ok ? 'yes' : '**no**'} |`),
  ].join('\n');
  writeFileSync(join(DATA, 'results.md'), `${table}\n`);
  console.log(`\n${table}\n\n(written to bench/.data/results.md)`);
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
