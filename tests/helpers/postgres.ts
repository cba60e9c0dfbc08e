/**
 * A throwaway PostgreSQL cluster for the hub's tests: the real server from Debian's `postgresql` package (15 here;
 * `.ci/run` installs it), started by the test and removed afterwards.
 *
 * `initdb` and `postgres` refuse to run as root, so when the tests run as root the cluster runs as the unprivileged
 * `postgres` OS user (`runuser -u postgres --`), in a data folder that user owns under a temp dir. It listens on
 * 127.0.0.1 only, on a free port, with its socket in its own folder; trust auth for 127.0.0.1 holds in this
 * cluster only. The hub connects as a role that owns its database and is not a superuser, as in production.
 *
 * Without PostgreSQL the hub's tests are skipped with the reason — except in CI (CI=true), where that fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  /** postgres://hub@127.0.0.1:PORT/hub — the hub's own role (owner of its database, not a superuser). */
  url: string;
  port: number;
  /** The temp folder that holds the cluster's data, socket and log (gone after stop). */
  dir: string;
  /** A connection string for another fresh database owned by the same role. */
  createDatabase(name: string): string;
  stop(): void;
}

/** Where Debian puts the server's binaries (not on PATH); the newest version present wins. */
export function postgresBinDir(): string | null {
  if (process.env.LUOT_PG_BIN)
    return existsSync(join(process.env.LUOT_PG_BIN, 'initdb')) ? process.env.LUOT_PG_BIN : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  return newest ? join(root, newest, 'bin') : null;
}

/** Why the hub's tests cannot run here, or null when they can. In CI a missing server is a failure, not a skip. */
export function postgresMissing(): string | null {
  const reason = postgresBinDir()
    ? null
    : 'PostgreSQL is not installed (apt-get install postgresql; .ci/run does it): the hub tests need the real server';
  if (reason && process.env.CI === 'true') throw new Error(`CI: ${reason}`);
  return reason;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param options.durable commits reach the disk as on a real hub (fsync, full-page writes); the tests' default
 *   skips that, since a throwaway cluster never survives a crash anyway.
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<TestPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(postgresMissing() ?? 'PostgreSQL missing');
  const asRoot = process.getuid?.() === 0;
  const root = mkdtempSync(join(tmpdir(), 'luot-pg-'));
  const data = join(root, 'data');
  const sockets = join(root, 'sockets');
  const log = join(root, 'server.log');
  // The postgres user must reach its folder; the temp dir is 0700 by default.
  chmodSync(root, 0o755);
  const run = (command: string, args: string[]) => {
    const file = join(bin, command);
    const result = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', file, ...args], { encoding: 'utf8' })
      : spawnSync(file, args, { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout || result.error}`);
    return result.stdout;
  };
  const own = (path: string) => {
    if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', path]);
  };
  execFileSync('mkdir', ['-p', sockets]);
  writeFileSync(log, '');
  own(root);
  let port = 0;
  let started = false;
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // Trust only for loopback and the cluster's own socket folder; nothing else may connect.
    writeFileSync(join(data, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
    own(join(data, 'pg_hba.conf'));
    // A port that was free a moment ago may be taken by another helper's server: try a few.
    for (let attempt = 0; attempt < 5 && !started; attempt++) {
      port = await freePort();
      try {
        run('pg_ctl', [
          '-D',
          data,
          '-l',
          log,
          '-w',
          '-t',
          '60',
          '-o',
          `-c listen_addresses=127.0.0.1 -p ${port} -k ${sockets} -c max_connections=60` +
            (options.durable ? '' : ' -c fsync=off -c full_page_writes=off'),
          'start',
        ]);
        started = true;
      } catch (error) {
        if (attempt === 4) throw error;
      }
    }
    const psql = (database: string, sql: string) =>
      run('psql', [
        '-h',
        sockets,
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        database,
        '-v',
        'ON_ERROR_STOP=1',
        '-qAt',
        '-c',
        sql,
      ]);
    psql('postgres', 'CREATE ROLE hub LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE');
    psql('postgres', 'CREATE DATABASE hub OWNER hub');
    psql('hub', 'ALTER SCHEMA public OWNER TO hub');
    return {
      port,
      dir: root,
      url: `postgres://hub@127.0.0.1:${port}/hub`,
      createDatabase(name: string) {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
        psql('postgres', `CREATE DATABASE ${name} OWNER hub`);
        psql(name, 'ALTER SCHEMA public OWNER TO hub');
        return `postgres://hub@127.0.0.1:${port}/${name}`;
      },
      stop() {
        try {
          run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    if (started)
      spawnSync(
        asRoot ? 'runuser' : join(bin, 'pg_ctl'),
        asRoot
          ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop']
          : ['-D', data, '-m', 'immediate', 'stop'],
      );
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
