/** What the server and its worker processes say to each other (job-worker.ts ↔ serve-jobs.ts). */
import type { LocalizedText } from '../../shared/errors';

/** The environment variable that carries a worker's start data (JSON). */
export const WORKER_DATA_ENV = 'LUOT_WORKER_DATA';

/** A refusal from a job, carried across the worker boundary as plain data. */
export interface JobFailure {
  status: number;
  code: string;
  text: LocalizedText;
}

export type WorkerAnswer<Answer> =
  { id: number; ok: true; answer: Answer } | { id: number; ok: false; failure: JobFailure };
