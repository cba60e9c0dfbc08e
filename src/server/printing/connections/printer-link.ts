/**
 * One way to reach a printer. Each kind of connection (network, Windows spooler, serial, CUPS) is a file of its
 * own behind this interface, so the print queue never asks which one it has.
 */
import type { PrintProblem } from '../../../shared/domain';
import type { PrinterStatus } from '../printer-status';

export interface SendOptions {
  /** Ask DLE EOT before the ticket (stop on no paper) and after it (proof the printer read it all). */
  askStatus: boolean;
  /** How long this printer should need to read this job, with room to spare (from its measured speed). */
  patienceMs: number;
}

/** How far a sent job is known to have got. A failure is a thrown PrintFailure instead. */
export type Delivery =
  /** The printer answered a status query sent after the ticket and reported nothing wrong. */
  | { kind: 'confirmed' }
  /** The printer (or the spooler) took every byte; it cannot say whether the ticket came out. */
  | { kind: 'taken' }
  /** Sent, but the printer neither confirmed nor refused in time: the ticket may or may not be out. */
  | { kind: 'unconfirmed'; doubt: PrintProblem };

export interface SendResult {
  delivery: Delivery;
  /** What this job found out: the printer answers status (true), reads the query but never answers (false). */
  answersStatus: boolean | null;
}

export interface PrinterLink {
  /** The printer in people's words, e.g. "192.168.1.50:9100" or "Windows: XP-80C". */
  readonly label: string;
  /** Sends one job; resolves with how far it is known to have got, rejects with a PrintFailure. */
  send(job: Uint8Array, options: SendOptions): Promise<SendResult>;
  /** No job waits any more: let go of a connection kept open between jobs. */
  idle?(): void;
  /** The printer's status, or null when this connection cannot ask or the printer did not answer. */
  status(deadline: number): Promise<PrinterStatus | null>;
  /** Lets go of anything held open (a serial port, a helper process). */
  close(): void;
}

/** Rejects with `onTimeout()` when `promise` has not settled by `deadline`. */
export function beforeDeadline<T>(promise: Promise<T>, deadline: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), Math.max(0, deadline - Date.now()));
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
