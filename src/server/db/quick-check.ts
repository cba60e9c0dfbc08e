/**
 * The database is checked at every start (issue 24, point 7), off the start path (issue 25). Found: with 8 KB
 * overwritten mid-file the server started and served, and only the daily backup noticed (then failed every day).
 * Then `PRAGMA quick_check` ran on the start path and made the start 4.56× a bare server's (779 ms of a year's
 * database). Now it runs in a worker process (check-worker.ts, through workers/job-worker.ts) with its own
 * read-only connection and a small page cache, started 3 s after the host listens (start.ts: the first requests
 * come first), again whenever a backup's copy does not read back whole, and when a request meets a damaged page
 * (that request waits for its verdict: http/errors.ts). While it runs the host serves as usual. When it answers
 * "not ok" the database is served for reading only: SQLite itself refuses every write (`PRAGMA query_only`), every
 * change is refused in Vietnamese and English naming the newest backup, the daily backup and the clean-ups stop,
 * and every screen shows the problem on its status line (`GET /api/health`).
 */
import type { Database } from 'better-sqlite3';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { LuotError, type LocalizedText } from '../../shared/errors';
import { latestBackupFor } from '../backup/backup-files';
import { JobWorker, workerEntry } from '../workers/job-worker';

export interface DatabaseDamage {
  /** What quick_check said (its first few lines), for the log. */
  problems: string[];
  latestBackup: string | null;
  /** What to do, in both languages: shown on every screen and in every refusal. */
  advice: LocalizedText;
}

/** SQLite's own words for a damaged file; any other failure (busy, no memory) says nothing about the file. */
export const isDamage = (error: unknown) => {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
};

/** The first few problems quick_check finds; empty when the file is whole. Throws when it could not look. */
export function quickCheck(db: Database): string[] {
  try {
    const lines = db.prepare('PRAGMA quick_check(5)').pluck().all() as string[];
    return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
  } catch (error) {
    if (isDamage(error)) return [String((error as Error).message)];
    throw error;
  }
}

/** The damage quick_check's `problems` mean for `file`, with the newest backup to restore. */
export function damageOf(file: string, problems: string[]): DatabaseDamage {
  const latestBackup = latestBackupFor(file);
  // The file's name only: the backup tab lists that folder; the full path (and the command) go to the log.
  const name = latestBackup ? basename(latestBackup) : null;
  const restore = name
    ? {
        vi: `Hãy khôi phục bản sao lưu mới nhất, ${name}, ở Quản trị → Sao lưu.`,
        en: `Restore the newest backup, ${name}, in Setup → Backup.`,
      }
    : {
        vi: 'Không tìm thấy bản sao lưu bên cạnh dữ liệu: hãy cắm USB sao lưu, chọn thư mục ở Quản trị → Sao lưu rồi khôi phục bản mới nhất.',
        en: 'No backup was found beside the data: plug in the backup USB stick, choose its folder in Setup → Backup and restore the newest copy.',
      };
  if (latestBackup)
    console.error(
      `[luot] the newest backup: ${latestBackup} (on the host: npm run serve -- restore "${latestBackup}")`,
    );
  return {
    problems,
    latestBackup,
    advice: {
      vi: `Tệp dữ liệu bị hỏng nên Lượt chỉ cho xem, không ghi thêm gì (không lấy số, gọi số hay đổi cài đặt được). ${restore.vi}`,
      en: `The data file is damaged, so Lượt only shows what it can read and writes nothing (no numbers issued, called or settings changed). ${restore.en}`,
    },
  };
}

export const databaseDamaged = (damage: DatabaseDamage) => new LuotError(503, 'DATABASE_DAMAGED', damage.advice);

/** What the check worker is given at its start. */
export interface CheckWorkerData {
  databaseFile: string;
  nativeBinding?: string;
}

/** A year of a center's data takes about a second; a check still running after this long is given up (logged). */
const CHECK_LIMIT_MS = 10 * 60_000;
/**
 * A file smaller than this is checked on the server's thread, after the start (≈ 3 ms a MB here): a worker
 * process would cost more than the check. A center's first weeks; then the worker.
 */
export const CHECK_IN_THREAD_BELOW_BYTES = 8 * 1024 * 1024;

const checkFailed = (detail: string) =>
  new LuotError(500, 'DATABASE_CHECK_FAILED', {
    vi: `Không kiểm tra được tệp dữ liệu (${detail}).`,
    en: `The data file could not be checked (${detail}).`,
  });

/**
 * The database's check, run off the queue's thread; `damage` is set (and stays set until a restore opens another
 * core) when quick_check answers "not ok". Listeners then make the host read-only.
 */
export class DatabaseCheck {
  damage: DatabaseDamage | null = null;
  private readonly listeners: ((damage: DatabaseDamage) => void)[] = [];
  private readonly worker: JobWorker<null, string[]> | null = null;
  private readonly inThreadBelow: number;
  private running: Promise<DatabaseDamage | null> | null = null;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly file: string,
    options: { nativeBinding?: string; inThreadBelowBytes?: number } = {},
  ) {
    this.inThreadBelow = options.inThreadBelowBytes ?? CHECK_IN_THREAD_BELOW_BYTES;
    const nativeBinding = options.nativeBinding;
    if (file === ':memory:') return;
    const entry = workerEntry(import.meta.url, 'check-worker');
    if (!entry) return;
    const data: CheckWorkerData = { databaseFile: file, ...(nativeBinding ? { nativeBinding } : {}) };
    // Stopped as soon as it answered: its connection and pages go with it.
    this.worker = new JobWorker({ name: 'database check', entry, data, idleMs: 0, lost: checkFailed });
  }

  onDamage(listener: (damage: DatabaseDamage) => void): void {
    this.listeners.push(listener);
  }

  /** Checks the file (one check at a time; a second call while one runs shares it). Never throws. */
  run(): Promise<DatabaseDamage | null> {
    if (this.file === ':memory:' || this.damage) return Promise.resolve(this.damage);
    this.running ??= this.problems()
      .then(
        (problems) => (problems.length === 0 ? null : this.found(problems)),
        (error: unknown) => {
          if (!this.closed) console.error(`[luot] ${this.file} could not be checked`, error);
          return null;
        },
      )
      .finally(() => (this.running = null));
    return this.running;
  }

  close(): Promise<void> {
    this.closed = true;
    return this.worker?.close() ?? Promise.resolve();
  }

  private problems(): Promise<string[]> {
    if (this.worker && sizeOf(this.file) >= this.inThreadBelow)
      return this.worker.run(null, { timeoutMs: CHECK_LIMIT_MS });
    if (!this.worker) console.warn('Lượt: the database check runs on the server thread (no worker file)');
    return Promise.resolve().then(() => quickCheck(this.db));
  }

  private found(problems: string[]): DatabaseDamage {
    if (this.damage) return this.damage;
    console.error(`[luot] ${this.file} is damaged (quick_check): ${problems.join('; ')}`);
    this.damage = damageOf(this.file, problems);
    for (const listener of this.listeners) listener(this.damage);
    return this.damage;
  }
}

const sizeOf = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};
