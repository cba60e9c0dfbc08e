/**
 * A network printer on raw TCP (port 9100, "JetDirect"). Cheap printers read a ticket at 30–50 KB/s, many serve
 * one connection at a time, and some never answer status, so:
 * - jobs go one at a time on one connection, kept open while more jobs wait, and a new connection is opened only
 *   after the printer has closed the last one;
 * - the wait for a job's proof follows its size and the printer's measured speed (`patienceMs`), never a fixed
 *   fraction of a second: a slow, healthy printer is never called broken;
 * - the proof is the answer to a status query sent after the ticket (a printer reads it only after everything
 *   before it) or, for a printer that answers no status, its closing of the connection after our end of data.
 * What stops printing for sure (no connection, no paper, cover open, hung) is known within ~2 s.
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
import type { PrinterLink, SendOptions, SendResult } from './printer-link';

export interface TcpTiming {
  connectMs: number;
  /** An idle printer that answers DLE EOT at all answers within this (a slow firmware takes most of a second). */
  statusMs: number;
  /** After our end of data, how long an idle printer takes to close its side. */
  closeWaitMs: number;
}

export const TCP_TIMING: TcpTiming = { connectMs: 1500, statusMs: 1200, closeWaitMs: 800 };

/** One connection to the printer: the status bytes it sends, its errors, its close. */
class PrinterSession {
  private received: number[] = [];
  private onChange: (() => void) | null = null;
  private ending = false;
  /** Set when the connection broke or the printer closed it before reading our end of data. */
  failure: PrintFailure | null = null;
  isClosed = false;
  readonly closed: Promise<void>;

  constructor(
    readonly socket: Socket,
    private readonly label: string,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (isStatusByte(byte)) this.received.push(byte);
      this.onChange?.();
    });
    // A printer closes after reading our end of data; closing before it (while bytes are still to go) drops them.
    socket.on('end', () => {
      if (!this.ending || socket.writableLength > 0)
        this.failure ??= new PrintFailure(printProblems.disconnected(this.label));
      this.onChange?.();
    });
    socket.on('error', () => {
      this.failure ??= new PrintFailure(printProblems.disconnected(this.label));
      this.onChange?.();
    });
    this.closed = new Promise((resolve) =>
      socket.once('close', () => {
        this.isClosed = true;
        this.onChange?.();
        resolve();
      }),
    );
  }

  /** Sends DLE EOT 1, 2, 4 and waits for the three answers until `until`; null when the printer stays silent. */
  async askStatus(until: number): Promise<PrinterStatus | null> {
    this.received = [];
    this.socket.write(STATUS_QUERY);
    const answered = await this.until(() => this.received.length >= STATUS_ANSWER_BYTES, until);
    if (this.failure) throw this.failure;
    if (!answered && this.isClosed) throw new PrintFailure(printProblems.disconnected(this.label));
    return answered ? parseStatus(this.received.slice(0, STATUS_ANSWER_BYTES)) : null;
  }

  write(job: Uint8Array): void {
    this.socket.write(job);
  }

  /** Ends our side and waits until `until` for the printer to close its own: true when it did. */
  async finish(until: number): Promise<boolean> {
    this.ending = true;
    this.socket.end();
    const closed = await this.until(() => this.isClosed, until);
    if (this.failure) throw this.failure;
    return closed;
  }

  drop(): void {
    this.socket.destroy();
  }

  /** Resolves true once `done()` holds, false at `until`, and at once when the connection fails. */
  private until(done: () => boolean, until: number): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const settle = () => {
        if (!done() && !this.failure && !this.isClosed) return;
        clearTimeout(timer);
        this.onChange = null;
        resolve(done());
      };
      const timer = setTimeout(
        () => {
          this.onChange = null;
          resolve(done());
        },
        Math.max(0, until - Date.now()),
      );
      this.onChange = settle;
      settle();
    });
  }
}

