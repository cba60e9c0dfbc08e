/**
 * DLE EOT: the real-time status query of ESC/POS. A printer answers it even while offline or out of paper, which
 * is exactly when the greeter needs to know why nothing came out. One byte per query; bits per Epson's
 * ESC/POS reference (which Xprinter and most clones follow).
 */
import type { PrintProblem } from '../../shared/domain';
import { printProblems } from './print-problems';

export type { PrinterStatus } from '../../shared/api';
import type { PrinterStatus } from '../../shared/api';

/** n = 1 printer, 2 offline cause, 4 paper sensor: three answers, in this order. */
export const STATUS_QUERY = Uint8Array.from([0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04]);
export const STATUS_ANSWER_BYTES = 3;

/** Every status byte has bit 1 and bit 4 set and bits 0 and 7 clear: anything else is not an answer. */
export function isStatusByte(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

export function parseStatus([printer, offlineCause, paper]: readonly number[]): PrinterStatus {
  return {
    online: ((printer ?? 0) & 0x08) === 0,
    coverOpen: ((offlineCause ?? 0) & 0x04) !== 0,
    paperOut: ((offlineCause ?? 0) & 0x20) !== 0 || ((paper ?? 0) & 0x60) !== 0,
    paperNearEnd: ((paper ?? 0) & 0x0c) !== 0,
    error: ((offlineCause ?? 0) & 0x40) !== 0,
  };
}

/** The one thing to fix first, or null when the printer can print (a near-empty roll still prints). */
export function statusProblem(status: PrinterStatus): PrintProblem | null {
  if (status.paperOut) return printProblems.paperOut();
  if (status.coverOpen) return printProblems.coverOpen();
  if (status.error) return printProblems.printerError();
  if (!status.online) return printProblems.offline();
  return null;
}

/** The status bytes a printer in this state sends (for the fake printers in tests and the bench). */
export function statusAnswer(state: Partial<PrinterStatus> = {}): Uint8Array {
  const printer = 0x12 | (state.online === false ? 0x08 : 0);
  const offline = 0x12 | (state.coverOpen ? 0x04 : 0) | (state.paperOut ? 0x20 : 0) | (state.error ? 0x40 : 0);
  const paper = 0x12 | (state.paperOut ? 0x60 : 0) | (state.paperNearEnd ? 0x0c : 0);
  return Uint8Array.from([printer, offline, paper]);
}
