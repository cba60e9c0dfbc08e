/**
 * Putting a backup in place of the database. The data of now is never deleted: it is moved, whole (with its
 * WAL), into a `before-restore-…` folder beside it, so a restore of the wrong copy can itself be undone.
 * Who may sign in is not taken from the copy: only the devices, sessions and codes of the data in use carry
 * over (devices revoked since the copy stay revoked, devices added since keep working); the copy's own are
 * revoked, so a copy with a planted admin device hands out nothing (issue 24). The caller makes sure no server has the database
 * open.
 */
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LuotError } from '../../shared/errors';
import { localParts } from '../../shared/time';
import { MIGRATIONS } from '../db/migrations/index';
import { openDatabase } from '../db/open';
import { schemaDifferences } from './backup-schema';

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
    const differences = schemaDifferences(db, schemaVersion, nativeBinding);
    if (differences.length > 0) throw notLuotsSchema(file, differences);
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

/**
 * Carries who-may-sign-in over from the data of before. A device is the same device in both when its id and
 * creation time match: its key, name, last use and revocation are taken from before. A device the copy does not
 * have is added — under a new id when the copy used its id for another device (the data of before was a fresh
 * installation) — unless the copy already holds its key. Sessions and sign-in codes follow their device.
 */
function keepAccess(asideFile: string, databaseFile: string, nativeBinding?: string): void {
  let before: Database.Database | null = null;
  try {
    if (existsSync(asideFile)) before = new Database(asideFile, { fileMustExist: true, ...binding(nativeBinding) });
  } catch {
    // The data of before was damaged (that may be why we restore): nothing to carry over.
  }
  // Opened as the server opens it, so an older copy is brought to this version's tables first.
  const after = openDatabase(databaseFile, { nativeBinding });
  try {
    // The copy's own devices, sessions and codes are not trusted (a copy may have been made or edited anywhere):
    // only those of the data in use sign in; the others sign in again (an admin: `admin-link` on the host).
    after.transaction(() => distrustCopy(after, Date.now()))();
    if (before) {
      const from = before;
      after.transaction(() => {
        const devices = carryDevices(from, after);
        const sessionColumns = ['device_id', 'token_hash', 'created_at', 'renewed_at', 'expires_at', 'ended_at'];
        carryRows(
          from,
          after,
          devices,
          'sessions',
          sessionColumns,
          ['renewed_at', 'expires_at', 'ended_at'],
          'token_hash',
        );
        const passColumns = ['device_id', 'kind', 'secret_hash', 'created_at', 'expires_at', 'used_at'];
        carryRows(from, after, devices, 'sign_in_passes', passColumns, ['used_at'], 'secret_hash');
      })();
    }
  } catch {
    // Access is a convenience here, the data is what was asked for: screens that lose it sign in again.
  } finally {
    before?.close();
    after.close();
  }
}

/** Every device of the copy revoked, its sessions ended, its codes used up (those of before are then carried back). */
function distrustCopy(db: Database.Database, now: number): void {
  db.prepare('UPDATE devices SET revoked_at = coalesce(revoked_at, ?)').run(now);
  db.prepare('UPDATE sessions SET ended_at = coalesce(ended_at, ?)').run(now);
  db.prepare('UPDATE sign_in_passes SET used_at = coalesce(used_at, ?)').run(now);
}

type Row = Record<string, unknown> & { id: number };

/** Each device of before → its id after (same device, or added), for the rows that follow devices. */
function carryDevices(before: Database.Database, after: Database.Database): Map<number, number> {
  const ids = new Map<number, number>();
  const byId = after.prepare('SELECT created_at FROM devices WHERE id = ?');
  const byKey = after.prepare('SELECT id FROM devices WHERE token_hash = ?');
  const update = after.prepare(
    // Role and point too: a copy cannot turn a device of before into an admin by holding its key under that role.
    `UPDATE devices SET name = @name, role = @role, service_point_id = @service_point_id, token_hash = @token_hash,
       last_seen_at = @last_seen_at, revoked_at = @revoked_at WHERE id = @id`,
  );
  const insert = after.prepare(
    `INSERT INTO devices (name, role, service_point_id, token_hash, created_at, last_seen_at, revoked_at)
     VALUES (@name, @role, @service_point_id, @token_hash, @created_at, @last_seen_at, @revoked_at)`,
  );
  const insertAt = after.prepare(
    `INSERT INTO devices (id, name, role, service_point_id, token_hash, created_at, last_seen_at, revoked_at)
     VALUES (@id, @name, @role, @service_point_id, @token_hash, @created_at, @last_seen_at, @revoked_at)`,
  );
  for (const device of before.prepare('SELECT * FROM devices').all() as Row[]) {
    const there = byId.get(device.id) as { created_at: number } | undefined;
    try {
      if (there?.created_at === device.created_at) {
        update.run(device);
        ids.set(device.id, device.id);
      } else {
        // The copy holds the same key under another id (the bootstrap secret of both installations): that one.
        const sameKey = byKey.get(device.token_hash) as { id: number } | undefined;
        if (sameKey) {
          update.run({ ...device, id: sameKey.id });
          ids.set(device.id, sameKey.id);
        } else {
          const added = there ? insert.run(device) : insertAt.run(device);
          ids.set(device.id, Number(added.lastInsertRowid));
        }
      }
    } catch {
      // E.g. a counter device of a counter added after the copy: it signs in again once that exists.
    }
  }
  return ids;
}

function carryRows(
  before: Database.Database,
  after: Database.Database,
  devices: Map<number, number>,
  table: 'sessions' | 'sign_in_passes',
  columns: string[],
  changing: string[],
  secret: string,
): void {
  let rows: Row[];
  try {
    rows = before.prepare(`SELECT id, ${columns.join(', ')} FROM ${table}`).all() as Row[];
  } catch {
    return; // The data of before is older and has no such table.
  }
  const bySecret = after.prepare(`SELECT id FROM ${table} WHERE ${secret} = ?`);
  const update = after.prepare(`UPDATE ${table} SET ${changing.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
  const insert = after.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  for (const row of rows) {
    const deviceId = devices.get(row.device_id as number);
    if (deviceId === undefined) continue;
    const existing = bySecret.get(row[secret]) as { id: number } | undefined;
    if (existing) update.run({ ...row, id: existing.id });
    else insert.run({ ...row, device_id: deviceId });
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

/** A copy whose tables, indexes, triggers or views are not Lượt's: each difference named (+ extra, − missing, ~ changed). */
function notLuotsSchema(file: string, differences: string[]): LuotError {
  const listed = differences.slice(0, 8).join(', ') + (differences.length > 8 ? ', …' : '');
  const vi = listed
    .replace(/\btable\b/g, 'bảng')
    .replace(/\btrigger\b/g, 'trigger')
    .replace(/\bview\b/g, 'view');
  return new LuotError(
    400,
    'BACKUP_UNUSABLE',
    {
      vi: `Tệp ${file} không được khôi phục: cấu trúc của nó khác cấu trúc Lượt tạo ra (${vi}; + là thừa, - là thiếu, ~ là bị sửa). Tệp có thể đã bị sửa bằng tay; hãy chọn bản sao lưu khác. Dữ liệu hiện tại không bị thay đổi.`,
      en: `${file} was not restored: its structure differs from what Lượt makes (${listed}; + extra, - missing, ~ changed). It may have been edited by hand; choose another backup. The current data was not changed.`,
    },
    { file, differences },
  );
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