export class TcpPrinterLink implements PrinterLink {
  readonly label: string;
  /** The connection kept between jobs of a burst. */
  private session: PrinterSession | null = null;
  /** The last connection's close: the next one waits for it (many printers serve one connection at a time). */
  private closing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly timing: TcpTiming = TCP_TIMING,
  ) {
    this.label = `${host}:${port}`;
  }

  async send(job: Uint8Array, options: SendOptions): Promise<SendResult> {
    const started = Date.now();
    if (!options.askStatus) return this.sendUnconfirmable(job, started + options.patienceMs);
    let session = this.session;
    // The printer may have closed a kept connection (reboot, idle timeout): that job starts on a fresh one.
    if (session && (session.isClosed || session.failure)) {
      this.forget(session, false);
      session = null;
    }
    let answersStatus: boolean | null = null;
    if (!session) {
      session = await this.open();
      const ready = await this.checkReady(session);
      if (ready === 'silent')
        return { ...(await this.sendUnconfirmable(job, Date.now() + options.patienceMs)), answersStatus: false };
      answersStatus = true;
      this.session = session;
    }
    try {
      session.write(job);
      const status = await session.askStatus(Date.now() + options.patienceMs);
      if (status === null) {
        // Still reading, stuck, or it stopped answering: no proof either way. A fresh connection (and its status
        // check) will tell the next job what state the printer is in.
        this.forget(session, false);
        return { delivery: { kind: 'unconfirmed', doubt: printProblems.notConfirmed(this.label) }, answersStatus };
      }
      const problem = statusProblem(status);
      if (problem) throw new PrintFailure(problem);
      // Kept for the next job of the burst; the queue lets go of it (idle) when none waits.
      return { delivery: { kind: 'confirmed' }, answersStatus: true };
    } catch (error) {
      // A broken connection is dropped; a printer that answered (no paper…) is let go of politely.
      this.forget(session, session.failure === null);
      throw error;
    }
  }

  idle(): void {
    if (this.session) this.forget(this.session, true);
  }

  async status(deadline: number): Promise<PrinterStatus | null> {
    const session = await this.open();
    try {
      return await session.askStatus(Math.min(deadline, Date.now() + this.timing.statusMs));
    } finally {
      this.forget(session, true);
    }
  }

  close(): void {
    this.idle();
  }

  /**
   * The status before the first job of a connection: stops on no paper or an open cover, before anything is
   * sent. No answer: a printer that closes when we end is alive but never answers status ('silent'); one that
   * does not close is hung.
   */
  private async checkReady(session: PrinterSession): Promise<'ready' | 'silent'> {
    let status: PrinterStatus | null;
    try {
      status = await session.askStatus(Date.now() + this.timing.statusMs);
    } catch (error) {
      session.drop();
      throw error;
    }
    if (status) {
      const problem = statusProblem(status);
      if (!problem) return 'ready';
      this.forget(session, true);
      throw new PrintFailure(problem);
    }
    const closed = await session.finish(Date.now() + this.timing.closeWaitMs).catch(() => false);
    session.drop();
    if (!closed) throw new PrintFailure(printProblems.noAnswer(this.label));
    return 'silent';
  }

  /**
   * A job for a printer that answers no status: its own connection, ended after the ticket; the printer closing
   * its side is the only sign it read everything. It may still have no paper: so the ticket is "sent", never
   * "printed".
   */
  private async sendUnconfirmable(job: Uint8Array, until: number): Promise<SendResult> {
    const session = await this.open();
    try {
      session.write(job);
      const closed = await session.finish(until);
      if (closed) return { delivery: { kind: 'taken' }, answersStatus: null };
      return { delivery: { kind: 'unconfirmed', doubt: printProblems.notTaken(this.label) }, answersStatus: null };
    } finally {
      session.drop();
    }
  }

  /** Lets go of a connection: gracefully (the printer closes after reading what it has), or at once. */
  private forget(session: PrinterSession, gracefully: boolean): void {
    if (this.session === session) this.session = null;
    if (!gracefully) return session.drop();
    this.closing = session
      .finish(Date.now() + this.timing.closeWaitMs)
      .catch(() => false)
      .finally(() => session.drop());
  }

  private async open(): Promise<PrinterSession> {
    await this.closing;
    const until = Date.now() + this.timing.connectMs;
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
