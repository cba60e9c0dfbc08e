/**
 * The copies in a backup folder: named by the local time they were made (`luot-2026-11-23-1205.db`), so they
 * sort by age and a person can tell which is which. The folder in use is also noted beside the database, so a
 * damaged database (which can no longer say where its backups are) can still point to the latest one.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupFile } from '../../shared/backup';
import { localParts } from '../../shared/time';

const NAME = /^luot-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})?(-\d+)?\.db$/;

/** `backups` beside the database: the folder used until the manager chooses one (best on another disk). */
export const defaultBackupFolder = (databaseFile: string) => join(dirname(databaseFile), 'backups');
const folderNoteOf = (databaseFile: string) => `${databaseFile}.backups.json`;

/** `luot-2026-11-23-1205.db`; seconds are added when two copies fall in one minute, then a count. */
export function backupName(epochMs: number, taken: (name: string) => boolean): string {
  const { day, minuteOfDay } = localParts(epochMs);
  const hhmm = `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}${String(minuteOfDay % 60).padStart(2, '0')}`;
  const plain = `luot-${day}-${hhmm}.db`;
  if (!taken(plain)) return plain;
  const seconds = String(new Date(epochMs).getUTCSeconds()).padStart(2, '0');
  for (let n = 1; ; n++) {
    const name = `luot-${day}-${hhmm}${seconds}${n === 1 ? '' : `-${n}`}.db`;
    if (!taken(name)) return name;
  }
}

/**
 * When a copy was made, from its name — which, unlike the file's date, survives being copied to a USB stick.
 * The name is in the center's local time, UTC+7 all year (Vietnam keeps no summer time).
 */
function madeAtOf(name: string): number | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const at = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}+07:00`);
  return Number.isNaN(at) ? null : at;
}

/** The local day a copy was made on, from its name. */
export const dayOfBackup = (name: string) => {
  const m = NAME.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

/** The copies in `folder`, newest first. */
export function listBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const name of names) {
    if (!NAME.test(name)) continue;
    try {
      const stats = statSync(join(folder, name));
      if (stats.isFile()) files.push({ name, bytes: stats.size, madeAt: madeAtOf(name) ?? stats.mtimeMs });
    } catch {
      // Removed meanwhile.
    }
  }
  // Names sort by local time; a copy made by hand before restoring sorts with its time too.
  return files.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Removes all but the newest `keep` automatic and manual copies. */
export function rotateBackups(folder: string, keep: number): string[] {
  const removed: string[] = [];
  for (const file of listBackups(folder).slice(keep)) {
    rmSync(join(folder, file.name), { force: true });
    removed.push(file.name);
  }
  return removed;
}

export function noteBackupFolder(databaseFile: string, folder: string): void {
  try {
    mkdirSync(dirname(databaseFile), { recursive: true });
    writeFileSync(folderNoteOf(databaseFile), JSON.stringify({ folder }));
  } catch {
    // Only a pointer for a bad day; the backup itself is what matters.
  }
}

/** The newest copy in the noted folder or the default one, for a database that cannot be opened. */
export function latestBackupFor(databaseFile: string): string | null {
  const folders = [defaultBackupFolder(databaseFile)];
  try {
    const noted = (JSON.parse(readFileSync(folderNoteOf(databaseFile), 'utf8')) as { folder?: unknown }).folder;
    if (typeof noted === 'string') folders.unshift(noted);
  } catch {
    // No note: only the default folder.
  }
  const newest = folders
    .flatMap((folder) => listBackups(folder).map((file) => ({ ...file, path: join(folder, file.name) })))
    .sort((a, b) => (a.name < b.name ? 1 : -1))[0];
  return newest?.path ?? null;
}
