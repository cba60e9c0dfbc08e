/**
 * Fake LED boards for the tests: Modbus slaves written here from the protocol, not with the library under test.
 * - `startRtuLine`: an RS-485 line of boards behind a raw byte stream (a TCP port that socat bridges to a
 *   pseudo-terminal, standing in for the USB adapter): RTU frames, CRC-16 checked, answered by the board whose unit
 *   id they carry — or by nobody (a silent board, a wrong unit id), as on a real line.
 * - `startTcpGateway`: a Modbus TCP gateway (MBAP header, no CRC) with boards behind it.
 * Each board decodes what it is sent back into text (the segment table read backwards) and keeps the history.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { SEGMENTS } from '../../src/server/boards/segment-font';

const CHAR_OF = new Map(Object.entries(SEGMENTS).map(([char, byte]) => [byte, char]));

/** Modbus CRC-16 (polynomial 0xA001 reflected, start 0xFFFF), low byte first on the wire. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc;
}

export class FakeBoard {
  /** Every text the board was told to show, in order. */
  readonly shown: string[] = [];
  /** Every integer written at register 0 (numbers-only boards). */
  readonly numbers: number[] = [];
  /** Does not answer (switched off, or the wrong unit id on the line). */
  silent = false;
  constructor(readonly unitId: number) {}

  get showing(): string | undefined {
    return this.shown.at(-1);
  }

  /** Applies a request PDU (function code first); answers the reply PDU, or null when silent. */
  handle(pdu: Buffer): Buffer | null {
    if (this.silent) return null;
    const fn = pdu[0]!;
    const address = pdu.readUInt16BE(1);
    if (fn === 16) {
      const count = pdu.readUInt16BE(3);
      const registers = Array.from({ length: count }, (_, i) => pdu.readUInt16BE(6 + 2 * i));
      if (address !== 0x0080) return Buffer.from([0x90, 0x02]);
      const text = registers
        .flatMap((r) => [r >> 8, r & 0xff])
        .map((byte) => CHAR_OF.get(byte) ?? '?')
        .join('');
      this.shown.push(text);
      return pdu.subarray(0, 5);
    }
    if (fn === 6) {
      if (address !== 0x0000) return Buffer.from([0x86, 0x02]);
      this.numbers.push(pdu.readInt16BE(3));
      return pdu.subarray(0, 5);
    }
    return Buffer.from([0x80 | fn, 0x01]);
  }
}

export interface FakeLine {
  port: number;
  boards: Map<number, FakeBoard>;
  /** Frames dropped for a bad CRC. */
  crcErrors: number;
  /** Requests seen, in order: unit id and function code. */
  requests: { unitId: number; fn: number }[];
  close(): Promise<void>;
}

function line(unitIds: number[]): Omit<FakeLine, 'port' | 'close'> {
  return { boards: new Map(unitIds.map((id) => [id, new FakeBoard(id)])), crcErrors: 0, requests: [] };
}

async function listen(server: Server, sockets: Set<Socket>): Promise<{ port: number; close(): Promise<void> }> {
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The length of the RTU request at the start of `buffer`, or null when more bytes are needed. */
function rtuLength(buffer: Buffer): number | null {
  if (buffer.length < 2) return null;
  if (buffer[1] === 16) return buffer.length < 7 ? null : 9 + buffer[6]!;
  return 8;
}

/** Time on an RS-485 wire for `bytes` at `baudRate`, 8N1 with the 3.5-character silence after a frame, ms. */
export function wireMs(bytes: number, baudRate: number): number {
  const charMs = (11 * 1000) / baudRate;
  return (bytes + 3.5) * charMs;
}

/**
 * @param options.baudRate when set, each answer comes as late as a real line at that speed would give it (the
 *   request's and the answer's bytes on the wire, one transaction at a time); a pseudo-terminal has no baud rate.
 */
export async function startRtuLine(unitIds: number[], options: { baudRate?: number } = {}): Promise<FakeLine> {
  const state = line(unitIds);
  let lineFreeAt = 0;
  const answer = (socket: Socket, frame: Buffer, requestBytes: number) => {
    if (!options.baudRate) return void socket.write(frame);
    const start = Math.max(performance.now(), lineFreeAt);
    lineFreeAt = start + wireMs(requestBytes, options.baudRate) + wireMs(frame.length, options.baudRate);
    setTimeout(() => socket.write(frame), lineFreeAt - performance.now());
  };
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const length = rtuLength(buffer);
        if (length === null || buffer.length < length) return;
        const frame = buffer.subarray(0, length);
        const crc = frame.readUInt16LE(length - 2);
        if (crc16(frame.subarray(0, length - 2)) !== crc) {
          // Out of step: drop a byte and look for a frame again, as a slave waiting for silence would.
          state.crcErrors++;
          buffer = buffer.subarray(1);
          continue;
        }
        buffer = buffer.subarray(length);
        const unitId = frame[0]!;
        state.requests.push({ unitId, fn: frame[1]! });
        const reply = state.boards.get(unitId)?.handle(frame.subarray(1, length - 2));
        if (!reply) continue;
        const body = Buffer.concat([Buffer.from([unitId]), reply]);
        const tail = Buffer.alloc(2);
        tail.writeUInt16LE(crc16(body));
        answer(socket, Buffer.concat([body, tail]), length);
      }
    });
    socket.on('error', () => undefined);
  });
  return Object.assign(state, await listen(server, sockets));
}

export async function startTcpGateway(unitIds: number[]): Promise<FakeLine> {
  const state = line(unitIds);
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (buffer.length >= 7 && buffer.length >= 6 + buffer.readUInt16BE(4)) {
        const length = 6 + buffer.readUInt16BE(4);
        const frame = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        const unitId = frame[6]!;
        state.requests.push({ unitId, fn: frame[7]! });
        const reply = state.boards.get(unitId)?.handle(frame.subarray(7));
        if (!reply) continue;
        const head = Buffer.alloc(7);
        frame.copy(head, 0, 0, 4);
        head.writeUInt16BE(reply.length + 1, 4);
        head[6] = unitId;
        socket.write(Buffer.concat([head, reply]));
      }
    });
    socket.on('error', () => undefined);
  });
  return Object.assign(state, await listen(server, sockets));
}
