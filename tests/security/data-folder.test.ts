/**
 * The data folder. Found: two servers on one folder both ran (each one's screens saw only its own changes), and a
 * 0-byte luot.db was silently re-seeded as a new center (numbering back at A001). Now the second server is
 * refused while the first lives — and not after it died — and an empty or unreadable database is refused with a
 * pointer to the latest backup.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLuot } from '../../src/server/start';
import { runCommand, spawnServer, type SpawnedServer } from './spawned';
import { send } from './trust-server';

let dir: string;
const spawned: SpawnedServer[] = [];
afterEach(async () => {
  for (const server of spawned.splice(0)) await server.kill();
  rmSync(dir, { recursive: true, force: true });
});
const newDir = () => (dir = mkdtempSync(join(tmpdir(), 'luot-folder-')));
const start = (dataDir: string) =>
  startLuot({ dataDir, host: '127.0.0.1', port: 0, version: 't', discoveryPort: null });

describe('one server per data folder', () => {
  it('refuses a second server while the first runs, saying which process holds it; frees it when that one is killed', async () => {
    const first = await spawnServer(newDir());
    spawned.push(first);
    const second = await runCommand(['--port', '0', '--host', '127.0.0.1', '--data-dir', dir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/đang được một máy chủ Lượt khác dùng/);
    expect(second.stderr).toMatch(/in use by another Lượt server/);
    expect(second.stderr).toContain(`${first.child.pid}`);
    expect(second.stderr).toContain(first.base.split(':').at(-1)!);
    // kill -9: no clean-up ran, yet the operating system released the lock.
    await first.kill('SIGKILL');
    const third = await spawnServer(dir);
    spawned.push(third);
    expect((await send(Number(new URL(third.base).port), '/api/health', { token: null })).status).toBe(200);
  });

  it('refuses a second server in the same process too, and lets it start once the first stops', async () => {
    const first = await start(newDir());
    await expect(start(dir)).rejects.toMatchObject({ code: 'DATA_FOLDER_IN_USE' });
    await first.stop();
    const again = await start(dir);
    await again.stop();
  });
});

describe('an empty or damaged database', () => {
  async function folderWithBackup() {
    const luot = await start(newDir());
    const made = await luot.backups.backupNow();
    await luot.stop();
    return join(dir, 'backups', made.name);
  }

  it('is refused — not re-seeded as a new center — and the refusal names the latest backup', async () => {
    const backup = await folderWithBackup();
    writeFileSync(join(dir, 'luot.db'), '');
    rmSync(join(dir, 'luot.db-wal'), { force: true });
    await expect(start(dir)).rejects.toMatchObject({
      code: 'DATABASE_EMPTY',
      text: { vi: expect.stringContaining(backup), en: expect.stringContaining(backup) },
    });
    expect(statSync(join(dir, 'luot.db')).size).toBe(0);
    const cli = await runCommand(['--port', '0', '--host', '127.0.0.1', '--data-dir', dir]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/rỗng \(0 byte\)/);
    expect(cli.stderr).toMatch(/empty \(0 bytes\)/);
    expect(cli.stderr).toContain(backup);
  });

  it('finds the backup in a folder the manager chose (noted beside the data), and refuses garbage too', async () => {
    const luot = await start(newDir());
    const usb = join(dir, 'usb');
    await send(luot.port, '/api/backups/settings', { method: 'PATCH', body: { folder: usb }, token: null }).catch(
      () => null,
    );
    luot.backups.settings.update({ folder: usb });
    const made = await luot.backups.backupNow();
    await luot.stop();
    writeFileSync(join(dir, 'luot.db'), 'this is not a database at all '.repeat(200));
    rmSync(join(dir, 'luot.db-wal'), { force: true });
    rmSync(join(dir, 'luot.db-shm'), { force: true });
    await expect(start(dir)).rejects.toMatchObject({
      code: 'DATABASE_DAMAGED',
      text: { vi: expect.stringContaining(join(usb, made.name)) },
    });
  });

  it('a new machine with no data yet still starts fresh', async () => {
    const luot = await start(newDir());
    expect(statSync(join(dir, 'luot.db')).size).toBeGreaterThan(0);
    expect(luot.core.setup.services().length).toBeGreaterThan(0);
    await luot.stop();
  });
});
