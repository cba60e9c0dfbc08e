/**
 * A network thermal printer on a loopback port, for tests and the bench. It behaves like the cheap printers
 * centers really have: it reads at its own pace (30–50 KB/s for a cheap one), answers DLE EOT when it reads the
 * query — promptly, late or never — may serve one connection at a time, runs out of paper, hangs, or drops the
 * connection. It records every byte it read and every ticket that came out whole on paper.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { statusAnswer, type PrinterStatus } from '../../src/server/printing/printer-status';
import { EscPosReader, type Command } from './escpos-reader';

export type Misbehaviour =
  | { kind: 'none' }
  /** Accepts the connection, then never reads or answers anything. */
  | { kind: 'hang' }
  /** Reads this many bytes, then drops the connection (cable pulled, printer rebooted). */
  | { kind: 'dropAfter'; bytes: number };

export interface FakePrinterOptions {
  /** What DLE EOT answers. With `paperOut`, the printer fills its buffer and then stops reading. */
  status?: Partial<PrinterStatus>;
  /** `false`: a printer that reads status queries and never answers them. */
  answersStatus?: boolean;
  /** Answers each status query this long after reading it (a slow firmware). */
  statusDelayMs?: number;
  /** Reads (and prints) this many bytes a second; as fast as loopback when absent. */
  bytesPerSecond?: number;
  /** Serves one connection at a time: one that arrives while it is busy is accepted and closed unread. */
  oneConnectionAtATime?: boolean;
  /** How much it takes in while it cannot print (no paper) before it stops reading. */
  bufferBytes?: number;
  misbehaviour?: Misbehaviour;
}

export interface FakePrinter {
  port: number;
  /** Bytes the printer read on each connection, in order. */
  jobs: Buffer[];
  /** Each ticket that came out whole on paper (initialise … cut or feed), as its commands. */
  tickets: Command[][];
  /** Connections closed unread because the printer was busy with another. */
  refused: number;
  options: FakePrinterOptions;
  /** performance.now() when each connection's last byte was read. */
  lastByteAt: number[];
  /** Resolves with the bytes of the next connection that closes. */
  nextJob(): Promise<Buffer>;
  /** Resolves when `count` tickets have come out on paper. */
  ticketsOut(count: number): Promise<void>;
  close(): Promise<void>;
}

const TICK_MS = 10;

/** The paper side of the printer: commands in, whole tickets out. */
class PaperPath {
  private current: Command[] = [];

  constructor(private readonly out: (ticket: Command[]) => void) {}

  take(command: Command): void {
    if (command.kind === 'statusQuery') return;
    if (command.kind === 'init') this.flush();
    this.current.push(command);
    if (command.kind === 'cut') this.flush();
  }

  /** The end of a ticket without a cutter (58 mm): the next one starts, or the job ends with nothing torn. */
  flush(): void {
    const ticket = this.current;
    this.current = [];
    // Line feeds after a cut move blank paper: a ticket has a picture or printable text.
    const printable = (c: Command) =>
      c.kind === 'raster' || c.kind === 'column' || (c.kind === 'text' && c.byte >= 0x20);
    if (ticket.some(printable)) this.out(ticket);
  }

  /** The connection broke part-way: what was half printed is not a ticket. */
  tear(): void {
    this.current = [];
  }
}

