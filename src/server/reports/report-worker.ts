/**
 * The report worker: a thread of its own with a read-only connection to the center's database and the digest
 * cache, so a year's report never holds up a call. Started by ReportRunner; answers one message per job.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { LuotError } from '../../shared/errors';
import { DigestCache } from './digest-cache';
import { runJob, type JobFailure, type ReportJob } from './report-jobs';
import { ReportReader } from './report-reader';
import { ReportSetup } from './report-setup';

export interface ReportWorkerData {
  databaseFile: string;
  cacheFile: string;
  nativeBinding?: string;
}

const { databaseFile, cacheFile, nativeBinding } = workerData as ReportWorkerData;
const db = new Database(databaseFile, {
  readonly: true,
  fileMustExist: true,
  ...(nativeBinding ? { nativeBinding } : {}),
});
db.pragma('busy_timeout = 5000');
const reader = new ReportReader(db, new DigestCache(cacheFile, new ReportSetup(db).source(), nativeBinding));

parentPort!.on('message', ({ id, job }: { id: number; job: ReportJob }) => {
  runJob(reader, job).then(
    // Copied, not transferred: a small Buffer shares Node's pool, which must not be detached.
    (answer) => parentPort!.postMessage({ id, ok: true, answer }),
    (error: unknown) => {
      const failure: JobFailure =
        error instanceof LuotError
          ? { status: error.status, code: error.code, text: error.text }
          : { status: 500, code: 'REPORT_FAILED', text: { vi: String(error), en: String(error) } };
      if (!(error instanceof LuotError)) console.error('report job failed', error);
      parentPort!.postMessage({ id, ok: false, failure });
    },
  );
});
