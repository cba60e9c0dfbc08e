/**
 * A database file damaged the way issue 24 found it: 8 KB overwritten with bytes that are no SQLite page. Where:
 * in the middle of one table's pages (the event log by default), so what the test reads elsewhere — devices,
 * sessions, services — is still readable, as on a real disk where one stretch fails.
 */
import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';

/** Overwrites 8 KB in the middle of `table`'s pages of a database no one has open for writing. */
export function damage(file: string, table = 'events'): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db
    .prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno")
    .pluck()
    .all(table) as number[];
  db.close();
  if (pages.length < 4) throw new Error(`${table} has too few pages to damage (${pages.length})`);
  const page = pages[Math.floor(pages.length / 2)]!;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, (page - 1) * pageSize);
  closeSync(fd);
}

/** A stopped host's database with everything in the file itself (no WAL left), then damaged. */
export function damageStopped(file: string, table = 'events'): void {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  damage(file, table);
}