export async function startFakePrinter(options: FakePrinterOptions = {}): Promise<FakePrinter> {
  const sockets = new Set<Socket>();
  const waiters: ((job: Buffer) => void)[] = [];
  const ticketWaiters: { count: number; resolve: () => void }[] = [];
  let serving: Socket | null = null;
  const printer: FakePrinter = {
    port: 0,
    jobs: [],
    tickets: [],
    refused: 0,
    options,
    lastByteAt: [],
    nextJob: () => new Promise((resolve) => waiters.push(resolve)),
    ticketsOut: (count) =>
      new Promise((resolve) => {
        if (printer.tickets.length >= count) resolve();
        else ticketWaiters.push({ count, resolve });
      }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const ticketOut = (ticket: Command[]) => {
    printer.tickets.push(ticket);
    for (const waiter of ticketWaiters.filter((w) => printer.tickets.length >= w.count)) {
      ticketWaiters.splice(ticketWaiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };

  // Half-open allowed: the printer, not Node, decides when to close — after it has read the host's end of data.
  const server: Server = createServer({ allowHalfOpen: true }, (socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    if (printer.options.oneConnectionAtATime && serving) {
      // One socket in the firmware: the network chip accepts, the firmware closes it without reading.
      printer.refused++;
      socket.on('close', () => sockets.delete(socket));
      socket.destroy();
      return;
    }
    serving = socket;
    const index = printer.jobs.push(Buffer.alloc(0)) - 1;
    const misbehaviour = printer.options.misbehaviour ?? { kind: 'none' };
    if (misbehaviour.kind === 'hang') {
      socket.pause();
      socket.on('close', () => {
        sockets.delete(socket);
        if (serving === socket) serving = null;
      });
      return;
    }
    const paper = new PaperPath(ticketOut);
    const reader = new EscPosReader((command) => {
      if (command.kind === 'statusQuery') return answer(command.n);
      if (!printer.options.status?.paperOut) paper.take(command);
    });
    const answer = (n: number) => {
      if (printer.options.answersStatus === false) return;
      const send = () => {
        if (socket.destroyed) return;
        const bytes = statusAnswer(printer.options.status);
        socket.write(Buffer.from([bytes[n === 1 ? 0 : n === 2 ? 1 : 2]!]));
      };
      if (printer.options.statusDelayMs) setTimeout(send, printer.options.statusDelayMs);
      else send();
    };

    // Bytes received but not read yet: the printer's receive buffer. Reading is paced; while it holds bytes the
    // socket is paused, so the sender feels the back-pressure a slow printer puts on a real network.
    let backlog: Buffer[] = [];
    let ended = false;
    let dropped = false;
    let read = 0;
    let timer: NodeJS.Timeout | null = null;
    let lastTick = performance.now();

    const readBytes = (chunk: Buffer) => {
      printer.jobs[index] = Buffer.concat([printer.jobs[index]!, chunk]);
      printer.lastByteAt[index] = performance.now();
      read += chunk.length;
      if (misbehaviour.kind === 'dropAfter' && read >= misbehaviour.bytes) {
        // A reset, as a printer that reboots or loses power mid-job sends on the next packet.
        dropped = true;
        paper.tear();
        socket.resetAndDestroy();
        return;
      }
      reader.push(chunk);
    };
    const held = () => backlog.reduce((n, b) => n + b.length, 0);
    const pump = () => {
      timer = null;
      const now = performance.now();
      const rate = printer.options.bytesPerSecond;
      let budget = rate ? Math.max(1, Math.floor((rate * (now - lastTick)) / 1000)) : Infinity;
      lastTick = now;
      // Without paper it reads only until its buffer is full, then waits for paper that does not come.
      if (printer.options.status?.paperOut) budget = Math.min(budget, (printer.options.bufferBytes ?? 4096) - read);
      while (budget > 0 && backlog.length > 0 && !dropped) {
        const head = backlog[0]!;
        const take = Math.min(budget, head.length);
        if (take === head.length) backlog.shift();
        else backlog[0] = head.subarray(take);
        budget -= take;
        readBytes(head.subarray(0, take));
      }
      if (dropped) return;
      if (backlog.length > 0) {
        if (!printer.options.status?.paperOut || read < (printer.options.bufferBytes ?? 4096))
          timer = setTimeout(pump, TICK_MS);
        return;
      }
      if (ended) {
        // A real printer closes its side once it has read the host's end of data.
        paper.flush();
        socket.end();
        return;
      }
      socket.resume();
    };
    const schedule = () => {
      if (timer || dropped) return;
      if (!printer.options.bytesPerSecond && !printer.options.status?.paperOut) return pump();
      lastTick = performance.now();
      timer = setTimeout(pump, TICK_MS);
    };

    socket.on('data', (chunk: Buffer) => {
      backlog.push(chunk);
      if (held() > 0 && (printer.options.bytesPerSecond || printer.options.status?.paperOut)) socket.pause();
      schedule();
    });
    socket.on('end', () => {
      ended = true;
      if (backlog.length === 0) pump();
    });
    socket.on('close', () => {
      if (timer) clearTimeout(timer);
      backlog = [];
      sockets.delete(socket);
      if (serving === socket) serving = null;
      waiters.shift()?.(printer.jobs[index]!);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  printer.port = (server.address() as { port: number }).port;
  return printer;
}
