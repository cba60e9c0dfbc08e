/**
 * One server per data folder. Two servers on one database would each show only their own changes to their
 * screens, so the second is refused. The lock is an exclusive SQLite lock on a small file beside the database,
 * held for the life of the process: the operating system releases it when the process ends, even by a power
 * cut or kill -9, so a stale lock never blocks a restart. A note beside it says who holds it.
 */
import Database, { type Database as Db } from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LuotError } from '../../shared/errors';
import { formatDateTime } from '../../shared/time';

export interface DataLock {
  /** Says where the holder serves (for `admin-link` and for a refused second server). */
  announce(url: string): void;
  release(): void;
}

interface HolderNote {
  pid: number;
  startedAt: number;
  url: string | null;
}

export const lockFileOf = (databaseFile: string) => `${databaseFile}.lock`;
export const holderNoteOf = (databaseFile: string) => `${databaseFile}.server.json`;

export function lockDataFolder(databaseFile: string, nativeBinding?: string): DataLock {
  const lockFile = lockFileOf(databaseFile);
  const noteFile = holderNoteOf(databaseFile);
  let lock: Db | null = null;
  mkdirSync(dirname(lockFile), { recursive: true });
  try {
    lock = new Database(lockFile, { timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) });
    lock.pragma('journal_mode = DELETE');
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock?.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw inUse(databaseFile, readHolder(noteFile));
    throw error;
  }
  const note: HolderNote = { pid: process.pid, startedAt: Date.now(), url: null };
  const write = () => writeFileSync(noteFile, JSON.stringify(note));
  write();
  const held = lock;
  return {
    announce(url) {
      note.url = url;
      write();
    },
    release() {
      if (!held.open) return;
      rmSync(noteFile, { force: true });
      held.close();
    },
  };
}

/** Who holds the lock, from the note beside it (null when there is none or it cannot be read). */
export function readHolder(noteFile: string): HolderNote | null {
  try {
    const note = JSON.parse(readFileSync(noteFile, 'utf8')) as Partial<HolderNote>;
    return typeof note.pid === 'number' && typeof note.startedAt === 'number'
      ? { pid: note.pid, startedAt: note.startedAt, url: typeof note.url === 'string' ? note.url : null }
      : null;
  } catch {
    return null;
  }
}

export function dataFolderInUse(databaseFile: string): LuotError {
  return inUse(databaseFile, readHolder(holderNoteOf(databaseFile)));
}

function inUse(databaseFile: string, holder: HolderNote | null): LuotError {
  const who = holder
    ? {
        vi: ` (tiến trình ${holder.pid}, chạy từ ${formatDateTime(holder.startedAt)}${holder.url ? `, tại ${holder.url}` : ''})`,
        en: ` (process ${holder.pid}, running since ${formatDateTime(holder.startedAt)}${holder.url ? `, at ${holder.url}` : ''})`,
      }
    : { vi: '', en: '' };
  return new LuotError(
    409,
    'DATA_FOLDER_IN_USE',
    {
      vi: `Dữ liệu ${databaseFile} đang được một máy chủ Lượt khác dùng${who.vi}. Mỗi thư mục dữ liệu chỉ chạy một máy chủ: hãy dùng máy chủ đang chạy, hoặc dừng nó trước khi chạy máy chủ này.`,
      en: `The data ${databaseFile} is in use by another Lượt server${who.en}. One data folder runs one server: use the running one, or stop it before starting this one.`,
    },
    holder ? { pid: holder.pid, url: holder.url } : undefined,
  );
}
