/**
 * Runs report jobs off the queue's thread, in a worker process (report-worker.ts) at a lower priority than the
 * server: a year's report then neither holds up a call nor takes a core the queue needs, and its memory is the
 * worker's, returned to the system when the worker ends. The worker starts on the first job, answers jobs one
 * message at a time, and is stopped after a quiet minute (15 s after a report over a long range). If it dies,
 * the jobs in flight are answered with a refusal and the next job starts a new one. Where no worker can run (an
 * in-memory database), jobs run in-thread, with a warning.
 */
import type { Database } from 'better-sqlite3';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LuotError } from '../../shared/errors';
import { dayCount } from '../../shared/report-range';
import { digestCacheFile } from './digest-cache';
import { runJob, type JobAnswer, type ReportJob } from './report-jobs';
import { ReportReader } from './report-reader';
import { WORKER_DATA_ENV, type ReportWorkerData, type WorkerAnswer } from './worker-protocol';

const IDLE_MS = 60_000;
/** After a report over more days than this the worker's heap is large: it is stopped sooner when quiet. */
const LONG_RANGE_DAYS = 62;
const IDLE_AFTER_LONG_MS = 15_000;
/** Below normal (nice 10 on Linux, BELOW_NORMAL on Windows): the queue comes first on a 2-core host. */
const WORKER_PRIORITY = 10;

export const reportFailed = (detail?: string) =>
  new LuotError(500, 'REPORT_FAILED', {
    vi: `Không lập được báo cáo, hãy thử lại.${detail ? ` (${detail})` : ''}`,
    en: `The report could not be made; please try again.${detail ? ` (${detail})` : ''}`,
  });

/** Where the worker's code is: beside the bundle (out/server, out/main), or the TypeScript source (dev, tests). */
function workerEntry(): { script: string; execArgv: string[] } | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, 'report-worker.js');
  if (existsSync(built)) return { script: built, execArgv: [] };
  const source = join(here, 'report-worker.ts');
  // Source mode: load the TypeScript through tsx, which tests and scripts already run under.
  return existsSync(source) ? { script: source, execArgv: ['--import', 'tsx'] } : null;
}

export interface ReportRunnerOptions {
  db: Database;
  /** The database file; null (in memory) runs jobs in-thread. */
  databaseFile: string | null;
  nativeBinding?: string;
}

export class ReportRunner {
  private worker: ChildProcess | null = null;
  private readonly pending = new Map<number, { resolve: (a: JobAnswer) => void; reject: (e: unknown) => void }>();
  private nextId = 1;
  private idle: NodeJS.Timeout | undefined;
  private inline: ReportReader | null = null;
  private stopWhenIdle = false;
  private readonly entry;

  constructor(private readonly options: ReportRunnerOptions) {
    this.entry = options.databaseFile ? workerEntry() : null;
  }

  /** Whether jobs run in a worker process (false only for in-memory databases or a missing worker file). */
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
    if (job.kind !== 'weekly' && dayCount(job) > LONG_RANGE_DAYS) this.stopWhenIdle = true;
    return new Promise<JobAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.send({ id, job });
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = null;
    if (!worker || worker.exitCode !== null) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill();
    await exited;
  }

  private startedWorker(): ChildProcess {
    if (this.worker) return this.worker;
    const { script, execArgv } = this.entry!;
    const data: ReportWorkerData = {
      databaseFile: this.options.databaseFile!,
      cacheFile: digestCacheFile(this.options.databaseFile!),
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
    };
    const worker = fork(script, [], {
      execArgv,
      // Structured clone rather than JSON: file bodies travel as bytes.
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: {
        ...process.env,
        [WORKER_DATA_ENV]: JSON.stringify(data),
        // In the desktop app process.execPath is Electron's binary: run it as plain Node.
        ...(process.versions.electron ? { ELECTRON_RUN_AS_NODE: '1' } : {}),
      },
    });
    try {
      if (worker.pid) setPriority(worker.pid, WORKER_PRIORITY);
    } catch {
      // Not allowed here: reports still run, only without yielding to the queue.
    }
    // The worker never keeps the server alive on its own.
    worker.unref();
    worker.channel?.unref();
    worker.on('message', (message: WorkerAnswer) => this.answer(message));
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code, signal) => this.lost(worker, new Error(`report worker ended (${code ?? signal})`)));
    this.worker = worker;
    return worker;
  }

  private answer(message: WorkerAnswer): void {
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.ok) waiting?.resolve(message.answer);
    else
      waiting?.reject(
        new LuotError(message.failure.status as LuotError['status'], message.failure.code, message.failure.text),
      );
    if (this.pending.size === 0) {
      // Warm for the next report a while; a long range left a large heap behind, given back sooner.
      const wait = this.stopWhenIdle ? IDLE_AFTER_LONG_MS : IDLE_MS;
      this.stopWhenIdle = false;
      this.idle = setTimeout(() => void this.close(), wait);
      this.idle.unref();
    }
  }

  private lost(worker: ChildProcess, error: unknown): void {
    if (this.worker !== worker) return;
    this.worker = null;
    console.error('Lượt: the report worker stopped', error);
    for (const { reject } of this.pending.values()) reject(reportFailed(String(error)));
    this.pending.clear();
  }
}
