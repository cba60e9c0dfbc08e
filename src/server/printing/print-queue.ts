/**
 * One printer's jobs, one at a time, in order. A job is drawn when its turn comes (so "how many ahead" is fresh)
 * and everything waits on sockets and processes, never on the server's thread. Each job waits for its proof as
 * long as its size and the printer's measured pace say (reading-pace.ts). When the printer fails for sure, the
 * jobs already waiting behind it fail at once with the same reason: a greeter hears about every ticket within
 * seconds instead of one printer timeout per ticket in line. A job left unconfirmed does not: the next one
 * finds out afresh.
 */
import type { PrintProblem } from '../../shared/domain';
import type { Delivery, PrinterLink } from './connections/printer-link';
import { PrintFailure, printProblems } from './print-problems';
import { ReadingPace } from './reading-pace';

export interface PrintJob {
  id: string;
  /** The ticket it prints; null for a test print. */
  ticketId: number | null;
  /** The job's bytes, made when its turn comes; null = nothing to print any more (the ticket was rolled back). */
  prepare(): Uint8Array | null | Promise<Uint8Array | null>;
  /** Ask the printer's status whatever is known of it (the test print, which finds out whether it answers). */
  probeStatus?: boolean;
}

export type JobResult =
  | { ok: true; delivery: Delivery; bytes: number; ms: number; answersStatus: boolean | null }
  | { ok: false; problem: PrintProblem };

export type JobListener<J extends PrintJob> = (job: J, result: JobResult) => void;

export interface PrintQueueOptions {
  /** Whether the printer is known (or, by its model, expected) to answer status now. */
  asksStatus: () => boolean;
  /** Its reading speed as last measured, to start from. */
  measuredBytesPerSecond?: number | null;
}

export class PrintQueue<J extends PrintJob = PrintJob> {
  readonly pace: ReadingPace;
  private readonly waiting: J[] = [];
  private running: J | null = null;
  private draining = false;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    readonly link: PrinterLink,
    private readonly onResult: JobListener<J>,
    private readonly options: PrintQueueOptions,
  ) {
    this.pace = new ReadingPace(options.measuredBytesPerSecond ?? null);
  }

  get size(): number {
    return this.waiting.length + (this.running ? 1 : 0);
  }

  /** A job for this ticket that has not started yet (a second "In lại" joins it instead of printing twice). */
  pendingFor(ticketId: number): J | undefined {
    return this.waiting.find((job) => job.ticketId === ticketId);
  }

  /** Whether a job for this ticket is at the printer now (its outcome is not known yet). */
  isPrinting(ticketId: number): boolean {
    return this.running?.ticketId === ticketId;
  }

  /** Queues the job; it starts on a later turn of the event loop, after the caller's transaction has committed. */
  add(job: J): void {
    this.waiting.push(job);
    if (this.draining) return;
    this.draining = true;
    this.idle = new Promise((resolve) => setImmediate(() => void this.drain().then(resolve)));
  }

  /** Resolves when every job queued so far has finished. */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  private async drain(): Promise<void> {
    for (let job = this.waiting.shift(); job; job = this.waiting.shift()) {
      this.running = job;
      const result = await this.run(job);
      this.running = null;
      if (result === null) continue;
      this.onResult(job, result);
      if (!result.ok && result.problem.code !== 'TICKET_RENDER_FAILED') {
        for (const behind of this.waiting.splice(0)) this.onResult(behind, result);
      }
    }
    this.link.idle?.();
    this.draining = false;
  }

  private async run(job: J): Promise<JobResult | null> {
    let bytes: Uint8Array | null;
    try {
      bytes = await job.prepare();
    } catch (error) {
      console.error(`[luot] drawing print job ${job.id} failed:`, error);
      return { ok: false, problem: printProblems.renderFailed() };
    }
    if (bytes === null) return null;
    const started = performance.now();
    try {
      const { delivery, answersStatus } = await this.link.send(bytes, {
        askStatus: job.probeStatus === true || this.options.asksStatus(),
        patienceMs: this.pace.patienceMs(bytes.length),
      });
      const ms = performance.now() - started;
      if (delivery.kind === 'unconfirmed') this.pace.missed(bytes.length, ms);
      else this.pace.observe(bytes.length, ms);
      return { ok: true, delivery, bytes: bytes.length, ms, answersStatus };
    } catch (error) {
      if (error instanceof PrintFailure) return { ok: false, problem: error.problem };
      // A transport bug must still end as a message the greeter can act on, not a job stuck forever.
      console.error(`[luot] print job ${job.id} on ${this.link.label} failed:`, error);
      return { ok: false, problem: printProblems.noAnswer(this.link.label) };
    }
  }
}
