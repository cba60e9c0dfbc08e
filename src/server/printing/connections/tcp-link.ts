/**
 * A network printer on raw TCP (port 9100, "JetDirect"). Every step has a time limit inside the job's budget, so
 * a printer that is off, unplugged or hung turns into a clear message within ~2.5 s instead of a greeter waiting.
 */
import { connect, type Socket } from 'node:net';
import { PrintFailure, printProblems } from '../print-problems';
import {
  isStatusByte,
  parseStatus,
  STATUS_ANSWER_BYTES,
  STATUS_QUERY,
  statusProblem,
  type PrinterStatus,
} from '../printer-status';
import { beforeDeadline, type PrinterLink, type SendOptions } from './printer-link';

export interface TcpTiming {
  connectMs: number;
  /** A printer that answers DLE EOT at all answers in a few ms; silence this long means it is hung. */
  statusMs: number;
  /** After our FIN, how long to listen for a reset that says the printer dropped part of the job. */
  closeWaitMs: number;
  /** The whole job, for a ticket-sized job (larger jobs get more at ~1 MB/s). */
  budgetMs: number;
}

export const TCP_TIMING: TcpTiming = { connectMs: 1500, statusMs: 800, closeWaitMs: 400, budgetMs: 2500 };

/** One connection to the printer: its bytes in, its errors, its close. */
class PrinterSession {
  private received: number[] = [];
  private onData: (() => void) | null = null;
  failure: Error | null = null;
  closed: Promise<void>;

  constructor(
    readonly socket: Socket,
    private readonly label: string,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (isStatusByte(byte)) this.received.push(byte);
      this.onData?.();
    });
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => {
      this.failure ??= new PrintFailure(printProblems.disconnected(this.label));
      this.onData?.();
    });
  }

  /** DLE EOT 1, 2, 4 → the parsed status, or null if the printer stays silent until `until`. */
  async askStatus(until: number): Promise<PrinterStatus | null> {
    this.received = [];
    this.socket.write(STATUS_QUERY);
    const answered = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), Math.max(0, until - Date.now()));
      this.onData = () => {
        if (this.failure || this.received.length >= STATUS_ANSWER_BYTES) {
          clearTimeout(timer);
          resolve(this.received.length >= STATUS_ANSWER_BYTES);
        }
      };
    });
    this.onData = null;
    if (this.failure) throw this.failure;
    return answered ? parseStatus(this.received.slice(0, STATUS_ANSWER_BYTES)) : null;
  }

  write(job: Uint8Array, deadline: number): Promise<void> {
    const written = new Promise<void>((resolve, reject) =>
      this.socket.write(job, (error) => (error ? reject(this.failure ?? error) : resolve())),
    );
    return beforeDeadline(written, deadline, () => new PrintFailure(printProblems.tooSlow(this.label)));
  }

  /** Half-closes and listens briefly: a reset now means the printer dropped the connection mid-job. */
  async finish(until: number): Promise<void> {
    this.socket.end();
    await Promise.race([this.closed, new Promise((r) => setTimeout(r, Math.max(0, until - Date.now())))]);
    if (this.failure) throw this.failure;
  }
}

export class TcpPrinterLink implements PrinterLink {
  readonly label: string;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly timing: TcpTiming = TCP_TIMING,
  ) {
    this.label = `${host}:${port}`;
  }

  budgetMs(bytes: number): number {
    return this.timing.budgetMs + Math.ceil(bytes / 1000);
  }

  async send(job: Uint8Array, { deadline, readStatus }: SendOptions): Promise<void> {
    const session = await this.open(deadline);
    try {
      if (readStatus) await this.requireReady(session, deadline);
      await session.write(job, deadline);
      // The printer answers a status query only after reading everything before it: proof the job is in.
      if (readStatus) await this.requireReady(session, deadline);
      await session.finish(Math.min(deadline, Date.now() + this.timing.closeWaitMs));
    } finally {
      session.socket.destroy();
    }
  }

  async status(deadline: number): Promise<PrinterStatus | null> {
    const session = await this.open(deadline);
    try {
      return await session.askStatus(Math.min(deadline, Date.now() + this.timing.statusMs));
    } finally {
      session.socket.destroy();
    }
  }

  close(): void {
    // Nothing is held between jobs: a connection per job survives printer restarts and DHCP changes.
  }

  private async requireReady(session: PrinterSession, deadline: number): Promise<void> {
    const status = await session.askStatus(Math.min(deadline, Date.now() + this.timing.statusMs));
    if (status === null) throw new PrintFailure(printProblems.noAnswer(this.label));
    const problem = statusProblem(status);
    if (problem) throw new PrintFailure(problem);
  }

  private open(deadline: number): Promise<PrinterSession> {
    const until = Math.min(deadline, Date.now() + this.timing.connectMs);
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port });
      const fail = () => {
        clearTimeout(timer);
        socket.destroy();
        reject(new PrintFailure(printProblems.unreachable(this.label)));
      };
      const timer = setTimeout(fail, Math.max(0, until - Date.now()));
      socket.once('error', fail);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.off('error', fail);
        resolve(new PrinterSession(socket, this.label));
      });
    });
  }
}
