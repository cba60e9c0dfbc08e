/**
 * A network thermal printer on a loopback port, for tests and the bench: records every byte of every connection,
 * answers DLE EOT like a real one (or not, or with paper out), and can misbehave the ways real printers do.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { statusAnswer, type PrinterStatus } from '../../src/server/printing/printer-status';
import { EscPosReader } from './escpos-reader';

export type Misbehaviour =
  | { kind: 'none' }
  /** Accepts the connection, then never reads or answers anything. */
  | { kind: 'hang' }
  /** Reads this many bytes, then drops the connection (cable pulled, printer rebooted). */
  | { kind: 'dropAfter'; bytes: number };

export interface FakePrinterOptions {
  /** What DLE EOT answers; `answersStatus: false` for a printer that ignores status queries. */
  status?: Partial<PrinterStatus>;
  answersStatus?: boolean;
  misbehaviour?: Misbehaviour;
}

export interface FakePrinter {
  port: number;
  /** Bytes of each connection, in order. */
  jobs: Buffer[];
  options: FakePrinterOptions;
  /** performance.now() when each connection's last byte arrived. */
  lastByteAt: number[];
  /** Resolves with the bytes of the next connection that closes. */
  nextJob(): Promise<Buffer>;
  close(): Promise<void>;
}

export async function startFakePrinter(options: FakePrinterOptions = {}): Promise<FakePrinter> {
  const sockets = new Set<Socket>();
  const waiters: ((job: Buffer) => void)[] = [];
  const printer: FakePrinter = {
    port: 0,
    jobs: [],
    options,
    lastByteAt: [],
    nextJob: () => new Promise((resolve) => waiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const index = printer.jobs.push(Buffer.alloc(0)) - 1;
    const misbehaviour = printer.options.misbehaviour ?? { kind: 'none' };
    if (misbehaviour.kind === 'hang') {
      socket.pause();
      socket.on('close', () => sockets.delete(socket));
      return;
    }
    const reader = new EscPosReader((command) => {
      if (command.kind !== 'statusQuery' || printer.options.answersStatus === false) return;
      const answer = statusAnswer(printer.options.status);
      socket.write(Buffer.from([answer[command.n === 1 ? 0 : command.n === 2 ? 1 : 2]!]));
    });
    socket.on('data', (chunk: Buffer) => {
      printer.jobs[index] = Buffer.concat([printer.jobs[index]!, chunk]);
      printer.lastByteAt[index] = performance.now();
      if (misbehaviour.kind === 'dropAfter' && printer.jobs[index]!.length >= misbehaviour.bytes) {
        // A reset, as a printer that reboots or loses power mid-job sends on the next packet.
        socket.resetAndDestroy();
        return;
      }
      reader.push(chunk);
    });
    socket.on('error', () => undefined);
    // A real printer closes its side once the host has sent everything (our FIN).
    socket.on('end', () => socket.end());
    socket.on('close', () => {
      sockets.delete(socket);
      waiters.shift()?.(printer.jobs[index]!);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  printer.port = (server.address() as { port: number }).port;
  return printer;
}
