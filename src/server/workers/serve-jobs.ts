/**
 * The worker's side of job-worker.ts: its start data, and one answer per job message. A refusal (LuotError)
 * crosses back as it is; anything else becomes the worker's own refusal, and is logged.
 */
import { LuotError } from '../../shared/errors';
import { WORKER_DATA_ENV, type JobFailure, type WorkerAnswer } from './worker-protocol';

/** What the server gave this worker at its start. */
export const workerData = <T>(): T => JSON.parse(process.env[WORKER_DATA_ENV] ?? '{}') as T;

export function serveJobs<Job, Answer>(
  handle: (job: Job) => Answer | Promise<Answer>,
  /** The refusal for an unexpected error. */
  unexpected: (error: unknown) => JobFailure,
): void {
  const send = (answer: WorkerAnswer<Answer>) => process.send!(answer);
  process.on('message', ({ id, job }: { id: number; job: Job }) => {
    Promise.resolve()
      .then(() => handle(job))
      .then(
        (answer) => send({ id, ok: true, answer }),
        (error: unknown) => {
          if (!(error instanceof LuotError)) console.error('Lượt: a worker job failed', error);
          const failure: JobFailure =
            error instanceof LuotError
              ? { status: error.status, code: error.code, text: error.text }
              : unexpected(error);
          send({ id, ok: false, failure });
        },
      );
  });
  // The server went away (or stopped this worker): nothing is left to answer.
  process.on('disconnect', () => process.exit(0));
}
