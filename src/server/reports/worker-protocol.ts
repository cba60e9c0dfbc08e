/** What the server and its report worker say to each other (report-runner.ts ↔ report-worker.ts). */
import type { JobAnswer, JobFailure } from './report-jobs';

export interface ReportWorkerData {
  databaseFile: string;
  cacheFile: string;
  nativeBinding?: string;
}

/** The environment variable that carries ReportWorkerData to the worker. */
export const WORKER_DATA_ENV = 'LUOT_REPORT_WORKER';

export type WorkerAnswer = { id: number; ok: true; answer: JobAnswer } | { id: number; ok: false; failure: JobFailure };
