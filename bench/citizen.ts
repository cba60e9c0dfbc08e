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
import WebSocket from 'ws';
import { StatusReferences } from '../src/server/citizen/status-references';
import { api, connectClients, median, percentile, startServer } from './harness';

export type Record = (what: string, figure: string, target: string, ok: boolean) => void;

const PAGES = Number(process.env.LUOT_BENCH_PAGES ?? 500);
const SCREENS = 60;
const COUNTERS = 10;
const ROUNDS = 45;
/** Rounds before the measured ones (the server's JIT, the pages' first reads), not recorded. */
const WARM_UP = 5;

interface Page {
  socket: WebSocket;
  displayCode: string;
  calledAt: number | null;
  foreign: number;
  bytes: number[];
}

function openPage(base: string, ref: string, displayCode: string): Promise<Page> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${base.replace('http', 'ws')}/api/status/${ref}/live`);
    const page: Page = { socket, displayCode, calledAt: null, foreign: 0, bytes: [] };
    socket.on('message', (data: Buffer) => {
      const at = performance.now();
      page.bytes.push(data.length);
      const message = JSON.parse(data.toString()) as { status?: { displayCode: string; state: string } };
      if (!message.status) return;
      if (message.status.displayCode !== displayCode) page.foreign++;
      if (message.status.state === 'called' && page.calledAt === null) page.calledAt = at;
    });
    socket.once('open', () => resolve(page));
    socket.once('error', reject);
  });
}

export async function citizenBench(record: Record): Promise<void> {
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
    const pages = new Map<number, Page>();
    for (const ticket of tickets.slice(0, PAGES))
      pages.set(ticket.id, await openPage(base, references.referenceFor(ticket.caseId), ticket.displayCode));
    db.close();

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
          const sent = performance.now();
          sentAt.set(point, sent);
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
      const waiting = () => answers.some(({ body }) => pages.get(body.ticket.id)?.calledAt === null);
      while (waiting() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 1));
      await Promise.all(
        answers.map(({ body }) => api(base, `/api/tickets/${body.ticket.id}/resolve`, { outcome: 'completed' })),
      );
    }
    for (const { ticketId, sent } of called) {
      const page = pages.get(ticketId);
      if (page) pageLatency.push(page.calledAt === null ? Infinity : page.calledAt - sent);
    }
    await new Promise((r) => setTimeout(r, 200));
    const all = [...pages.values()];
    const foreign = all.reduce((sum, p) => sum + p.foreign, 0);
    const bytes = all.flatMap((p) => p.bytes);
    const messages = bytes.length;
    for (const page of all) page.socket.close();
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
