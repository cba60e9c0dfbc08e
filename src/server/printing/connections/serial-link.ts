/**
 * A printer on a serial port (COM3, /dev/ttyUSB0) at a set baud rate. The port is opened per job and closed
 * after it, so a printer switched off or re-plugged between tickets is simply found again. The job's time limit
 * follows the slower of the line and the printer: a 40 KB raster ticket takes ~3.5 s at 115200 baud and ~42 s
 * at 9600.
 */
import type { SerialPort } from 'serialport';
import { serialPortModule } from '../native-modules';
import { PrintFailure, printProblems } from '../print-problems';
import {
  isStatusByte,
  parseStatus,
  STATUS_ANSWER_BYTES,
  STATUS_QUERY,
  statusProblem,
  type PrinterStatus,
} from '../printer-status';
import { beforeDeadline, type PrinterLink, type SendOptions, type SendResult } from './printer-link';

/** An idle printer that answers status at all answers within this. */
const STATUS_MS = 1500;

export class SerialPrinterLink implements PrinterLink {
  readonly label: string;

  constructor(
    private readonly path: string,
    private readonly baudRate: number,
  ) {
    this.label = `${path} (${baudRate} baud)`;
  }

  /** The line's own limit: 10 bits per byte on the wire (start, 8 data, stop), a fifth more for flow control. */
  lineMs(bytes: number): number {
    return Math.ceil(((bytes * 10) / this.baudRate) * 1000 * 1.2);
  }

  async send(job: Uint8Array, { askStatus: ask, patienceMs }: SendOptions): Promise<SendResult> {
    const port = await this.open();
    // The slower of the line and the printer sets the pace.
    const deadline = Date.now() + Math.max(patienceMs, this.lineMs(job.length) + 1500);
    try {
      let answersStatus: boolean | null = null;
      if (ask) {
        // A serial line gives no other sign of life: silence here is a printer that is off or hung.
        const before = await askStatus(port, Date.now() + STATUS_MS);
        if (before === null) throw new PrintFailure(printProblems.noAnswer(this.label));
        answersStatus = true;
        const problem = statusProblem(before);
        if (problem) throw new PrintFailure(problem);
      }
      const written = new Promise<void>((resolve, reject) =>
        port.write(Buffer.from(job), (error) =>
          error ? reject(error) : port.drain((e) => (e ? reject(e) : resolve())),
        ),
      );
      await beforeDeadline(written, deadline, () => new PrintFailure(printProblems.tooSlow(this.label))).catch(
        (error: unknown) => {
          throw error instanceof PrintFailure ? error : new PrintFailure(printProblems.disconnected(this.label));
        },
      );
      // The port took the bytes; only an answer after them says the printer read them.
      if (!answersStatus) return { delivery: { kind: 'taken' }, answersStatus };
      const after = await askStatus(port, deadline);
      if (after === null)
        return { delivery: { kind: 'unconfirmed', doubt: printProblems.notConfirmed(this.label) }, answersStatus };
      const problem = statusProblem(after);
      if (problem) throw new PrintFailure(problem);
      return { delivery: { kind: 'confirmed' }, answersStatus };
    } finally {
      if (port.isOpen) port.close(() => undefined);
    }
  }

  async status(deadline: number): Promise<PrinterStatus | null> {
    const port = await this.open();
    try {
      return await askStatus(port, Math.min(deadline, Date.now() + STATUS_MS));
    } finally {
      if (port.isOpen) port.close(() => undefined);
    }
  }

  close(): void {}

  private open(): Promise<SerialPort> {
    return new Promise((resolve, reject) => {
      const { SerialPort } = serialPortModule();
      const port = new SerialPort({ path: this.path, baudRate: this.baudRate, autoOpen: false });
      port.on('error', () => undefined);
      port.open((error) =>
        error ? reject(new PrintFailure(printProblems.serialPortMissing(this.path))) : resolve(port),
      );
    });
  }
}

async function askStatus(port: SerialPort, until: number): Promise<PrinterStatus | null> {
  const received: number[] = [];
  const answered = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => done(false), Math.max(0, until - Date.now()));
    const onData = (chunk: Buffer) => {
      for (const byte of chunk) if (isStatusByte(byte)) received.push(byte);
      if (received.length >= STATUS_ANSWER_BYTES) done(true);
    };
    const done = (ok: boolean) => {
      clearTimeout(timer);
      port.off('data', onData);
      resolve(ok);
    };
    port.on('data', onData);
  });
  port.write(Buffer.from(STATUS_QUERY));
  return (await answered) ? parseStatus(received.slice(0, STATUS_ANSWER_BYTES)) : null;
}
