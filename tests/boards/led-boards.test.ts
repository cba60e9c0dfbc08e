/**
 * LED counter boards over Modbus (issue 23), end to end on the real server: a fake RS-485 line behind a socat
 * pseudo-terminal (the USB adapter) and a fake Modbus TCP gateway, each parsing frames (and CRC) and answering as
 * a Modbus slave — or staying silent. What the boards decode must equal the tickets called.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BoardSetup, BoardStatus } from '../../src/shared/boards';
import type { ServicePoint } from '../../src/shared/domain';
import type { LuotEvent } from '../../src/shared/events';
import { listen, testServer, type TestServer } from '../helpers/server';
import { startRtuLine, startTcpGateway, type FakeLine } from './fake-board';

const TIMINGS = { answerMs: 200, retryMs: 300, refreshMs: 60_000, testMs: 400 };

let server: TestServer;
const lines: FakeLine[] = [];
afterEach(async () => {
  await server?.close();
  for (const l of lines.splice(0)) await l.close();
});

async function until<T>(read: () => T | undefined | null | false, what: string, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function points(s: TestServer): Promise<ServicePoint[]> {
  return (await s.api<ServicePoint[]>('/api/service-points')).body;
}

async function serviceId(s: TestServer, prefix: string): Promise<number> {
  const services = (await s.api<{ id: number; prefix: string }[]>('/api/services')).body;
  return services.find((x) => x.prefix === prefix)!.id;
}

describe('a board on a Modbus TCP gateway', () => {
  it('shows the number called, again on recall, "----" on pause, and clears after resolve when set so', async () => {
    const gateway = await startTcpGateway([3]);
    lines.push(gateway);
    server = await testServer(undefined, { boardTimings: TIMINGS });
    const q1 = (await points(server)).find((p) => p.nameVi === 'Quầy 1')!;
    const put = await server.api<BoardSetup>(`/api/service-points/${q1.id}/board`, {
      method: 'PUT',
      body: { connection: { type: 'tcp', host: '127.0.0.1', port: gateway.port }, unitId: 3, afterResolve: 'clear' },
    });
    expect(put.status).toBe(200);
    expect(put.body.board).toEqual({
      connection: { type: 'tcp', host: '127.0.0.1', port: gateway.port },
      protocol: 'modbus-7seg',
      unitId: 3,
      digits: 4,
      afterResolve: 'clear',
    });
    const board = gateway.boards.get(3)!;
    // Written at once with what the point shows now: nothing.
    await until(() => board.showing === '    ', 'the board to be written dark');

    const a = await serviceId(server, 'A');
    await server.api('/api/tickets', { body: { serviceId: a } });
    const called = await server.api(`/api/service-points/${q1.id}/call-next`, { body: {} });
    expect(called.body.ticket.displayCode).toBe('A001');
    await until(() => board.showing === 'A001', 'A001 on the board');

    const writes = board.shown.length;
    await server.api(`/api/tickets/${called.body.ticket.id}/recall`, { body: { servicePointId: q1.id } });
    await until(() => board.shown.length > writes, 'the recall to write the board again');
    expect(board.showing).toBe('A001');

    await server.api(`/api/tickets/${called.body.ticket.id}/start`, { body: { servicePointId: q1.id } });
    await server.api(`/api/tickets/${called.body.ticket.id}/resolve`, {
      body: { servicePointId: q1.id, outcome: 'completed' },
    });
    await until(() => board.showing === '    ', 'the board cleared after resolve');

    await server.api(`/api/service-points/${q1.id}/pause`, { body: { reason: 'Nghỉ trưa' } });
    await until(() => board.showing === '----', '---- while paused');
    const status = await server.api<BoardStatus>(`/api/service-points/${q1.id}/board/status`);
    expect(status.body).toMatchObject({ ok: true, showing: '----' });
    expect(status.body.lastWriteAt).toBeGreaterThan(0);
  });

  it('keeps every board right when ten counters call at once on one line', async () => {
    const unitIds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const gateway = await startTcpGateway(unitIds);
    lines.push(gateway);
    server = await testServer(undefined, { boardTimings: TIMINGS });
    const a = await serviceId(server, 'A');
    const ids: number[] = [];
    for (const unitId of unitIds) {
      const created = await server.api<ServicePoint>('/api/service-points', {
        body: {
          number: 10 + unitId,
          nameVi: `Quầy ${10 + unitId}`,
          nameEn: `Counter ${10 + unitId}`,
          kind: 'counter',
          serviceIds: [a],
        },
      });
      expect(created.status).toBe(201);
      ids.push(created.body.id);
      await server.api(`/api/service-points/${created.body.id}/board`, {
        method: 'PUT',
        body: { connection: { type: 'tcp', host: '127.0.0.1', port: gateway.port }, unitId, digits: 5 },
      });
      await server.api('/api/tickets', { body: { serviceId: a } });
    }
    // Five digits are three registers: the segment string is padded with a space.
    const shows = (u: number, text: string) => gateway.boards.get(u)!.showing === `${text} `;
    await until(() => unitIds.every((u) => shows(u, '     ')), 'every board written dark');
    const calls = await Promise.all(ids.map((id) => server.api(`/api/service-points/${id}/call-next`, { body: {} })));
    const expected = new Map(calls.map((c, i) => [unitIds[i]!, ` ${c.body.ticket.displayCode}`]));
    expect(new Set(expected.values()).size).toBe(10);
    await until(() => unitIds.every((u) => shows(u, expected.get(u)!)), 'every board showing its own ticket');
  });
});

describe('a board that does not answer', () => {
  it('says so at the counter, leaves the queue alone, and shows the current number once it is back', async () => {
    const gateway = await startTcpGateway([1, 2]);
    lines.push(gateway);
    server = await testServer(undefined, { boardTimings: TIMINGS });
    const [q1, q2] = await points(server);
    const silent = gateway.boards.get(2)!;
    silent.silent = true;
    for (const [point, unitId] of [
      [q1!, 1],
      [q2!, 2],
    ] as const)
      await server.api(`/api/service-points/${point.id}/board`, {
        method: 'PUT',
        body: { connection: { type: 'tcp', host: '127.0.0.1', port: gateway.port }, unitId },
      });
    const events = await listen(server);
    const fault = await untilAsync(async () => {
      const s = await server.api<BoardStatus>(`/api/service-points/${q2!.id}/board/status`);
      return s.body.ok === false ? s.body : null;
    }, 'the silent board to be reported');
    expect(fault.error?.code).toBe('BOARD_NOT_ANSWERING');
    expect(fault.error?.vi).toMatch(/^Bảng LED quầy 2 không trả lời — bảng số 2 trên 127\.0\.0\.1:\d+ im lặng/);
    expect(fault.error?.en).toContain('The LED board of Counter 2 does not answer');
    const heard = await events.until((all) => all.some((e) => e.kind === 'board' && e.servicePointId === q2!.id));
    expect(heard.find((e) => e.kind === 'board')).toMatchObject({ kind: 'board', status: { ok: false } });

    // The queue goes on: the call is answered, the other board on the same line shows its number.
    const a = await serviceId(server, 'A');
    await server.api('/api/tickets', { body: { serviceId: a } });
    await server.api('/api/tickets', { body: { serviceId: a } });
    const first = await server.api(`/api/service-points/${q1!.id}/call-next`, { body: {} });
    const second = await server.api(`/api/service-points/${q2!.id}/call-next`, { body: {} });
    expect([first.status, second.status]).toEqual([200, 200]);
    await until(() => gateway.boards.get(1)!.showing === first.body.ticket.displayCode, 'the good board');

    // Back on the line: it shows the current number within 5 s, and the counter hears it.
    const back = Date.now();
    silent.silent = false;
    await until(() => silent.showing === second.body.ticket.displayCode, 'the board back', 5000);
    expect(Date.now() - back).toBeLessThan(5000);
    await events.until((all) =>
      all.some((e: LuotEvent) => e.kind === 'board' && e.servicePointId === q2!.id && e.status.ok),
    );
    events.close();
  });

  it('names the port of an unplugged adapter', async () => {
    server = await testServer(undefined, { boardTimings: TIMINGS });
    const [q1] = await points(server);
    await server.api(`/api/service-points/${q1!.id}/board`, {
      method: 'PUT',
      body: { connection: { type: 'serial', path: '/dev/ttyUSB-luot-none' }, unitId: 1 },
    });
    const fault = await untilAsync(async () => {
      const s = await server.api<BoardStatus>(`/api/service-points/${q1!.id}/board/status`);
      return s.body.ok === false ? s.body : null;
    }, 'the fault');
    expect(fault.error?.code).toBe('BOARD_PORT_UNAVAILABLE');
    expect(fault.error?.vi).toContain('Bảng LED quầy 1 không trả lời — không mở được cổng /dev/ttyUSB-luot-none');
  });

  it('refuses a unit id outside 1–247 in Vietnamese and English', async () => {
    server = await testServer(undefined, { boardTimings: TIMINGS });
    const [q1] = await points(server);
    const refused = await server.api(`/api/service-points/${q1!.id}/board`, {
      method: 'PUT',
      body: { connection: { type: 'tcp', host: '127.0.0.1' }, unitId: 0 },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.vi).toContain('Số đơn vị (unit id) của bảng là số từ 1 đến 247');
    expect(refused.body.error.en).toContain("The board's unit id is a number from 1 to 247");
  });
});

describe('a board on an RS-485 line (socat pseudo-terminal as the USB adapter)', () => {
  let socat: ChildProcess;
  let rtu: FakeLine;
  const tty = join(process.env.TMPDIR ?? '/tmp', `luot-board-${process.pid}`);

  beforeAll(async () => {
    if (spawnSync('socat', ['-V']).error)
      throw new Error('socat is needed for the serial test: apt-get install socat (.ci/run installs it)');
    rtu = await startRtuLine([1, 7]);
    socat = spawn('socat', [`PTY,link=${tty},raw,echo=0`, `TCP:127.0.0.1:${rtu.port}`], { stdio: 'ignore' });
    await until(() => existsSync(tty), 'the pseudo-terminal');
  });
  afterAll(async () => {
    socat?.kill();
    await rtu?.close();
  });

  it('writes RTU frames with a good CRC to the board with its unit id; "Thử bảng" lights every segment', async () => {
    server = await testServer(undefined, { boardTimings: TIMINGS });
    const [q1] = await points(server);
    const put = await server.api(`/api/service-points/${q1!.id}/board`, {
      method: 'PUT',
      body: { connection: { type: 'serial', path: tty, baudRate: 9600 }, unitId: 7, digits: 6 },
    });
    expect(put.status).toBe(200);
    const board = rtu.boards.get(7)!;
    const a = await serviceId(server, 'A');
    await server.api('/api/tickets', { body: { serviceId: a } });
    const called = await server.api(`/api/service-points/${q1!.id}/call-next`, { body: {} });
    await until(() => board.showing === `  ${called.body.ticket.displayCode}`, 'the number on the RTU board');
    expect(rtu.crcErrors).toBe(0);
    expect(rtu.requests.every((r) => r.unitId === 7 && r.fn === 16)).toBe(true);
    expect(rtu.boards.get(1)!.shown).toEqual([]);

    const tested = await server.api<BoardStatus>(`/api/service-points/${q1!.id}/board/test`, { body: {} });
    expect(tested.body).toMatchObject({ ok: true, showing: '888888' });
    expect(board.showing).toBe('888888');
    await until(() => board.showing === `  ${called.body.ticket.displayCode}`, 'the number back after the test');
  });
});

async function untilAsync<T>(read: () => Promise<T | null>, what: string, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
