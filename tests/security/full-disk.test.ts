/**
 * Found: a full disk answered a generic 500 ("unexpected error") and the cause showed only in stderr. Now the
 * refusal names the disk and the room left, in Vietnamese and English — and, as before, nothing acknowledged is
 * lost: every ticket the server answered 201 for is in the database after a restart, which passes
 * `PRAGMA integrity_check`. A real full disk is a small tmpfs (when this machine lets us mount one); SQLite's own
 * size cap gives the same SQLITE_FULL everywhere.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from './spawned';
import { isBilingual, send, trustServer, type TrustServer } from './trust-server';

const KEY = 'full-disk-secret-0123456789abcdef';

function canMountTmpfs(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'luot-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}
const MOUNTABLE = canMountTmpfs();

interface Issued {
  id: number;
  displayCode: string;
}

/** Issues tickets from several clients until the disk refuses them; returns what was acknowledged and the refusals. */
async function fillUp(port: number, token?: string | null, cookie?: string) {
  const acknowledged: Issued[] = [];
  const refusals: { status: number; body: unknown }[] = [];
  await Promise.all(
    Array.from({ length: 5 }, async (_, client) => {
      let refusedInARow = 0;
      for (let i = 0; i < 4000 && refusedInARow < 3; i++) {
        const answer = await send<{ ticket: Issued }>(port, '/api/tickets', {
          body: { serviceId: 1 + ((client + i) % 3), note: 'ghi chú '.repeat(20) },
          token,
          cookie,
        });
        if (answer.status === 201) {
          acknowledged.push(answer.body.ticket);
          refusedInARow = 0;
        } else {
          refusals.push(answer);
          refusedInARow++;
        }
      }
    }),
  );
  return { acknowledged, refusals };
}

function assertAllThere(databaseFile: string, acknowledged: Issued[]): void {
  const db = new Database(databaseFile, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = new Set((db.prepare('SELECT id FROM tickets').all() as { id: number }[]).map((r) => r.id));
    const missing = acknowledged.filter((t) => !ids.has(t.id));
    expect(missing).toEqual([]);
    const issued = db.prepare("SELECT count(*) AS n FROM events WHERE type = 'issued'").get() as { n: number };
    expect(issued.n).toBeGreaterThanOrEqual(acknowledged.length);
  } finally {
    db.close();
  }
}

describe('a full disk', () => {
  let server: TrustServer | undefined;
  let spawned: SpawnedServer | undefined;
  let mount: string | undefined;
  afterEach(async () => {
    await server?.close();
    await spawned?.kill();
    if (mount) {
      execFileSync('umount', ['-l', mount], { stdio: 'ignore' });
      rmSync(mount, { recursive: true, force: true });
    }
    server = spawned = mount = undefined;
  });

  it('is named in both languages when SQLite reports it full, and loses nothing acknowledged', async () => {
    server = await trustServer();
    const db = server.luot.core.db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 40}`);
    const { acknowledged, refusals } = await fillUp(server.port, undefined);
    expect(acknowledged.length).toBeGreaterThan(20);
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) {
      expect(refusal.status).toBe(507);
      expect(isBilingual(refusal.body)).toBe(true);
      const error = (refusal.body as { error: { code: string; vi: string; en: string } }).error;
      expect(error.code).toBe('DISK_FULL');
      expect(error.vi).toMatch(/đã đầy/);
      expect(error.en).toContain(server.dir);
    }
    await server.stop();
    assertAllThere(join(server.dir, 'luot.db'), acknowledged);
  });

  it.skipIf(!MOUNTABLE)(
    'on a real disk that fills up: 507 naming the disk, writes resume once there is room, nothing acknowledged lost (needs permission to mount a tmpfs)',
    async () => {
      mount = mkdtempSync(join(tmpdir(), 'luot-full-disk-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mount]);
      const data = join(mount, 'data');
      mkdirSync(data);
      spawned = await spawnServer(data, { LUOT_BOOTSTRAP_TOKEN: KEY });
      const port = Number(new URL(spawned.base).port);
      // Leave a little room: a few dozen tickets' worth (each commit appends its changed pages to the WAL).
      const { bavail, bsize } = statfsSync(mount);
      const filler = join(mount, 'filler.bin');
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 2 * 1024 * 1024)));

      const { acknowledged, refusals } = await fillUp(port, KEY);
      expect(acknowledged.length).toBeGreaterThan(10);
      expect(refusals.length).toBeGreaterThan(0);
      expect(refusals.filter((r) => r.status >= 500 && r.status !== 507)).toEqual([]);
      const full = refusals[0]!.body as { error: { code: string; vi: string; en: string } };
      expect(full.error.code).toBe('DISK_FULL');
      expect(isBilingual(full)).toBe(true);
      expect(full.error.vi).toContain(mount);
      expect(full.error.en).toContain(mount);

      rmSync(filler);
      const after = await send<{ ticket: Issued }>(port, '/api/tickets', { body: { serviceId: 1 }, token: KEY });
      expect(after.status).toBe(201);
      acknowledged.push(after.body.ticket);

      await spawned.kill('SIGKILL');
      spawned = await spawnServer(data, { LUOT_BOOTSTRAP_TOKEN: KEY });
      await spawned.kill('SIGTERM');
      assertAllThere(join(data, 'luot.db'), acknowledged);
    },
  );
});
