/**
 * Runs report jobs off the queue's thread, in a worker process (report-worker.ts, through workers/job-worker.ts)
 * at a lower priority than the server: a year's report then neither holds up a call nor takes a core the queue
 * needs, and its memory is the worker's, returned to the system when the worker ends. The worker starts on the
 * first job and is stopped after a quiet minute (15 s after a report over a long range). If it dies, the jobs in
 * flight are answered with a refusal and the next job starts a new one. Where no worker can run (an in-memory
 * database), jobs run in-thread, with a warning.
 */
import type { Database } from 'better-sqlite3';
import { LuotError } from '../../shared/errors';
import { dayCount } from '../../shared/report-range';
import { JobWorker, workerEntry } from '../workers/job-worker';
import { digestCacheFile } from './digest-cache';
import type { JobAnswer, ReportJob } from './job-types';
import { runJob } from './report-jobs';
import { ReportReader } from './report-reader';
import type { ReportWorkerData } from './worker-protocol';

const IDLE_MS = 60_000;
/** After a report over more days than this the worker's heap is large: it is stopped sooner when quiet. */
const LONG_RANGE_DAYS = 62;
const IDLE_AFTER_LONG_MS = 15_000;

export const reportFailed = (detail?: string) =>
  new LuotError(500, 'REPORT_FAILED', {
    vi: `Không lập được báo cáo, hãy thử lại.${detail ? ` (${detail})` : ''}`,
    en: `The report could not be made; please try again.${detail ? ` (${detail})` : ''}`,
  });

export interface ReportRunnerOptions {
  db: Database;
  /** The database file; null (in memory) runs jobs in-thread. */
  databaseFile: string | null;
  nativeBinding?: string;
}

export class ReportRunner {
  private readonly worker: JobWorker<ReportJob, JobAnswer> | null = null;
  private inline: ReportReader | null = null;

  constructor(private readonly options: ReportRunnerOptions) {
    const entry = options.databaseFile ? workerEntry(import.meta.url, 'report-worker') : null;
    if (!entry || !options.databaseFile) return;
    const data: ReportWorkerData = {
      databaseFile: options.databaseFile,
      cacheFile: digestCacheFile(options.databaseFile),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    };
    this.worker = new JobWorker({ name: 'report worker', entry, data, idleMs: IDLE_MS, lost: reportFailed });
  }

  /** Whether jobs run in a worker process (false only for in-memory databases or a missing worker file). */
  get offThread(): boolean {
    return this.worker !== null;
  }

  run(job: ReportJob): Promise<JobAnswer> {
    if (!this.worker) {
      if (!this.inline) {
        console.warn('Lượt: reports run on the server thread (no worker for this database)');
        this.inline = new ReportReader(this.options.db, null);
      }
      return runJob(this.inline, job);
    }
    // A long range leaves a large heap behind: given back sooner.
    const long = job.kind !== 'weekly' && dayCount(job) > LONG_RANGE_DAYS;
    return this.worker.run(job, long ? { idleMs: IDLE_AFTER_LONG_MS } : {});
  }

  close(): Promise<void> {
    return this.worker?.close() ?? Promise.resolve();
  }
}
