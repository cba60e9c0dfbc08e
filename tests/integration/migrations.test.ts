import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/server/db/migrate';
import { updateToSchemaVersion8 } from '../../src/server/db/migrations/0008-comment-retention';
import { MIGRATIONS } from '../../src/server/db/migrations/index';
import { openDatabase } from '../../src/server/db/open';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const file = () => join((dir = mkdtempSync(join(tmpdir(), 'luot-mig-'))), 'luot.db');

describe('migrations', () => {
  it('opens durable: WAL, synchronous FULL, foreign keys on, at the latest version', () => {
    const db = openDatabase(file());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a database written by a newer Lượt, in both languages, without touching it', () => {
    const path = file();
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrowError(
      expect.objectContaining({
        code: 'DATABASE_TOO_NEW',
        text: { vi: expect.stringContaining('phiên bản Lượt mới hơn'), en: expect.stringContaining('newer Lượt') },
      }),
    );
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
    check.close();
  });

  it('runs all pending steps in one transaction: a failing step leaves the database as it was', () => {
    const db = new Database(file());
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        run: (d: Database.Database) => {
          d.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('step failed');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('step failed');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
    db.close();
  });

  it("upgrades a center's ratings keeping which had a comment (the count survives the comment's retention)", () => {
    const db = new Database(file());
    const step = MIGRATIONS.findIndex((m) => m.run === updateToSchemaVersion8);
    migrate(db, MIGRATIONS.slice(0, step));
    // Only the ratings matter here: no tickets, services or points behind them.
    db.pragma('foreign_keys = OFF');
    const rate = db.prepare(
      `INSERT INTO ratings (ticket_id, service_day, service_id, service_point_id, level, comment, at)
       VALUES (?, '2026-11-23', 1, 1, 'satisfied', ?, 0)`,
    );
    rate.run(1, 'Cán bộ rất tận tình');
    rate.run(2, null);
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT ticket_id, commented FROM ratings ORDER BY ticket_id').all()).toEqual([
      { ticket_id: 1, commented: 1 },
      { ticket_id: 2, commented: 0 },
    ]);
    db.close();
  });

  it('checks that the list of steps is strictly increasing', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [MIGRATIONS[0]!, MIGRATIONS[0]!])).toThrow(/expected 2/);
    db.close();
  });
});
