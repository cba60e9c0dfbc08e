/**
 * The bench's one-year database is made once (≈ 30 s) and reused while it still fits: the schema a real
 * database opened by this build has — tables, indexes AND the triggers the core adds when it opens — the
 * generator's code, and the number of tickets. The bench says whether it reused it, or why it rebuilt it.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../src/server/core';
import { generateYear } from './generate-year';

export type YearState = { ready: true } | { ready: false; why: string };

interface SchemaRow {
  type: string;
  name: string;
  sql: string | null;
}

const schemaOf = (db: Database.Database) =>
  db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as SchemaRow[];

/** The schema of a new database as this build's core makes it (migrations, then the guards' triggers). */
function currentSchema(): SchemaRow[] {
  const core = openCore({ databaseFile: ':memory:', seed: false, dayCheckMs: 3_600_000 });
  try {
    return schemaOf(core.db);
  } finally {
    core.close();
  }
}

/** What differs between two schemas, in words: "trigger x missing", "index y differs", … (at most 3 named). */
export function schemaDifferences(cached: SchemaRow[], current: SchemaRow[]): string[] {
  const key = (r: SchemaRow) => `${r.type} ${r.name}`;
  const had = new Map(cached.map((r) => [key(r), r.sql]));
  const want = new Map(current.map((r) => [key(r), r.sql]));
  const differences: string[] = [];
  for (const [name, sql] of want) {
    if (!had.has(name)) differences.push(`${name} missing`);
    else if (had.get(name) !== sql) differences.push(`${name} differs`);
  }
  for (const name of had.keys()) if (!want.has(name)) differences.push(`${name} no longer in the schema`);
  return differences;
}

/** The generator's own code: a year made by an older generator is made again. */
const generatorHash = () =>
  createHash('sha256')
    .update(readFileSync(join(import.meta.dirname, 'generate-year.ts')))
    .digest('hex')
    .slice(0, 16);

const stampOf = (file: string) => `${file}.made.json`;

/** Whether a cached year can be reused, and if not, why. */
export function yearDatabaseState(file: string, tickets: number): YearState {
  if (!existsSync(file)) return { ready: false, why: 'no cached year yet' };
  let stamp: { generator?: string } = {};
  try {
    stamp = JSON.parse(readFileSync(stampOf(file), 'utf8')) as { generator?: string };
  } catch {
    return { ready: false, why: `no stamp (${stampOf(file)}) saying which generator made it` };
  }
  if (stamp.generator !== generatorHash())
    return { ready: false, why: 'bench/generate-year.ts changed since it was made' };
  let cached: Database.Database;
  try {
    cached = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { ready: false, why: `unreadable (${(error as Error).message})` };
  }
  try {
    const differences = schemaDifferences(schemaOf(cached), currentSchema());
    if (differences.length > 0) {
      const named = differences.slice(0, 3).join(', ');
      return { ready: false, why: `schema changed: ${named}${differences.length > 3 ? ', …' : ''}` };
    }
    const { n } = cached.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number };
    if (n < tickets)
      return { ready: false, why: `it holds ${n.toLocaleString('en')} tickets, not ${tickets.toLocaleString('en')}` };
    return { ready: true };
  } finally {
    cached.close();
  }
}

export interface YearReady {
  rebuilt: boolean;
  /** Why it was made again (when rebuilt). */
  why?: string;
  seconds?: number;
}

/** Reuses the cached year when it fits; otherwise makes it again (and stamps it). Says which on `log`. */
export function ensureYearDatabase(
  file: string,
  tickets: number,
  log: (line: string) => void = console.log,
): YearReady {
  const state = yearDatabaseState(file, tickets);
  if (state.ready) {
    log(`one-year database: reused ${file}`);
    return { rebuilt: false };
  }
  log(`one-year database: rebuilding, because ${state.why}`);
  rmSync(stampOf(file), { force: true });
  const t0 = performance.now();
  const made = generateYear({ file, tickets });
  writeFileSync(stampOf(file), `${JSON.stringify({ generator: generatorHash(), tickets: made.tickets })}\n`);
  const seconds = (performance.now() - t0) / 1000;
  log(`one-year database: made ${made.tickets} tickets, ${made.events} events in ${seconds.toFixed(1)} s`);
  return { rebuilt: true, why: state.why, seconds };
}
