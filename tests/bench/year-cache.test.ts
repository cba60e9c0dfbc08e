/**
 * The bench's one-year database is reused while it fits (issue 25): it used to be rebuilt on every run, twice,
 * because the readiness check compared the cached schema with one made without the triggers the core adds.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureYearDatabase, yearDatabaseState } from '../../bench/year-cache';

const TICKETS = 600;
let dir: string;
let file: string;
const lines: string[] = [];
const log = (line: string) => lines.push(line);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'luot-year-cache-'));
  file = join(dir, 'year.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the cached one-year database', () => {
  test('is made when there is none, and says so', () => {
    expect(yearDatabaseState(file, TICKETS)).toEqual({ ready: false, why: 'no cached year yet' });
    const made = ensureYearDatabase(file, TICKETS, log);
    expect(made).toMatchObject({ rebuilt: true, why: 'no cached year yet' });
    expect(lines.join('\n')).toMatch(/rebuilding, because no cached year yet/);
  });

  test('a year just made — with the triggers a real database has — is reused, not made again', () => {
    const db = new Database(file, { readonly: true });
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[];
    db.close();
    expect(triggers.map((t) => t.name)).toEqual(
      expect.arrayContaining(['events_known_types', 'devices_known_roles', 'devices_known_roles_on_update']),
    );
    expect(yearDatabaseState(file, TICKETS)).toEqual({ ready: true });
    lines.length = 0;
    expect(ensureYearDatabase(file, TICKETS, log)).toEqual({ rebuilt: false });
    expect(lines).toEqual([`one-year database: reused ${file}`]);
  });

  test('a schema that no longer matches is named as the reason', () => {
    const db = new Database(file);
    db.exec('DROP TRIGGER events_known_types');
    db.close();
    expect(yearDatabaseState(file, TICKETS)).toEqual({
      ready: false,
      why: 'schema changed: trigger events_known_types missing',
    });
    const db2 = new Database(file);
    db2.exec('CREATE INDEX bench_extra ON tickets (note)');
    db2.close();
    expect(yearDatabaseState(file, TICKETS)).toMatchObject({
      why: 'schema changed: trigger events_known_types missing, index bench_extra no longer in the schema',
    });
    expect(ensureYearDatabase(file, TICKETS, log)).toMatchObject({ rebuilt: true });
    expect(yearDatabaseState(file, TICKETS)).toEqual({ ready: true });
  });

  test('too few tickets, or a year from another generator, is made again', () => {
    expect(yearDatabaseState(file, TICKETS * 2)).toEqual({ ready: false, why: 'it holds 600 tickets, not 1,200' });
    writeFileSync(`${file}.made.json`, '{"generator":"an older one"}\n');
    expect(yearDatabaseState(file, TICKETS)).toEqual({
      ready: false,
      why: 'bench/generate-year.ts changed since it was made',
    });
  });
});
