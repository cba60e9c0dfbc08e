/**
 * How each print ended, told to the screens (a `print` event) and kept in the ticket's history (`printed`,
 * `print_sent` or `print_failed`) in its own small transaction, after the print: nothing in the queue ever
 * waits on a printer. Never more certain than the printer let us be (see PrintOutcome).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { PrintProblem } from '../../shared/domain';
import type { PrintOutcome } from '../../shared/events';
import { PRINT_EVENT } from '../events/event-log';
import type { QueueEngine } from '../queue/queue-engine';
import type { Transactor } from '../queue/transactor';
import type { JobResult } from './print-queue';

/** Who asked for a print, for the event log. */
export interface PrintOrigin {
  deviceId: number | null;
  reprint: boolean;
}

export function outcomeOf(result: JobResult): { type: PrintOutcome['type']; reason?: PrintProblem } {
  if (!result.ok) return { type: 'failed', reason: result.problem };
  const { delivery } = result;
  if (delivery.kind === 'confirmed') return { type: 'printed' };
  if (delivery.kind === 'taken') return { type: 'sent' };
  return { type: 'sent', reason: delivery.doubt };
}

export class PrintRecorder {
  private readonly lastPrint: Statement<[number], { type: string }>;

  constructor(
    db: Database,
    private readonly engine: QueueEngine,
    private readonly events: Transactor,
    private readonly clock: () => number,
  ) {
    this.lastPrint = db.prepare(
      `SELECT type FROM events WHERE ticket_id = ? AND type IN ('printed', 'print_sent', 'print_failed')
       ORDER BY id DESC LIMIT 1`,
    );
  }

  /** The ticket's last print went out without proof that it came out (so a reprint may make a second copy). */
  lastWasUnconfirmed(ticketId: number): boolean {
    return this.lastPrint.get(ticketId)?.type === PRINT_EVENT.sent;
  }

  record(
    job: { id: string; ticketId: number | null; origin: PrintOrigin; mayDuplicate: boolean },
    result: JobResult,
    printer: string,
  ): PrintOutcome {
    const ended = outcomeOf(result);
    const outcome: PrintOutcome = {
      kind: 'print',
      type: ended.type,
      at: this.clock(),
      ticketId: job.ticketId,
      jobId: job.id,
      printer,
      ...(ended.reason ? { reason: ended.reason } : {}),
      deviceId: job.origin.deviceId ?? null,
    };
    if (job.ticketId === null) {
      this.events.emit(outcome);
      return outcome;
    }
    const data = {
      jobId: job.id,
      printer,
      reprint: job.origin.reprint,
      ...(job.mayDuplicate ? { mayDuplicate: true } : {}),
      ...(result.ok ? { bytes: result.bytes } : {}),
      ...(ended.reason ? { reason: ended.reason } : {}),
    };
    try {
      this.events.run(() => this.engine.log.print(outcome, job.origin.deviceId, data));
    } catch (error) {
      // The log could not take it (disk full?): the greeter must still hear how the print ended.
      console.error(`[luot] recording print job ${job.id} failed:`, error);
      this.events.emit(outcome);
    }
    return outcome;
  }
}
