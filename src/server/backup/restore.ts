/**
 * Putting a backup in place of the database. The data of now is never deleted: it is moved, whole (with its
 * WAL), into a `before-restore-…` folder beside it, so a restore of the wrong copy can itself be undone.
 * Who may sign in is not taken back in time with the queue: devices revoked since the copy was made stay
 * revoked, and devices and sessions added since keep working. The caller makes sure no server has the database
 * open.
 */
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LuotError } from '../../shared/errors';
import { localParts } from '../../shared/time';
import { MIGRATIONS } from '../db/migrations/index';
import { openDatabase } from '../db/open';

export interface BackupFacts {
  file: string;
  schemaVersion: number;
  tickets: number;
  events: number;
  lastEventAt: number | null;
}

const binding = (nativeBinding?: string) => (nativeBinding ? { nativeBinding } : {});

/** Reads a backup without changing it; refuses one that is not a whole Lượt database this version can open. */
export function inspectBackup(file: string, nativeBinding?: string): BackupFacts {
  if (!existsSync(file)) throw unusable(file, 'not found');
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...binding(nativeBinding) });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw unusable(file, String(check));
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion < 1 || schemaVersion > MIGRATIONS.length) throw unusable(file, `schema ${schemaVersion}`);
    const count = (table: string) => (db!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const last = db.prepare('SELECT max(at) AS at FROM events').get() as { at: number | null };
    return { file, schemaVersion, tickets: count('tickets'), events: count('events'), lastEventAt: last.at };
  } catch (error) {
    if (error instanceof LuotError) throw error;
    throw unusable(file, error instanceof Error ? error.message : String(error));
  } finally {
    db?.close();
  }
}

/** Where the data of now goes: `before-restore-2026-11-23-1542` beside the database. */
export function keptAsideFolder(databaseFile: string, now: number): string {
  const { day, minuteOfDay } = localParts(now);
  const hhmm = `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}${String(minuteOfDay % 60).padStart(2, '0')}`;
  let folder = join(dirname(databaseFile), `before-restore-${day}-${hhmm}`);
  for (let n = 2; existsSync(folder); n++) folder = join(dirname(databaseFile), `before-restore-${day}-${hhmm}-${n}`);
  return folder;
}

/** Moves the database aside and copies the backup into its place. The database must be closed. */
export function putBackupInPlace(
  databaseFile: string,
  backupFile: string,
  keptAsideIn: string,
  nativeBinding?: string,
): void {
  inspectBackup(backupFile, nativeBinding);
  const incoming = `${databaseFile}.restoring`;
  copyFileSync(backupFile, incoming);
  flush(incoming);
  const aside = join(keptAsideIn, basename(databaseFile));
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(databaseFile + suffix)) continue;
    mkdirSync(keptAsideIn, { recursive: true });
    renameSync(databaseFile + suffix, aside + suffix);
  }
  renameSync(incoming, databaseFile);
  flush(dirname(databaseFile));
  keepAccess(aside, databaseFile, nativeBinding);
}

/** Undoes `putBackupInPlace` when the restored database would not open: the data of before comes back. */
export function takeBackKeptAside(databaseFile: string, keptAsideIn: string): void {
  const aside = join(keptAsideIn, basename(databaseFile));
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(aside + suffix)) renameSync(aside + suffix, databaseFile + suffix);
  }
}

/** The access tables are carried over from the data of before, row by row, newest state winning. */
const ACCESS_TABLES = [
  {
    table: 'devices',
    columns: ['id', 'name', 'role', 'service_point_id', 'token_hash', 'created_at', 'last_seen_at', 'revoked_at'],
    update: ['name', 'token_hash', 'last_seen_at', 'revoked_at'],
  },
  {
    table: 'sessions',
    columns: ['id', 'device_id', 'token_hash', 'created_at', 'renewed_at', 'expires_at', 'ended_at'],
    update: ['renewed_at', 'expires_at', 'ended_at'],
  },
  {
    table: 'sign_in_passes',
    columns: ['id', 'device_id', 'kind', 'secret_hash', 'created_at', 'expires_at', 'used_at'],
    update: ['used_at'],
  },
] as const;

function keepAccess(asideFile: string, databaseFile: string, nativeBinding?: string): void {
  if (!existsSync(asideFile)) return;
  let before: Database.Database | null = null;
  try {
    before = new Database(asideFile, { fileMustExist: true, ...binding(nativeBinding) });
  } catch {
    return; // The data of before was damaged (that may be why we restore): nothing to carry over.
  }
  // Opened as the server opens it, so an older copy is brought to this version's tables first.
  const after = openDatabase(databaseFile, { nativeBinding });
  try {
    for (const { table, columns, update } of ACCESS_TABLES) {
      let rows: Record<string, unknown>[];
      try {
        rows = before.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).all() as Record<string, unknown>[];
      } catch {
        continue; // The data of before is older and has no such table.
      }
      const upsert = after.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
         ON CONFLICT (id) DO UPDATE SET ${update.map((c) => `${c} = excluded.${c}`).join(', ')}`,
      );
      after.transaction(() => {
        for (const row of rows) {
          try {
            upsert.run(row);
          } catch {
            // E.g. a counter device of a counter added after the copy: it signs in again once that exists.
          }
        }
      })();
    }
  } finally {
    before.close();
    after.close();
  }
}

function flush(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Directories cannot be fsynced on Windows; the rename is still in place.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function unusable(file: string, why: string): LuotError {
  return new LuotError(
    400,
    'BACKUP_UNUSABLE',
    {
      vi: `Tệp ${file} không phải bản sao lưu Lượt dùng được (${why}). Hãy chọn bản sao lưu khác; dữ liệu hiện tại không bị thay đổi.`,
      en: `${file} is not a usable Lượt backup (${why}). Choose another backup; the current data was not changed.`,
    },
    { file },
  );
}
