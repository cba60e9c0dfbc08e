/**
 * LED counter boards (issue 23): ten counters on one RS-485 line call at once; how long until every board shows its
 * own counter's number. A real server process writes Modbus RTU through a socat pseudo-terminal (the USB adapter)
 * to the fake line of tests/boards/fake-board.ts, which answers as late as a 9600-baud wire would.
 * Alone: `npm run build:server && node --import tsx bench/boards.ts`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRtuLine, type FakeLine } from '../tests/boards/fake-board';
import { api, median, percentile, startServer } from './harness';
import type { RecordFigure } from './citizen';

const COUNTERS = 10;
const ROUNDS = 30;
const BAUD = 9600;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, what: string, ms: number): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
    await sleep(1);
  }
}

/**
 * Rounds of every counter calling at once: for each round, the time from the calls' requests to the last board
 * showing its ticket (each board's time is when its text changed to its own number).
 */
async function rounds(base: string, line: FakeLine, points: { id: number; unitId: number }[], count: number) {
  const lastBoard: number[] = [];
  const everyBoard: number[] = [];
  for (let round = 0; round < count; round++) {
    const t0 = performance.now();
    const calls = await Promise.all(
      points.map((p) =>
        api<{ ticket: { id: number; displayCode: string } }>(base, `/api/service-points/${p.id}/call-next`, {}),
      ),
    );
    const pending = new Map(points.map((p, i) => [p.unitId, calls[i]!.body.ticket.displayCode]));
    const times: number[] = [];
    await until(
      () => {
        for (const [unitId, code] of pending) {
          if (line.boards.get(unitId)!.showing?.trim() === code) {
            times.push(performance.now() - t0);
            pending.delete(unitId);
          }
        }
        return pending.size === 0;
      },
      'every board showing its number',
      10_000,
    );
    lastBoard.push(Math.max(...times));
    everyBoard.push(...times);
    await Promise.all(
      calls.map((c) => api(base, `/api/tickets/${c.body.ticket.id}/resolve`, { outcome: 'completed' })),
    );
    // Let the line fall quiet (after resolve a board keeps or clears its number) before the next round.
    await sleep(400);
  }
  return { lastBoard, everyBoard };
}

export async function boardsBench(record: RecordFigure): Promise<void> {
  const tty = join(tmpdir(), `luot-bench-board-${process.pid}`);
  const unitIds = Array.from({ length: COUNTERS }, (_, i) => i + 1);
  const line = await startRtuLine(unitIds, { baudRate: BAUD });
  const socat = spawn('socat', [`PTY,link=${tty},raw,echo=0`, `TCP:127.0.0.1:${line.port}`], { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'luot-bench-'));
  const server = await startServer(dir);
  try {
    const deadline = performance.now() + 5000;
    while (!existsSync(tty)) {
      if (performance.now() > deadline) throw new Error('socat made no pseudo-terminal (apt-get install socat)');
      await sleep(10);
    }
    const services = (await api<{ id: number; prefix: string }[]>(server.base, '/api/services')).body;
    const serviceA = services.find((s) => s.prefix === 'A')!.id;
    const points: { id: number; unitId: number }[] = [];
    for (const unitId of unitIds) {
      const { body } = await api<{ id: number }>(server.base, '/api/service-points', {
        number: 300 + unitId,
        nameVi: `Quầy ${300 + unitId}`,
        nameEn: `Counter ${300 + unitId}`,
        kind: 'counter',
        serviceIds: [serviceA],
      });
      const put = await api(
        server.base,
        `/api/service-points/${body.id}/board`,
        { connection: { type: 'serial', path: tty, baudRate: BAUD }, protocol: 'modbus-7seg', unitId, digits: 5 },
        'PUT',
      );
      if (put.status !== 200) throw new Error(`board setup failed: ${put.status} ${JSON.stringify(put.body)}`);
      points.push({ id: body.id, unitId });
    }
    for (let i = 0; i < COUNTERS * (2 * ROUNDS + 10); i++)
      await api(server.base, '/api/tickets', { serviceId: serviceA });
    await sleep(1000);

    await rounds(server.base, line, points, 3); // warm-up, not recorded
    const { lastBoard, everyBoard } = await rounds(server.base, line, points, ROUNDS);
    const worst = Math.max(...lastBoard);
    record(
      `LED boards: ${COUNTERS} counters on one 9600-baud RS-485 line call at once → the last board right, ` +
        `median ${median(lastBoard).toFixed(0)} ms, worst of ${ROUNDS} rounds`,
      `${worst.toFixed(0)} ms`,
      '≤ 1,000 ms',
      worst <= 1000,
    );
    console.log(
      `  each board: p50 ${median(everyBoard).toFixed(0)} ms, p95 ${percentile(everyBoard, 95).toFixed(0)} ms; ` +
        `CRC errors on the line: ${line.crcErrors}`,
    );
    if (line.crcErrors > 0) throw new Error(`${line.crcErrors} frames with a bad CRC on the line`);

    // A board switched off on the same line: each write to it waits out the answer time; the others must still be
    // right within the second.
    const off = points[0]!;
    line.boards.get(off.unitId)!.silent = true;
    const others = points.slice(1);
    await rounds(server.base, line, others, 2);
    const withSilent = await rounds(server.base, line, others, ROUNDS);
    const worstSilent = Math.max(...withSilent.lastBoard);
    record(
      `LED boards: the same, one board of the ${COUNTERS} switched off → the last of the other ${others.length} right, ` +
        `median ${median(withSilent.lastBoard).toFixed(0)} ms, worst of ${ROUNDS} rounds`,
      `${worstSilent.toFixed(0)} ms`,
      '≤ 1,000 ms',
      worstSilent <= 1000,
    );
  } finally {
    await server.stop();
    socat.kill();
    await line.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await boardsBench((what, figure, target, ok) =>
    console.log(`${ok ? '✔' : '✘'} ${what}: ${figure} (target ${target})`),
  );
}
