/**
 * Runs jobs off the queue's thread, in a worker process of its own at a lower priority than the server: the
 * report worker (a year's report), the database check (quick_check reads every page) and the catalogue file
 * reader (a 10 MB spreadsheet) all use it, so none of them holds up a call or takes a core the queue needs, and
 * their memory is the worker's, returned to the system when it ends. A process rather than a worker thread: a
 * thread's heap and SQLite's page cache would stay in the host's own memory after the job (glibc keeps a
 * thread's arena), and a runaway job can be killed without touching the queue.
 *
 * The worker starts on the first job, answers one message per job (src/server/workers/serve-jobs.ts) and is
 * stopped after a quiet while. If it dies, or a job outlives its time limit, the jobs in flight are answered
 * with the refusal the caller chose and the next job starts a new worker.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LuotError } from '../../shared/errors';
import { WORKER_DATA_ENV, type JobFailure, type WorkerAnswer } from './worker-protocol';

/** A folder of built workers (`<name>.js`) to use instead of the ones found beside the asking code. */
export const WORKER_DIR_ENV = 'LUOT_WORKER_DIR';

/** Below normal (nice 10 on Linux, BELOW_NORMAL on Windows): the queue comes first on a 2-core host. */
const WORKER_PRIORITY = 10;

export interface WorkerEntry {
  script: string;
  execArgv: string[];
}

/**
 * Where a worker's code is: `<name>.js` beside the bundle that asks (out/server, out/main; or one folder up when
 * the asking code sits in a shared chunk), else the TypeScript source `<name>.ts` beside the asking module (dev,
 * tests), loaded through tsx. `from` is the asking module's `import.meta.url`.
 */
export function workerEntry(from: string, name: string): WorkerEntry | null {
  // The browser tests run the workers as they are shipped (vitest.config.ts): TypeScript compiled at each start, in
  // a process of low priority, took 9-15 s on a loaded 2-core runner before its first report.
  const shipped = process.env[WORKER_DIR_ENV];
  if (shipped && existsSync(join(shipped, `${name}.js`))) return { script: join(shipped, `${name}.js`), execArgv: [] };
  const here = dirname(fileURLToPath(from));
  for (const built of [join(here, `${name}.js`), join(here, '..', `${name}.js`)])
    if (existsSync(built)) return { script: built, execArgv: [] };
  const source = join(here, `${name}.ts`);
  return existsSync(source) ? { script: source, execArgv: ['--import', 'tsx'] } : null;
}

export interface JobWorkerOptions {
  /** For the log: "report worker". */
  name: string;
  entry: WorkerEntry;
  /** Given to the worker at its start (serve-jobs.ts `workerData`). */
  data: unknown;
  /** Stopped after this long without a job. */
  idleMs: number;
  /** V8's heap limit for the worker, MB (a hostile file then ends the worker, not the host). */
  heapMb?: number;
  /** How a job is answered when the worker died or ran out of time under it. */
  lost: (detail: string) => LuotError;
}

export interface RunOptions {
  /** The job may take this long; then the worker is stopped and the job refused with `timedOut` (or `lost`). */
  timeoutMs?: number;
  timedOut?: () => LuotError;
  /** After this job, stop the worker sooner when quiet (it left a large heap behind). */
  idleMs?: number;
}

interface Pending {
  resolve: (answer: unknown) => void;
  reject: (error: unknown) => void;
  timer?: NodeJS.Timeout;
}

export class JobWorker<Job, Answer> {
  private worker: ChildProcess | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idle: NodeJS.Timeout | undefined;
  private idleMs: number;

  constructor(private readonly options: JobWorkerOptions) {
    this.idleMs = options.idleMs;
  }

  run(job: Job, options: RunOptions = {}): Promise<Answer> {
    clearTimeout(this.idle);
    const worker = this.startedWorker();
    const id = this.nextId++;
    if (options.idleMs !== undefined) this.idleMs = Math.min(this.idleMs, options.idleMs);
    return new Promise<Answer>((resolve, reject) => {
      const pending: Pending = { resolve: resolve as (answer: unknown) => void, reject };
      if (options.timeoutMs !== undefined) {
        pending.timer = setTimeout(() => {
          this.pending.delete(id);
          reject(options.timedOut?.() ?? this.options.lost('timed out'));
          // The worker is busy with it and would stay so: stopped, the other jobs in flight refused.
          void this.close();
        }, options.timeoutMs);
        pending.timer.unref();
      }
      this.pending.set(id, pending);
      worker.send({ id, job });
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    if (!worker) return;
    this.lost(worker, new Error(`${this.options.name} stopped`), false);
    if (worker.exitCode !== null || worker.signalCode !== null) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill();
    await exited;
  }

  private startedWorker(): ChildProcess {
    if (this.worker) return this.worker;
    const { script, execArgv } = this.options.entry;
    const worker = fork(script, [], {
      execArgv: [...execArgv, ...(this.options.heapMb ? [`--max-old-space-size=${this.options.heapMb}`] : [])],
      // Structured clone rather than JSON: file bodies travel as bytes.
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: {
        ...process.env,
        [WORKER_DATA_ENV]: JSON.stringify(this.options.data),
        // In the desktop app process.execPath is Electron's binary: run it as plain Node.
        ...(process.versions.electron ? { ELECTRON_RUN_AS_NODE: '1' } : {}),
      },
    });
    try {
      if (worker.pid) setPriority(worker.pid, WORKER_PRIORITY);
    } catch {
      // Not allowed here: jobs still run, only without yielding to the queue.
    }
    // The worker never keeps the server alive on its own.
    worker.unref();
    worker.channel?.unref();
    worker.on('message', (message: WorkerAnswer<Answer>) => this.answer(message));
    worker.on('error', (error) => this.lost(worker, error, true));
    worker.on('exit', (code, signal) =>
      this.lost(worker, new Error(`${this.options.name} ended (${code ?? signal})`), true),
    );
    this.worker = worker;
    return worker;
  }

  private answer(message: WorkerAnswer<Answer>): void {
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    clearTimeout(waiting?.timer);
    if (message.ok) waiting?.resolve(message.answer);
    else waiting?.reject(refusalOf(message.failure));
    if (this.pending.size === 0) {
      const wait = this.idleMs;
      this.idleMs = this.options.idleMs;
      this.idle = setTimeout(() => void this.close(), wait);
      this.idle.unref();
    }
  }

  private lost(worker: ChildProcess, error: unknown, unexpected: boolean): void {
    if (this.worker !== worker) return;
    this.worker = null;
    if (unexpected) console.error(`Lượt: the ${this.options.name} stopped`, error);
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(this.options.lost(String(error)));
    }
    this.pending.clear();
  }
}

const refusalOf = (failure: JobFailure) =>
  new LuotError(failure.status as LuotError['status'], failure.code, failure.text);
