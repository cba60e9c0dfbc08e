/**
 * The database check's worker (quick-check.ts): a process of its own with a read-only connection and a small page
 * cache, so reading every page of a year's database neither holds up the queue nor stays in the host's memory.
 * Answers quick_check's first problems (empty when the file is whole), then is stopped.
 */
import Database from 'better-sqlite3';
import { serveJobs, workerData } from '../workers/serve-jobs';
import { quickCheck, type CheckWorkerData } from './quick-check';

const { databaseFile, nativeBinding } = workerData<CheckWorkerData>();

serveJobs(
  () => {
    let db: Database.Database;
    try {
      db = new Database(databaseFile, {
        readonly: true,
        fileMustExist: true,
        ...(nativeBinding ? { nativeBinding } : {}),
      });
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return [String((error as Error).message)];
      throw error;
    }
    try {
      db.pragma('busy_timeout = 5000');
      // Every page is read once: a cache would only hold what is never read again (0.5 MB, not SQLite's 2 MB).
      db.pragma('cache_size = -512');
      return quickCheck(db);
    } finally {
      db.close();
    }
  },
  (error) => ({ status: 500, code: 'DATABASE_CHECK_FAILED', text: { vi: String(error), en: String(error) } }),
);
