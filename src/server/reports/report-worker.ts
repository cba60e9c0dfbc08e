/**
 * The report worker: a process of its own with a read-only connection to the center's database and the digest
 * cache, so a year's report never holds up a call, and its memory goes back to the system when it ends. Started
 * by ReportRunner (at a lower priority than the server); answers one message per job.
 */
import Database from 'better-sqlite3';
import { LuotError } from '../../shared/errors';
import { DigestCache } from './digest-cache';
import { runJob, type JobFailure, type ReportJob } from './report-jobs';
import { ReportReader } from './report-reader';
import { ReportSetup } from './report-setup';
import { WORKER_DATA_ENV, type ReportWorkerData, type WorkerAnswer } from './worker-protocol';

const { databaseFile, cacheFile, nativeBinding } = JSON.parse(process.env[WORKER_DATA_ENV] ?? '{}') as ReportWorkerData;
const db = new Database(databaseFile, {
  readonly: true,
  fileMustExist: true,
  ...(nativeBinding ? { nativeBinding } : {}),
});
db.pragma('busy_timeout = 5000');
const reader = new ReportReader(db, new DigestCache(cacheFile, new ReportSetup(db).source(), nativeBinding));
const send = (answer: WorkerAnswer) => process.send!(answer);

process.on('message', ({ id, job }: { id: number; job: ReportJob }) => {
  runJob(reader, job).then(
    (answer) => send({ id, ok: true, answer }),
    (error: unknown) => {
      const failure: JobFailure =
        error instanceof LuotError
          ? { status: error.status, code: error.code, text: error.text }
          : { status: 500, code: 'REPORT_FAILED', text: { vi: String(error), en: String(error) } };
      if (!(error instanceof LuotError)) console.error('report job failed', error);
      send({ id, ok: false, failure });
    },
  );
});
// The server went away (or stopped this worker): nothing is left to answer.
process.on('disconnect', () => process.exit(0));
