/**
 * The citizen's status pages under load (issue 12): 500 phones with their ticket's page open while 10 counters
 * call at once. Measured on a real server process over loopback: call → the `called` event at each of 60 staff
 * screens (its own target must hold with the pages connected), and call → the called ticket's own page learning
 * of it. Every page must receive only its own ticket.
 * Alone: `npm run build:server && node --import tsx bench/citizen.ts`.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { StatusReferences } from '../src/server/citizen/status-references';
import { api, connectClients, median, percentile, startServer } from './harness';
import type { PageSpec, PagesReport } from './status-pages';

export type RecordFigure = (what: string, figure: string, target: string, ok: boolean) => void;

const PAGES = Number(process.env.LUOT_BENCH_PAGES ?? 500);
const SCREENS = 60;
const COUNTERS = 10;
const ROUNDS = 45;
/** Rounds before the measured ones (the server's JIT, the pages' first reads), not recorded. */
const WARM_UP = 5;

/** Asks the pages' thread something and waits for its answer. */
function ask<T>(worker: Worker, question: 'report', key: string): Promise<T> {
  return new Promise((resolve) => {
    const listen = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      worker.off('message', listen);
      resolve(message[key] as T);
    };
    worker.on('message', listen);
    worker.postMessage({ ask: question });
  });
}

export async function citizenBench(record: RecordFigure): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'luot-bench-citizen-'));
  const server = await startServer(dir);
  try {
    const { base } = server;
    const serviceA = (await api<{ id: number; prefix: string }[]>(base, '/api/services')).body.find(
      (s) => s.prefix === 'A',
    )!.id;
    const points: number[] = [];
    for (let n = 0; n < COUNTERS; n++) {
      const { body } = await api<{ id: number }>(base, '/api/service-points', {
        number: 300 + n,
        nameVi: `Quầy ${300 + n}`,
        nameEn: `Counter ${300 + n}`,
        kind: 'counter',
        serviceIds: [serviceA],
      });
      points.push(body.id);
    }
    const tickets: { id: number; caseId: number; displayCode: string }[] = [];
    for (let i = 0; i < Math.max(PAGES, (WARM_UP + ROUNDS) * COUNTERS) + 50; i++) {
      const { body } = await api<{ ticket: { id: number; caseId: number; displayCode: string } }>(
        base,
        '/api/tickets',
        { serviceId: serviceA },
      );
      tickets.push(body.ticket);
    }
    // The links printed on the tickets: made with the center's own secret, as the printer's copy would be.
    const db = new Database(join(dir, 'luot.db'), { readonly: true });
    const references = new StatusReferences(db);
    const specs: PageSpec[] = tickets.slice(0, PAGES).map((t) => ({
      ticketId: t.id,
      ref: references.referenceFor(t.caseId),
      displayCode: t.displayCode,
    }));
    db.close();
    const worker = new Worker(new URL('./status-pages-thread.mjs', import.meta.url), {
      workerData: { base, pages: specs },
    });
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    const paged = new Set(specs.map((p) => p.ticketId));
    // Each page tells as soon as it hears its own call.
    const heard = new Map<number, number>();
    worker.on('message', (message: { called?: number; at?: number }) => {
      if (message.called !== undefined) heard.set(message.called, message.at!);
    });
    const now = () => performance.timeOrigin + performance.now();

    const sentAt = new Map<number, number>();
    const screenLatency: number[] = [];
    let seen = 0;
    const screens = await connectClients(base, SCREENS, (event, at) => {
      if (event.kind !== 'ticket' || event.type !== 'called') return;
      seen++;
      screenLatency.push(at - sentAt.get(event.ticket!.servicePointId!)!);
    });
    const pageLatency: number[] = [];
    const called: { ticketId: number; sent: number }[] = [];
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      if (round === WARM_UP) {
        screenLatency.length = 0;
        called.length = 0;
      }
      const before = seen;
      const answers = await Promise.all(
        points.map((point) => {
          const sent = now();
          sentAt.set(point, performance.now());
          return api<{ ticket: { id: number } }>(base, `/api/service-points/${point}/call-next`, {}).then((answer) => ({
            ...answer,
            sent,
          }));
        }),
      );
      for (const { body, sent } of answers) called.push({ ticketId: body.ticket.id, sent });
      while (seen < before + COUNTERS * SCREENS) await new Promise((r) => setTimeout(r, 1));
      // Each called ticket's own page: wait (at most 5 s) until it has heard.
      const deadline = performance.now() + 5000;
      const missing = () => answers.some(({ body }) => paged.has(body.ticket.id) && !heard.has(body.ticket.id));
      while (missing() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 1));
      await Promise.all(
        answers.map(({ body }) => api(base, `/api/tickets/${body.ticket.id}/resolve`, { outcome: 'completed' })),
      );
    }
    const report = await ask<PagesReport>(worker, 'report', 'report');
    await worker.terminate();
    for (const { ticketId, sent } of called)
      if (paged.has(ticketId)) pageLatency.push((report.calledAt[ticketId] ?? Infinity) - sent);
    const { foreign, sizes: bytes } = report;
    const messages = bytes.length;
    for (const socket of screens) socket.close();

    const ms = (n: number) => `${n.toFixed(2)} ms`;
    const fig = (l: number[]) => `p50 ${ms(median(l))}, p99 ${ms(percentile(l, 99))}`;
    record(
      `call-next → event at each of ${SCREENS} screens, ${COUNTERS} counters at once, ${PAGES} status pages open`,
      fig(screenLatency),
      'p99 ≤ 20 ms',
      percentile(screenLatency, 99) <= 20,
    );
    record(
      `call-next → the called ticket's own status page, ${COUNTERS} counters at once, ${PAGES} pages open (${pageLatency.length} calls)`,
      fig(pageLatency),
      'p99 < 1 s',
      percentile(pageLatency, 99) < 1000,
    );
    record(
      `status-page messages about another ticket (of ${messages.toLocaleString('en')}; max size ${Math.max(...bytes)} B)`,
      String(foreign),
      '0',
      foreign === 0,
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await citizenBench((what, figure, target, ok) =>
    console.log(`${ok ? '✔' : '✘'} ${what}: ${figure} (target ${target})`),
  );
}
