/**
 * A printer installed in Windows, reached through the PowerShell helper of windows-raw-script.ts. The helper
 * starts when this printer is chosen (its first compile takes a second or two) and then answers each job in
 * milliseconds. A helper that stops answering is killed and started again for the next job.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PrintFailure, printProblems } from '../print-problems';
import type { PrinterStatus } from '../printer-status';
import type { PrinterLink, SendResult } from './printer-link';
import { WIN32_INVALID_PRINTER_NAME, windowsHelperArgs, windowsJobLine } from './windows-raw-script';

export interface WindowsSpoolerOptions {
  /** The PowerShell to run (tests name a fake helper). */
  powershell?: string;
}

/** The first job may wait for the helper's compile on a slow PC. */
const STARTUP_MS = 15_000;

interface Pending {
  resolve(): void;
  reject(error: PrintFailure): void;
}

export class WindowsSpoolerLink implements PrinterLink {
  readonly label: string;
  private helper: ChildProcessWithoutNullStreams | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<string, Pending>();
  private sequence = 0;

  constructor(
    private readonly printerName: string,
    private readonly options: WindowsSpoolerOptions = {},
  ) {
    this.label = `Windows: ${printerName}`;
  }

  /** Starts the helper now, so the first ticket does not wait for PowerShell to compile. */
  warmUp(): void {
    void this.start().catch(() => undefined);
  }

  /** The spooler took the job: Windows prints it when it can, and cannot tell us whether it did. */
  async send(job: Uint8Array): Promise<SendResult> {
    await this.withDeadline(this.start(), Date.now() + STARTUP_MS);
    const id = `j${++this.sequence}`;
    const answered = new Promise<void>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.helper!.stdin.write(windowsJobLine(id, this.printerName, job));
    // A spooler takes a ticket in milliseconds; this much longer means the helper is stuck.
    const deadline = Date.now() + 2500 + Math.ceil(job.length / 1000);
    await this.withDeadline(answered, deadline).finally(() => this.pending.delete(id));
    return { delivery: { kind: 'taken' }, answersStatus: null };
  }

  async status(): Promise<PrinterStatus | null> {
    // The spooler owns the USB port; DLE EOT answers do not come back through it.
    return null;
  }

  close(): void {
    this.stop();
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const helper = spawn(this.options.powershell ?? 'powershell.exe', windowsHelperArgs(), {
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    this.helper = helper;
    helper.stdin.on('error', () => undefined);
    helper.stderr.resume();
    this.ready = new Promise<void>((resolve, reject) => {
      const lines = createInterface({ input: helper.stdout });
      lines.on('line', (line) => (line === 'ready' ? resolve() : this.answer(line)));
      helper.once('error', () => {
        reject(this.failed('PowerShell could not start'));
        this.forget(helper, 'PowerShell could not start');
      });
      helper.once('exit', (code) => {
        reject(this.failed(`PowerShell exited (${code})`));
        this.forget(helper, `PowerShell exited (${code})`);
      });
    });
    return this.ready;
  }

  private answer(line: string): void {
    const [id, verdict, code, ...message] = line.split(' ');
    const waiting = this.pending.get(id ?? '');
    if (!waiting) return;
    if (verdict === 'ok') return waiting.resolve();
    if (Number(code) === WIN32_INVALID_PRINTER_NAME)
      return waiting.reject(new PrintFailure(printProblems.windowsPrinterMissing(this.printerName)));
    waiting.reject(this.failed(message.length ? message.join(' ') : `Win32 error ${code}`));
  }

  private failed(detail: string): PrintFailure {
    return new PrintFailure(printProblems.windowsSpoolerFailed(this.printerName, detail));
  }

  private async withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => {
          reject(new PrintFailure(printProblems.noAnswer(this.label)));
          // A helper stuck in WritePrinter would hold every later job: start a fresh one next time.
          this.stop();
        },
        Math.max(0, deadline - Date.now()),
      );
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private forget(helper: ChildProcessWithoutNullStreams, detail: string): void {
    if (this.helper !== helper) return;
    this.helper = null;
    this.ready = null;
    for (const waiting of this.pending.values()) waiting.reject(this.failed(detail));
    this.pending.clear();
  }

  private stop(): void {
    const helper = this.helper;
    if (!helper) return;
    this.forget(helper, 'stopped');
    helper.kill();
  }
}
