/**
 * Printing figures for `npm run bench` (issue #4): from the greeter's "issue" request to the last byte of the
 * ticket arriving at a network printer, on a real server process and a fake printer on loopback. A printer's own
 * mechanism needs 0.2–0.5 s per ticket, so the software should stay well under 100 ms.
 * Alone: `npm run build:server && node --import tsx bench/print.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrinterProfileId } from '../src/shared/domain';
import { ticketJobBytes } from '../src/server/printing/ticket-job';
import { startFakePrinter, type FakePrinter } from '../tests/printing/fake-printer';
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
 * one ticket holds it, in this process.
 */
function drawingTime(profileId: PrinterProfileId, count: number): number[] {
  const settings = { profileId, connection: { kind: 'none' as const }, mode: 'raster' as const, qr: true };
  for (let i = 0; i < 20; i++) ticketJobBytes(LONG_TICKET, settings);
  return Array.from({ length: count }, () => {
    const t0 = performance.now();
    ticketJobBytes(LONG_TICKET, settings);
    return performance.now() - t0;
  });
}

export async function printBench(record: Record): Promise<void> {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const drawing = drawingTime('generic-80', 100);
  record(
    'drawing + encoding one 80 mm ticket (server thread held; long names, QR)',
    `p50 ${ms(median(drawing))}, p95 ${ms(percentile(drawing, 95))}`,
    'p95 < 30 ms',
    percentile(drawing, 95) < 30,
  );
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
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await printBench((what, figure, target, ok) =>
    console.log(`${ok ? '✔' : '✘'} ${what}: ${figure} (target ${target})`),
  );
}
