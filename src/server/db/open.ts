import Database, { type Database as Db } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';

export interface OpenOptions {
  /** Path to a better-sqlite3 addon built for another ABI (the Electron shell passes its own). */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) the center's database, durable against power cuts: WAL with
 * `synchronous = FULL` fsyncs every commit, so a ticket that was issued stays issued.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Checkpoint the WAL every ~16 MB rather than ~4 MB: index pages that change on every ticket are then
    // copied to the database file once per checkpoint instead of four times. Durability is unchanged.
    db.pragma('wal_autocheckpoint = 4000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
