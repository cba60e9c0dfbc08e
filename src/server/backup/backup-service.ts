/**
 * Copies of the database, made with SQLite's online backup API while the center keeps working: one a day after
 * the chosen hour (or at the next start, when the host was off then), and one whenever the manager presses
 * "Sao lưu ngay". Each copy is checked, made a single self-contained file, and only then given its name; the
 * oldest beyond the number to keep are removed.
 */
import Database, { type Database as Db } from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  backupSettingsPatch,
  DEFAULT_BACKUP_SETTINGS,
  type BackupAttempt,
  type BackupFile,
  type BackupSettings,
  type BackupStatus,
} from '../../shared/backup';
import { LuotError } from '../../shared/errors';
import { localParts } from '../../shared/time';
import { diskOf } from '../db/disk';
import { diskFull } from '../db/storage-errors';
import {
  backupName,
  dayOfBackup,
  defaultBackupFolder,
  listBackups,
  noteBackupFolder,
  rotateBackups,
} from './backup-files';
import { JsonSetting } from '../setup/json-setting';

const CHECK_EVERY_MS = 5 * 60_000;
/** After a failed daily copy (USB stick pulled out …), try again this much later, not every check. */
const RETRY_AFTER_MS = 30 * 60_000;
const HOUR_MS = 3_600_000;

export interface BackupServiceOptions {
  db: Db;
  databaseFile: string;
  clock: () => number;
  nativeBinding?: string;
  /** A folder for this service's copies instead of the chosen one (a one-off copy from the command line). */
  folder?: string;
  /**
   * A copy did not read back whole (or SQLite found a damaged page while copying): the database itself may be
   * damaged, so the host checks it again (src/server/db/quick-check.ts).
   */
  onReadBackFailed?: () => void;
}

/** The copy was made but does not read back whole. */
class ReadBackFailed extends Error {}

const damagedPage = (error: unknown) => {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
};

export class BackupService {
  readonly settings: JsonSetting<BackupSettings>;
  private lastAttempt: BackupAttempt | null = null;
  private timer: NodeJS.Timeout | undefined;
  private firstCheck: NodeJS.Timeout | undefined;
  private running: Promise<BackupFile> | null = null;

  constructor(private readonly options: BackupServiceOptions) {
    this.settings = new JsonSetting(options.db, 'backup', DEFAULT_BACKUP_SETTINGS, backupSettingsPatch);
  }

  folder(): string {
    return resolve(this.options.folder ?? this.settings.get().folder ?? defaultBackupFolder(this.options.databaseFile));
  }

  status(): BackupStatus {
    const folder = this.folder();
    const now = this.options.clock();
    return {
      settings: this.settings.get(),
      folder,
      files: listBackups(folder),
      lastAttempt: this.lastAttempt,
      sameDiskAsData: sameDisk(folder, this.options.databaseFile),
      freeBytes: diskOf(nearestExisting(folder)).freeBytes,
      nextDueAt: this.nextDueAt(now),
    };
  }

  /** Makes a copy now; a second call while one is being made gets the same copy. */
  backupNow(kind: BackupAttempt['kind'] = 'manual'): Promise<BackupFile> {
    this.running ??= this.makeCopy(kind).finally(() => (this.running = null));
    return this.running;
  }

  /** Checks every few minutes whether the day's copy is due. */
  start(): void {
    const check = () => {
      if (this.options.db.open && this.isDue(this.options.clock())) this.backupNow('daily').catch(() => undefined);
    };
    this.timer = setInterval(check, CHECK_EVERY_MS);
    this.timer.unref();
    // A host that was off at the chosen hour makes the day's copy soon after it starts.
    this.firstCheck = setTimeout(check, 20_000);
    this.firstCheck.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    clearTimeout(this.firstCheck);
    await this.running?.catch(() => undefined);
  }

  isDue(now: number): boolean {
    if (localParts(now).minuteOfDay < this.settings.get().hour * 60) return false;
    if (this.lastAttempt?.problem && now - this.lastAttempt.at < RETRY_AFTER_MS) return false;
    const today = localParts(now).day;
    return !listBackups(this.folder()).some((file) => dayOfBackup(file.name) === today);
  }

  nextDueAt(now: number): number {
    const { minuteOfDay, day } = localParts(now);
    const midnight = Math.floor(now / 60_000) * 60_000 - minuteOfDay * 60_000;
    const todayAt = midnight + this.settings.get().hour * HOUR_MS;
    const doneToday = listBackups(this.folder()).some((file) => dayOfBackup(file.name) === day);
    if (doneToday) return todayAt + 24 * HOUR_MS;
    return Math.max(todayAt, now);
  }

  private async makeCopy(kind: BackupAttempt['kind']): Promise<BackupFile> {
    const at = this.options.clock();
    const folder = this.folder();
    try {
      mkdirSync(folder, { recursive: true });
      const name = backupName(at, (n) => listBackups(folder).some((f) => f.name === n));
      const partial = join(folder, `${name}.partial`);
      rmSync(partial, { force: true });
      try {
        await this.options.db.backup(partial);
        this.seal(partial);
        renameSync(partial, join(folder, name));
      } finally {
        rmSync(partial, { force: true });
        rmSync(`${partial}-journal`, { force: true });
      }
      rotateBackups(folder, this.settings.get().keep);
      noteBackupFolder(this.options.databaseFile, folder);
      this.lastAttempt = { at, kind, file: name, problem: null };
      const made = listBackups(folder).find((f) => f.name === name);
      return made ?? { name, bytes: 0, madeAt: at };
    } catch (error) {
      if (error instanceof ReadBackFailed || damagedPage(error)) this.options.onReadBackFailed?.();
      const refusal = backupRefusal(error, folder);
      this.lastAttempt = { at, kind, file: null, problem: { code: refusal.code, ...refusal.text } };
      throw refusal;
    }
  }

  /** The copy stands alone (no -wal beside it, fine for a USB stick) and reads back whole. */
  private seal(file: string): void {
    const copy = new Database(file, this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {});
    try {
      copy.pragma('journal_mode = DELETE');
      let check: unknown;
      try {
        check = copy.pragma('quick_check', { simple: true });
      } catch (error) {
        if (damagedPage(error)) throw new ReadBackFailed(`the copy does not read back whole: ${String(error)}`);
        throw error;
      }
      if (check !== 'ok') throw new ReadBackFailed(`the copy does not read back whole: ${String(check)}`);
    } finally {
      copy.close();
    }
  }
}

function backupRefusal(error: unknown, folder: string): LuotError {
  if (error instanceof LuotError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return diskFull(folder);
  const reason = error instanceof Error ? error.message : String(error);
  return new LuotError(
    503,
    'BACKUP_FAILED',
    {
      vi: `Không sao lưu được vào thư mục ${folder} (${code || reason}). Kiểm tra ổ đĩa hoặc USB đã cắm và còn ghi được, rồi bấm Sao lưu ngay.`,
      en: `Could not back up to the folder ${folder} (${code || reason}). Check that the disk or USB stick is plugged in and writable, then press Back up now.`,
    },
    { folder, code },
  );
}

/** The folder itself or its nearest parent that exists (the folder is made on the first copy). */
function nearestExisting(path: string): string {
  let current = resolve(path);
  for (;;) {
    try {
      statSync(current);
      return current;
    } catch {
      const parent = dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

function sameDisk(folder: string, databaseFile: string): boolean {
  try {
    return statSync(nearestExisting(folder)).dev === statSync(dirname(resolve(databaseFile))).dev;
  } catch {
    return false;
  }
}
