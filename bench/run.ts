/**
 * `npm run bench`: the core's speed and memory figures against the targets of issue #2, on a real server
 * process over loopback. Prints a table and writes bench/.data/results.md (copy it into docs/performance.md).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateYear, yearDatabaseReady } from './generate-year';
import { api, connectClients, median, percentile, SequentialClient, startServer } from './harness';
import { citizenBench } from './citizen';
import { displayBench } from './display';
import { printBench } from './print';
import { reportBench } from './reports';
import { procedureSearchBench } from './procedure-search';

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

async function main(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  console.log(
    `Lượt bench — ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );

  // 1. The one-year database.
  if (!yearDatabaseReady(YEAR_DB, YEAR_TICKETS)) {
    const t0 = performance.now();
    const made = generateYear({ file: YEAR_DB, tickets: YEAR_TICKETS });
    console.log(
      `generated one year: ${made.tickets} tickets, ${made.events} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }

  // 2. Start → health and memory on the one-year database.
  const yearDir = freshDir(YEAR_DB);
  const starts: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < 5; i++) {
    const server = await startServer(yearDir);
    starts.push(server.startMs);
    rss.push(server.rssMb());
    await server.stop();
  }
  record(
    'server start → /api/health, one-year database (median of 5)',
    ms(median(starts)),
    '< 500 ms',
    median(starts) < 500,
  );
  record(
    'RSS after start, one-year database (max of 5)',
    `${Math.max(...rss).toFixed(1)} MB`,
    '< 100 MB',
    Math.max(...rss) < 100,
  );

  // 3. Issuing rate, sequential, synchronous=FULL: empty vs one year in the database.
  const emptyDir = freshDir();
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

  // 4. Call → event at 60 WebSocket clients.
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
    'p99 ≤ 6 ms',
    percentile(one.latencies, 99) <= 6,
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
    'p99 < 5 ms',
    percentile(snapshotMs, 99) < 5,
  );
  const sizes = [...one.sizes, ...ten.sizes, ...deep.sizes];
  record(
    'WebSocket event size (max / median)',
    `${Math.max(...sizes)} B / ${median(sizes)} B`,
    '≤ 2 KB',
    Math.max(...sizes) <= 2048,
  );

  for (const dir of [yearDir, emptyDir, callDir]) rmSync(dir, { recursive: true, force: true });

  // 5. Printing (issue #4): issue request → last byte at a network printer.
  await printBench(record);

  // 6. Reports (issue #10): on the one-year database, off the queue's thread.
  await reportBench(record, YEAR_DB);
  // 6. The greeter's procedure search (issue 15), in-process: it runs on the greeter's own screen.
  procedureSearchBench(record);
  // 7. The citizen's status pages (issue 12): 500 open while 10 counters call.
  await citizenBench(record);
  // 8. The wall display (issues 8 and 11): idle CPU, CPU with calls, call → first audio sample.
  await displayBench(record);

  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; server and load generator on the same machine.`,
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
