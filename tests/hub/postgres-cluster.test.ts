import { existsSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresMissing, startPostgres } from '../helpers/postgres';

const missing = postgresMissing();

describe.skipIf(missing)(
  `a throwaway PostgreSQL cluster for the hub's tests${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    it('starts on loopback, gives the hub a role that owns its database and is no superuser, and is removed afterwards', async () => {
      const cluster = await startPostgres();
      const client = new pg.Client({ connectionString: cluster.url });
      try {
        await client.connect();
        const { rows } = await client.query<{ who: string; superuser: string; owner: string; version: string }>(
          `SELECT current_user AS who, current_setting('is_superuser') AS superuser,
                (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) AS owner,
                current_setting('server_version_num') AS version`,
        );
        expect(rows[0]).toMatchObject({ who: 'hub', superuser: 'off', owner: 'hub' });
        expect(Number(rows[0]?.version)).toBeGreaterThanOrEqual(150000);
        await client.query('CREATE TABLE t (x int)');
        await client.query('INSERT INTO t VALUES (1)');
        expect((await client.query('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(1);
        await expect(client.query('CREATE ROLE intruder')).rejects.toThrow(/permission denied/);
      } finally {
        await client.end();
        expect(existsSync(cluster.dir)).toBe(true);
        cluster.stop();
      }
      expect(existsSync(cluster.dir)).toBe(false);
      const after = new pg.Client({ connectionString: cluster.url, connectionTimeoutMillis: 2000 });
      await expect(after.connect()).rejects.toThrow();
    });
  },
);
