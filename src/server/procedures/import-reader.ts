/**
 * Reading an imported file — a catalogue, a day's bookings — off the queue's thread (issue 24, point 8: a 10 MB CSV parsed on the main
 * thread made a greeter's ticket wait 4 s). The file is read and its changes planned in a worker process
 * (import-worker.ts, through workers/job-worker.ts) with a heap and a time limit: a file too large or too slow
 * to read — a spreadsheet that unpacks into millions of cells — ends the worker, not the host, and is refused
 * in both languages. Only the plan comes back; the server applies it.
 */
import type { Service } from '../../shared/domain';
import { LuotError } from '../../shared/errors';
import type { Procedure } from '../../shared/procedures';
import { readAppointmentGrid } from '../appointments/appointment-grid';
import { JobWorker, workerEntry } from '../workers/job-worker';
import type { JobFailure } from '../workers/worker-protocol';
import { readCatalogueFile } from './procedure-file';
import { planImport, type ImportPlan } from './procedure-import';

export interface CatalogueJob {
  kind: 'catalogue';
  bytes: Uint8Array;
  existing: Procedure[];
  services: Service[];
  retireMissing: boolean;
}
/** A day's bookings (src/server/appointments/appointment-import.ts): only read here, checked by the server. */
export interface AppointmentsJob {
  kind: 'appointments';
  bytes: Uint8Array;
}
export type ImportJob = CatalogueJob | AppointmentsJob;
type ImportAnswer = ImportPlan | string[][];

/** A catalogue file of 20 MB reads in a few seconds; more than this is a file that will not end. */
const READ_LIMIT_MS = 60_000;
/** Enough for a province's catalogue as XLSX many times over; a file needing more is refused. */
const HEAP_MB = 512;
const IDLE_MS = 10_000;

const UNREADABLE = {
  vi: 'Không đọc được tệp: tệp quá lớn hoặc có cấu trúc bất thường (ví dụ hàng triệu ô). Hãy chỉ giữ các dòng cần nhập (danh mục thủ tục hoặc lịch hẹn), lưu lại dưới dạng .xlsx hoặc .csv rồi thử lại.',
  en: 'The file could not be read: it is too large or oddly built (millions of cells, for instance). Keep only the rows to import (the procedure catalogue or the bookings), save it again as .xlsx or .csv and retry.',
};

export const unreadable = (): JobFailure => ({ status: 400, code: 'CATALOGUE_FILE_UNREADABLE', text: UNREADABLE });
const refused = () => new LuotError(400, 'CATALOGUE_FILE_UNREADABLE', UNREADABLE);

/** What the worker does with a job (also the in-thread fallback). */
export async function readAndPlan(job: ImportJob): Promise<ImportAnswer> {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  if (job.kind === 'appointments') return readAppointmentGrid(bytes);
  return planImport(await readCatalogueFile(bytes), job.existing, job.services, job.retireMissing);
}

export class ImportReader {
  private readonly worker: JobWorker<ImportJob, ImportAnswer> | null;

  constructor() {
    const entry = workerEntry(import.meta.url, 'import-worker');
    this.worker = entry
      ? new JobWorker({ name: 'import reader', entry, data: {}, idleMs: IDLE_MS, heapMb: HEAP_MB, lost: refused })
      : null;
  }

  /** Whether files are read in a worker process (false only where its code is missing). */
  get offThread(): boolean {
    return this.worker !== null;
  }

  /** A catalogue file's changes, planned against the catalogue and services given. */
  plan(job: Omit<CatalogueJob, 'kind'>): Promise<ImportPlan> {
    return this.run({ kind: 'catalogue', ...job }) as Promise<ImportPlan>;
  }

  /** A file of bookings as a grid of strings. */
  appointmentGrid(bytes: Uint8Array): Promise<string[][]> {
    return this.run({ kind: 'appointments', bytes }) as Promise<string[][]>;
  }

  private run(job: ImportJob): Promise<ImportAnswer> {
    if (!this.worker) {
      console.warn('Lượt: an imported file is read on the server thread (no worker file)');
      return readAndPlan(job);
    }
    return this.worker.run(job, { timeoutMs: READ_LIMIT_MS, timedOut: refused });
  }

  close(): Promise<void> {
    return this.worker?.close() ?? Promise.resolve();
  }
}
