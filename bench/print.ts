/**
 * Printing figures for `npm run bench` (issue #4): from the greeter's "issue" request to the last byte of the
 * ticket arriving at a network printer, on a real server process and a fake printer on loopback. A printer's own
 * mechanism needs 0.2–0.5 s per ticket, so the software should stay well under 100 ms. Then (issue 8) a cheap
 * printer that reads at 40 KB/s given a burst: every ticket on paper once, none reported failed.
 * Alone: `npm run build:server && node --import tsx bench/print.ts`; the drawing figure only (no server, a few
 * seconds): `LUOT_BENCH_PRINT=drawing node --import tsx bench/print.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrinterProfileId } from '../src/shared/domain';
import { ticketJobBytes } from '../src/server/printing/ticket-job';
import { startFakePrinter, type FakePrinter, type FakePrinterOptions } from '../tests/printing/fake-printer';
import { LONG_TICKET } from '../tests/printing/ticket-images';
import { api, median, percentile, startServer } from './harness';

export type Record = (what: string, figure: string, target: string, ok: boolean) => void;

const TICKETS = 200;
const WARM_UP = 30;

/** Issues tickets one after another; for each, the time to its last byte at the printer and to the 201. */
async function issueAndPrint(base: string, printer: FakePrinter, serviceIds: number[], count: number) {
  const toLastByte: number[] = [];
  const toAnswer: number[] = [];
  for (let i = 0; i < count; i++) {
    const job = printer.nextJob();
    const sent = performance.now();
    const { status } = await api(base, '/api/tickets', { serviceId: serviceIds[i % serviceIds.length] });
    toAnswer.push(performance.now() - sent);
    if (status !== 201) throw new Error(`issue failed: ${status}`);
    await job;
    toLastByte.push(printer.lastByteAt.at(-1)! - sent);
  }
  return { toLastByte, toAnswer };
}

/**
 * Drawing and encoding run on the server's one thread (everything else a print does waits on sockets): how long
 * one ticket holds it, in this process. Each ticket is drawn in a turn of the event loop of its own, as on the
 * server (the print queue awaits the printer between jobs): the pixels the canvas hands back are freed by
 * finalizers that run between turns, so 120 tickets in one synchronous run would pile up ≈ 300 MB of them and
 * time the fresh memory every later ticket then needs, which the server never sees (issue 25).
 */
async function drawingTime(profileId: PrinterProfileId, count: number): Promise<number[]> {
  const settings = { profileId, connection: { kind: 'none' as const }, mode: 'raster' as const, qr: true };
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < 20; i++) {
    ticketJobBytes(LONG_TICKET, settings);
    await nextTurn();
  }
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    ticketJobBytes(LONG_TICKET, settings);
    times.push(performance.now() - t0);
    await nextTurn();
  }
  return times;
}

