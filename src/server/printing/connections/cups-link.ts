/**
 * A printer on Linux through a CUPS queue, sent raw (`lp -o raw`) so CUPS passes our ESC/POS bytes untouched
 * instead of running them through a driver. `lp` returns as soon as CUPS has the job.
 */
import { spawn } from 'node:child_process';
import { PrintFailure, printProblems } from '../print-problems';
import type { PrinterStatus } from '../printer-status';
import type { PrinterLink, SendResult } from './printer-link';

export interface CupsOptions {
  /** The `lp` program (tests put a fake one first on PATH or name it here). */
  lpCommand?: string;
}

export class CupsPrinterLink implements PrinterLink {
  readonly label: string;
  private readonly lp: string;

  constructor(
    private readonly queue: string,
    options: CupsOptions = {},
  ) {
    this.label = `CUPS: ${queue}`;
    this.lp = options.lpCommand ?? 'lp';
  }

  /** CUPS took the job: it prints when it can, and `lp` cannot tell us whether it did. */
  send(job: Uint8Array): Promise<SendResult> {
    const deadline = Date.now() + 2500 + Math.ceil(job.length / 1000);
    return new Promise((resolve, reject) => {
      // An argument list, never a shell line: the queue name cannot run anything (and the schema forbids '-…').
      const child = spawn(this.lp, ['-d', this.queue, '-o', 'raw', '-t', 'Luot ticket'], {
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let stderr = '';
      let settled = false;
      const finish = (error: PrintFailure | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve({ delivery: { kind: 'taken' }, answersStatus: null });
      };
      const timer = setTimeout(
        () => {
          child.kill('SIGKILL');
          finish(new PrintFailure(printProblems.cupsFailed(this.queue, 'lp did not answer')));
        },
        Math.max(0, deadline - Date.now()),
      );
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', (error: NodeJS.ErrnoException) =>
        finish(
          new PrintFailure(
            printProblems.cupsFailed(this.queue, error.code === 'ENOENT' ? 'lp is not installed' : error.message),
          ),
        ),
      );
      child.on('close', (code) => {
        if (code === 0) finish(null);
        else {
          const detail = stderr.trim().split('\n')[0] || `lp exit ${code}`;
          finish(new PrintFailure(printProblems.cupsFailed(this.queue, detail)));
        }
      });
      // EPIPE when lp exits early: its exit code and message tell the real story.
      child.stdin.on('error', () => undefined);
      child.stdin.end(job);
    });
  }

  async status(): Promise<PrinterStatus | null> {
    // CUPS holds the USB or network port; DLE EOT answers cannot come back through `lp`.
    return null;
  }

  close(): void {}
}
