/**
 * The report worker: a process of its own with a read-only connection to the center's database and the digest
 * cache, so a year's report never holds up a call, and its memory goes back to the system when it ends. Started
 * by ReportRunner through workers/job-worker.ts (at a lower priority than the server); answers one message per job.
 */
import Database from 'better-sqlite3';
import { serveJobs, workerData } from '../workers/serve-jobs';
import { DigestCache } from './digest-cache';
import type { ReportJob } from './job-types';
import { runJob } from './report-jobs';
import { ReportReader } from './report-reader';
import { ReportSetup } from './report-setup';
import type { ReportWorkerData } from './worker-protocol';

const { databaseFile, cacheFile, nativeBinding } = workerData<ReportWorkerData>();
const db = new Database(databaseFile, {
  readonly: true,
  fileMustExist: true,
  ...(nativeBinding ? { nativeBinding } : {}),
});
db.pragma('busy_timeout = 5000');
const reader = new ReportReader(db, new DigestCache(cacheFile, new ReportSetup(db).source(), nativeBinding));

serveJobs(
  (job: ReportJob) => runJob(reader, job),
  (error) => ({ status: 500, code: 'REPORT_FAILED', text: { vi: String(error), en: String(error) } }),
);