export async function printBench(record: Record): Promise<void> {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const drawing = await drawingTime('generic-80', 100);
  record(
    'drawing + encoding one 80 mm ticket (server thread held; long names, QR)',
    `p50 ${ms(median(drawing))}, p95 ${ms(percentile(drawing, 95))}`,
    'p95 < 20 ms',
    percentile(drawing, 95) < 20,
  );
  if (process.env.LUOT_BENCH_PRINT === 'drawing') return;
  const dir = mkdtempSync(join(tmpdir(), 'luot-bench-print-'));
  const printer = await startFakePrinter();
  const server = await startServer(dir);
  try {
    const services = (await api<{ id: number }[]>(server.base, '/api/services')).body.map((s) => s.id).slice(0, 4);
    const cases: [PrinterProfileId, string][] = [
      ['generic-80', '80 mm raster (576 dots)'],
      ['generic-58', '58 mm raster (384 dots)'],
      ['xprinter-xp80', '80 mm raster with DLE EOT status before and after'],
    ];
    for (const [profileId, label] of cases) {
      const { status } = await api(
        server.base,
        '/api/printer',
        { profileId, connection: { kind: 'tcp', host: '127.0.0.1', port: printer.port } },
        'PATCH',
      );
      if (status !== 200) throw new Error(`printer setup failed: ${status}`);
      // Warm-up (not recorded): the canvas, the font and the JIT, as on a server that has run a while.
      await issueAndPrint(server.base, printer, services, WARM_UP);
      const { toLastByte, toAnswer } = await issueAndPrint(server.base, printer, services, TICKETS);
      record(
        `issue request → last byte at a network printer, ${label} (${TICKETS} tickets)`,
        `p50 ${ms(median(toLastByte))}, p95 ${ms(percentile(toLastByte, 95))}`,
        'p95 < 100 ms',
        percentile(toLastByte, 95) < 100,
      );
      if (profileId === 'generic-80')
        record(
          'issue request → 201 answer with a printer set up (the print never delays it)',
          `p50 ${ms(median(toAnswer))}, p95 ${ms(percentile(toAnswer, 95))}`,
          'p95 < 20 ms',
          percentile(toAnswer, 95) < 20,
        );
    }
  } finally {
    await server.stop();
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await slowPrinterBurst(record);
}

/** How each ticket's print ended, from its history, once every one has ended. */
async function printOutcomes(base: string, ticketIds: number[]): Promise<string[]> {
  const ended = new Set(['printed', 'print_sent', 'print_failed']);
  for (;;) {
    const outcomes = await Promise.all(
      ticketIds.map(async (id) => {
        const { body } = await api<{ history: { type: string }[] }>(base, `/api/tickets/${id}`);
        return body.history.map((e) => e.type).find((type) => ended.has(type)) ?? null;
      }),
    );
    if (outcomes.every((o) => o !== null)) return outcomes as string[];
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Tickets on paper, and how many of them were a second copy of one already out. */
function onPaper(printer: FakePrinter): { out: number; duplicated: number } {
  const seen = new Set<string>();
  let duplicated = 0;
  for (const ticket of printer.tickets) {
    const key = Buffer.from(ticket.flatMap((c) => (c.kind === 'raster' ? [...c.data] : []))).toString('base64');
    if (seen.has(key)) duplicated++;
    seen.add(key);
  }
  return { out: printer.tickets.length, duplicated };
}

/**
 * A cheap printer that reads at 40 KB/s, given a burst of tickets (the queue at the door at 07:00): every ticket
 * on paper once, none reported failed; with status, every one confirmed "printed".
 */
async function slowPrinterBurst(record: Record): Promise<void> {
  const cases: [string, FakePrinterOptions, PrinterProfileId, number][] = [
    ['answers status (xprinter-xp80)', { bytesPerSecond: 40_000 }, 'xprinter-xp80', 20],
    ['no status asked (generic-80, the default)', { bytesPerSecond: 40_000 }, 'generic-80', 20],
    [
      'one connection at a time, answers status',
      { bytesPerSecond: 40_000, oneConnectionAtATime: true },
      'xprinter-xp80',
      10,
    ],
  ];
  for (const [label, options, profileId, count] of cases) {
    const dir = mkdtempSync(join(tmpdir(), 'luot-bench-slow-print-'));
    const printer = await startFakePrinter(options);
    const server = await startServer(dir);
    try {
      const connection = { kind: 'tcp', host: '127.0.0.1', port: printer.port };
      await api(server.base, '/api/printer', { profileId, connection }, 'PATCH');
      const services = (await api<{ id: number }[]>(server.base, '/api/services')).body.map((s) => s.id);
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: count }, (_, i) =>
          api(server.base, '/api/tickets', { serviceId: services[i % 4] }).then((a) => a.body.ticket.id),
        ),
      );
      const outcomes = await printOutcomes(server.base, answers);
      const seconds = (performance.now() - started) / 1000;
      const { out, duplicated } = onPaper(printer);
      const reported = (type: string) => outcomes.filter((o) => o === type).length;
      const confirmed = profileId === 'generic-80' ? reported('print_sent') : reported('printed');
      record(
        `slow printer (40 KB/s), ${count} tickets in a burst, ${label}: on paper / reported ${profileId === 'generic-80' ? 'sent' : 'printed'} / failed / duplicated`,
        `${out} / ${confirmed} / ${reported('print_failed')} / ${duplicated} in ${seconds.toFixed(1)} s`,
        `${count} / ${count} / 0 / 0`,
        out === count && confirmed === count && reported('print_failed') === 0 && duplicated === 0,
      );
    } finally {
      await server.stop();
      await printer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await printBench((what, figure, target, ok) =>
    console.log(`${ok ? '✔' : '✘'} ${what}: ${figure} (target ${target})`),
  );
}
