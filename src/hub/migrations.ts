/**
 * The hub's schema on PostgreSQL, as numbered migrations run in order at start (each in its own transaction).
 * A database already at a higher number than this program knows was made by a newer hub: it is refused rather
 * than read wrongly. How the week files partition: docs/hub.md.
 */
import type { Pool } from 'pg';
import { HubError } from './hub-errors';

export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'centers, accounts, week files partitioned by year and province',
    sql: `
      CREATE TABLE centers (
        code char(5) PRIMARY KEY,
        name_vi text NOT NULL,
        province text NOT NULL,
        district text,
        public_key text NOT NULL,
        token_hash text UNIQUE,
        registered_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX centers_province ON centers (province, code);

      CREATE TABLE accounts (
        id serial PRIMARY KEY,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('province_admin', 'province_viewer')),
        province text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      -- One row per center and week: the newest version received. Range partitions by the week's year (made when
      -- the first file of a year arrives), each split by hash of the province into 8.
      CREATE TABLE week_files (
        week date NOT NULL,
        province text NOT NULL,
        code char(5) NOT NULL,
        version integer NOT NULL,
        partial boolean NOT NULL,
        made_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        via text NOT NULL CHECK (via IN ('center', 'hand')),
        digest text NOT NULL,
        figures jsonb NOT NULL,
        body text NOT NULL,
        PRIMARY KEY (week, province, code)
      ) PARTITION BY RANGE (week);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export async function migrate(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('CREATE TABLE IF NOT EXISTS hub_schema (version integer NOT NULL)');
    // One hub at a time migrates.
    await client.query('SELECT pg_advisory_lock(2121)');
    try {
      const { rows } = await client.query<{ version: number }>('SELECT max(version) AS version FROM hub_schema');
      const current = rows[0]?.version ?? 0;
      if (current > SCHEMA_VERSION)
        throw new HubError(500, 'DATABASE_NEWER', {
          vi: `Cơ sở dữ liệu do phiên bản máy chủ tỉnh mới hơn tạo (lược đồ ${current}, bản này biết đến ${SCHEMA_VERSION}). Hãy cập nhật chương trình.`,
          en: `The database was made by a newer hub (schema ${current}; this one knows up to ${SCHEMA_VERSION}). Update the program.`,
        });
      for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO hub_schema (version) VALUES ($1)', [migration.version]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
      return SCHEMA_VERSION;
    } finally {
      await client.query('SELECT pg_advisory_unlock(2121)');
    }
  } finally {
    client.release();
  }
}

const yearsMade = new Set<string>();

/** The partitions of a week's year (and their 8 province parts), made once, safely against another hub doing it. */
export async function ensureYearPartition(pool: Pool, week: string): Promise<void> {
  const year = week.slice(0, 4);
  const key = `${pool.options.connectionString ?? ''}|${year}`;
  if (yearsMade.has(key)) return;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(2122)');
    const exists = await client.query("SELECT 1 FROM pg_class WHERE relname = $1 AND relkind = 'p'", [
      `week_files_${year}`,
    ]);
    if (exists.rowCount === 0) {
      const next = String(Number(year) + 1);
      await client.query(
        `CREATE TABLE week_files_${year} PARTITION OF week_files
           FOR VALUES FROM ('${year}-01-01') TO ('${next}-01-01') PARTITION BY HASH (province)`,
      );
      for (let part = 0; part < 8; part++)
        await client.query(
          `CREATE TABLE week_files_${year}_p${part} PARTITION OF week_files_${year}
             FOR VALUES WITH (MODULUS 8, REMAINDER ${part})`,
        );
    }
    await client.query('COMMIT');
    yearsMade.add(key);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
