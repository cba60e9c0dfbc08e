/**
 * The catalogue file reader's worker (import-reader.ts): reads an imported CSV or XLSX and plans its changes in a
 * process of its own, so a large or hostile file never holds up a call (issue 24, point 8). Answers the plan; the
 * server applies it.
 */
import { serveJobs, workerData } from '../workers/serve-jobs';
import { readAndPlan, unreadable, type ImportJob } from './import-reader';

workerData<Record<string, never>>();
serveJobs(
  (job: ImportJob) => readAndPlan(job),
  () => unreadable(),
);
