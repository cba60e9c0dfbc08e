/** What the server gives its report worker at its start (report-runner.ts → report-worker.ts). */
export interface ReportWorkerData {
  databaseFile: string;
  cacheFile: string;
  nativeBinding?: string;
}
