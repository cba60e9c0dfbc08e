/**
 * Runs report jobs off the queue's thread. A worker (report-worker.ts) is started on the first job, answers
 * jobs one message at a time, and is stopped after a quiet minute so its memory goes back to the system. If
 * it dies (out of its memory limit, a bug), the jobs in flight are answered with a refusal and the next job
 * starts a new one. Where no worker can run (an in-memory database), jobs run in-thread, with a warning.
 */
import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LuotError } from '../../shared/errors';
import { digestCacheFile } from './digest-cache';
import { runJob, type JobAnswer, type JobFailure, type ReportJob } from './report-jobs';
import { ReportReader } from './report-reader';
import type { ReportWorkerData } from './report-worker';

const IDLE_MS = 60_000;
/** The worker's own heap limit: a runaway report fails alone instead of taking the server's memory. */
const WORKER_HEAP_MB = 256;

type Answer = { id: number; ok: true; answer: JobAnswer } | { id: number; ok: false; failure: JobFailure };

export const reportFailed = (detail?: string) =>
  new LuotError(500, 'REPORT_FAILED', {
    vi: `Không lập được báo cáo, hãy thử lại.${detail ? ` (${detail})` : ''}`,
    en: `The report could not be made; please try again.${detail ? ` (${detail})` : ''}`,
  });

/** Where the worker's code is: beside the bundle (out/server, out/main), or the TypeScript source (dev, tests). */
function workerEntry(): { script: string; eval: boolean; entry?: string } | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, 'report-worker.js');
  if (existsSync(built)) return { script: built, eval: false };
  const source = join(here, 'report-worker.ts');
  if (!existsSync(source)) return null;
  // Source mode: load the TypeScript through tsx, which tests and scripts already run under.
  const boot = `const { workerData } = require('node:worker_threads');
    import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.entry); });`;
  return { script: boot, eval: true, entry: pathToFileURL(source).href };
}

export interface ReportRunnerOptions {
  db: Database;
  /** The database file; null (in memory) runs jobs in-thread. */
  databaseFile: string | null;
  nativeBinding?: string;
}

export class ReportRunner {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve: (a: JobAnswer) => void; reject: (e: unknown) => void }>();
  private nextId = 1;
  private idle: NodeJS.Timeout | undefined;
  private inline: ReportReader | null = null;
  private readonly entry;

  constructor(private readonly options: ReportRunnerOptions) {
    this.entry = options.databaseFile ? workerEntry() : null;
  }

  /** Whether jobs run on a worker thread (false only for in-memory databases or a missing worker file). */
  get offThread(): boolean {
    return this.entry !== null;
  }

  run(job: ReportJob): Promise<JobAnswer> {
    if (!this.entry) {
      if (!this.inline) {
        console.warn('Lượt: reports run on the server thread (no worker for this database)');
        this.inline = new ReportReader(this.options.db, null);
      }
      return runJob(this.inline, job);
    }
    clearTimeout(this.idle);
    const worker = this.startedWorker();
    const id = this.nextId++;
    return new Promise<JobAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private startedWorker(): Worker {
    if (this.worker) return this.worker;
    const { script, eval: isEval, entry } = this.entry!;
    const data: ReportWorkerData & { entry?: string } = {
      databaseFile: this.options.databaseFile!,
      cacheFile: digestCacheFile(this.options.databaseFile!),
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
      ...(entry ? { entry } : {}),
    };
    const worker = new Worker(script, {
      eval: isEval,
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.unref();
    worker.on('message', (message: Answer) => this.answer(message));
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`report worker exited with ${code}`)));
    this.worker = worker;
    return worker;
  }

  private answer(message: Answer): void {
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.ok) waiting?.resolve(message.answer);
    else
      waiting?.reject(
        new LuotError(message.failure.status as LuotError['status'], message.failure.code, message.failure.text),
      );
    if (this.pending.size === 0) {
      this.idle = setTimeout(() => void this.close(), IDLE_MS);
      this.idle.unref();
    }
  }

  private lost(worker: Worker, error: unknown): void {
    if (this.worker !== worker) return;
    this.worker = null;
    console.error('Lượt: the report worker stopped', error);
    for (const { reject } of this.pending.values()) reject(reportFailed(String(error)));
    this.pending.clear();
  }
}
