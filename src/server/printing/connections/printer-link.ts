/**
 * One way to reach a printer. Each kind of connection (network, Windows spooler, serial, CUPS) is a file of its
 * own behind this interface, so the print queue never asks which one it has.
 */
import type { PrinterStatus } from '../printer-status';

export interface SendOptions {
  /** Epoch ms by which the job must be in the printer, or it fails with a reason. */
  deadline: number;
  /** The profile answers DLE EOT: check before the job and confirm after it. */
  readStatus: boolean;
}

export interface PrinterLink {
  /** The printer in people's words, e.g. "192.168.1.50:9100" or "Windows: XP-80C". */
  readonly label: string;
  /** How long a job of this many bytes may take before it counts as failed. */
  budgetMs(bytes: number): number;
  /** Resolves when the printer (or the spooler) has taken the whole job; rejects with a PrintFailure. */
  send(job: Uint8Array, options: SendOptions): Promise<void>;
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
