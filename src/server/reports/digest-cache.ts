/**
 * Day digests of closed days, kept in a file of their own beside the center's database
 * (`luot-report-days.db`). It is a cache: derived from the event log, written only by the report worker (so the
 * center's database keeps its one writer, the core), and safe to delete — what is missing is recomputed.
 */
import Database, { type Database as Db, type Statement } from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DIGEST_VERSION } from './day-digest';

export function digestCacheFile(databaseFile: string): string {
  return join(dirname(databaseFile), `${basename(databaseFile).replace(/\.db$/, '')}-report-days.db`);
}

export class DigestCache {
  private readonly db: Db;
  private readonly read: Statement<[string, number], { body: Buffer }>;
  private readonly write: Statement<[string, number, Buffer, number]>;

  /** `source` names the database the digests come from; a cache made from another one is emptied. */
  constructor(file: string, source: string, nativeBinding?: string) {
    this.db = openOrRecreate(file, nativeBinding);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE IF NOT EXISTS report_days (
        day TEXT PRIMARY KEY, version INTEGER NOT NULL, body BLOB NOT NULL, computed_at INTEGER NOT NULL
      ) STRICT;
    `);
    const known = this.db.prepare("SELECT value FROM meta WHERE key = 'source'").pluck().get() as string | undefined;
    if (known !== source) {
      this.db.exec('DELETE FROM report_days');
      this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('source', ?)").run(source);
    }
    this.read = this.db.prepare('SELECT body FROM report_days WHERE day = ? AND version = ?');
    this.write = this.db.prepare(
      'INSERT OR REPLACE INTO report_days (day, version, body, computed_at) VALUES (?, ?, ?, ?)',
    );
  }

  get(day: string): Buffer | undefined {
    return this.read.get(day, DIGEST_VERSION)?.body;
  }

  put(day: string, body: Buffer, now: number): void {
    this.write.run(day, DIGEST_VERSION, body, now);
  }

  close(): void {
    this.db.close();
  }
}

function openOrRecreate(file: string, nativeBinding?: string): Db {
  const open = () => {
    const db = new Database(file, nativeBinding ? { nativeBinding } : {});
    db.pragma('journal_mode = WAL');
    // A digest lost to a power cut is recomputed; a torn file is not possible in WAL with NORMAL.
    db.pragma('synchronous = NORMAL');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  };
  try {
    return open();
  } catch {
    // A damaged cache is thrown away, never a reason for reports to fail.
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    return open();
  }
}
