/**
 * Backups, end to end: a copy made while the center works (SQLite's online backup API), the data damaged or the
 * disk dead, the copy restored — from the command line or from setup — and exactly the same tickets and events
 * back. Today's data is never deleted by a restore: it is kept aside.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupService } from '../../src/server/backup/backup-service';
import type { BackupFile, BackupStatus, RestoreAnswer } from '../../src/shared/backup';
import { testCore, TestClock, type TestCore } from '../helpers/core';
import { runCommand, spawnServer } from './spawned';
import { cookieOf, isBilingual, linkToken, send, trustServer, type TrustServer } from './trust-server';

let server: TrustServer | undefined;
let core: TestCore | undefined;
afterEach(async () => {
  await server?.close();
  core?.dispose();
  server = core = undefined;
});

/** A morning: tickets issued, called, started, resolved and one transferred. */
async function morning(s: TrustServer, tickets = 12): Promise<void> {
  for (let i = 0; i < tickets; i++)
    await s.send('/api/tickets', { body: { serviceId: 1 + (i % 3), note: `phiếu ${i}` } });
  for (const point of [1, 2, 3]) {
    const called = await s.send<{ ticket: { id: number } }>(`/api/service-points/${point}/call-next`, { body: {} });
    await s.send(`/api/tickets/${called.body.ticket.id}/start`, { body: {} });
    await s.send(`/api/tickets/${called.body.ticket.id}/resolve`, {
      body: { outcome: 'completed', fileCode: `HS-${point}` },
    });
  }
  const moving = await s.send<{ ticket: { id: number } }>('/api/service-points/1/call-next', { body: {} });
  await s.send(`/api/tickets/${moving.body.ticket.id}/transfer`, { body: { toServiceId: 6, placement: 'front' } });
}

/** Every ticket and event, as rows. */
function history(databaseFile: string) {
  const db = new Database(databaseFile, { readonly: true });
  try {
    return {
      tickets: db.prepare('SELECT * FROM tickets ORDER BY id').all(),
      events: db.prepare('SELECT * FROM events ORDER BY id').all(),
    };
  } finally {
    db.close();
  }
}

async function backUp(s: TrustServer): Promise<{ file: string; rows: ReturnType<typeof history> }> {
  // Read through the server's own connection at the same instant as the copy.
  const db = s.luot.core.db;
  const rows = {
    tickets: db.prepare('SELECT * FROM tickets ORDER BY id').all(),
    events: db.prepare('SELECT * FROM events ORDER BY id').all(),
  };
  const made = await s.send<BackupFile>('/api/backups', { body: {} });
  expect(made.status).toBe(201);
  return { file: join(s.luot.backups.folder(), made.body.name), rows };
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out');
}

describe('a backup', () => {
  it('survives a dead disk: restored from the command line onto a new data folder, with the same tickets and events', async () => {
    server = await trustServer();
    await morning(server);
    const { file, rows } = await backUp(server);
    // The copy goes to a USB stick; then the disk dies.
    const usb = mkdtempSync(join(tmpdir(), 'luot-usb-'));
    const onStick = join(usb, 'luot-2026-11-23-1200.db');
    copyFileSync(file, onStick);
    await server.close();
    server = undefined;

    const newDisk = mkdtempSync(join(tmpdir(), 'luot-new-disk-'));
    const restored = await runCommand(['restore', onStick, '--data-dir', newDisk]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Đã khôi phục/);
    expect(restored.stdout).toMatch(/Restored/);
    expect(history(join(newDisk, 'luot.db'))).toEqual(rows);
    // The operator starts the new disk with a secret of their own: the copy's keys are not trusted (issue 24).
    const started = await spawnServer(newDisk, { LUOT_BOOTSTRAP_TOKEN: 'new-disk-admin-secret-0123456789' });
    const port = Number(new URL(started.base).port);
    const withCopysKey = await send(port, '/api/tickets', {
      body: { serviceId: 1 },
      token: 'trust-admin-secret-0123456789abcdef',
    });
    expect(withCopysKey.status).toBe(401);
    const next = await send<{ ticket: { number: number; serviceId: number } }>(port, '/api/tickets', {
      body: { serviceId: 1 },
      token: 'new-disk-admin-secret-0123456789',
    });
    // Numbering goes on after the copy's last number.
    expect(next.status).toBe(201);
    expect(next.body.ticket.number).toBe(5);
    await started.kill('SIGTERM');
    rmSync(usb, { recursive: true, force: true });
    rmSync(newDisk, { recursive: true, force: true });
  });

  it('replaces a damaged database from the command line, keeping the damaged one aside', async () => {
    server = await trustServer();
    await morning(server);
    const { file, rows } = await backUp(server);
    await morning(server, 3);
    await server.stop();
    const data = join(server.dir, 'luot.db');
    writeFileSync(data, 'disk sector gone bad '.repeat(500));
    rmSync(`${data}-wal`, { force: true });
    rmSync(`${data}-shm`, { force: true });
    const refused = await runCommand(['--port', '0', '--host', '127.0.0.1', '--data-dir', server.dir]);
    expect(refused.stderr).toContain(file);

    const restored = await runCommand(['restore', file, '--data-dir', server.dir]);
    expect(restored.code).toBe(0);
    expect(history(data)).toEqual(rows);
    const aside = readdirSync(server.dir).filter((name) => name.startsWith('before-restore-'));
    expect(aside).toHaveLength(1);
    expect(existsSync(join(server.dir, aside[0]!, 'luot.db'))).toBe(true);
  });

  it('is refused by the command line while the server runs (stop it, or restore from setup)', async () => {
    server = await trustServer();
    const { file } = await backUp(server);
    const refused = await runCommand(['restore', file, '--data-dir', server.dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Dừng máy chủ trước khi khôi phục/);
    expect(refused.stderr).toMatch(/Stop the server before restoring/);
    // A copy from the command line works while it runs.
    const copy = await runCommand(['backup', '--data-dir', server.dir, '--to', join(server.dir, 'extra')]);
    expect(copy.code).toBe(0);
    expect(readdirSync(join(server.dir, 'extra')).filter((f) => f.endsWith('.db'))).toHaveLength(1);
  });
});

describe('restoring from setup', () => {
  it('asks for confirmation, keeps today aside, and serves the copy on the same address', async () => {
    server = await trustServer();
    await morning(server);
    const { file, rows } = await backUp(server);
    // Access changes after the copy: a display added, a counter revoked. Access does not go back in time.
    const display = await server.device('display');
    const displayCookie = cookieOf(
      await server.send('/api/session', { body: { token: linkToken(display.signInUrl) }, token: null }),
    )!;
    const counter = await server.device('counter', 1);
    await server.send(`/api/devices/${counter.device.id}`, { method: 'DELETE' });
    await morning(server, 3);
    const name = file.split('/').at(-1)!;

    const unconfirmed = await server.send('/api/backups/restore', { body: { name } });
    expect(unconfirmed.status).toBe(400);
    expect(isBilingual(unconfirmed.body)).toBe(true);
    const answer = await server.send<RestoreAnswer>('/api/backups/restore', { body: { name, confirm: true } });
    expect(answer.status).toBe(202);
    await until(
      async () => (await server!.send<BackupStatus>('/api/backups')).status === 200 && server!.luot.core.db.open,
    );
    await until(
      async () =>
        (await server!.send<{ lastEventId: number }>('/api/queue')).body.lastEventId ===
        (rows.events.at(-1) as { id: number }).id,
    );

    const db = server.luot.core.db;
    expect(db.prepare('SELECT * FROM tickets ORDER BY id').all()).toEqual(rows.tickets);
    expect(db.prepare('SELECT * FROM events ORDER BY id').all()).toEqual(rows.events);
    expect(existsSync(join(answer.body.keptAsideIn, 'luot.db'))).toBe(true);
    expect(history(join(answer.body.keptAsideIn, 'luot.db')).tickets.length).toBeGreaterThan(rows.tickets.length + 3);
    expect((await server.send('/api/session', { token: null, cookie: displayCookie })).status).toBe(200);
    expect((await server.send('/api/queue', { token: counter.token })).status).toBe(401);
  });

  it("lets a fresh installation restore from the USB folder in setup; its own devices keep working, the copy's sign in again", async () => {
    const old = await trustServer();
    await morning(old);
    const counter = await old.device('counter', 1);
    const { rows } = await backUp(old);
    const usb = old.luot.backups.folder();
    await old.stop();

    // The disk died; Lượt was installed again and started empty.
    server = await trustServer();
    const fresh = await server.device('greeter');
    const chosen = await server.send<BackupStatus>('/api/backups/settings', { method: 'PATCH', body: { folder: usb } });
    expect(chosen.body.files).toHaveLength(1);
    const name = chosen.body.files[0]!.name;
    expect((await server.send('/api/backups/restore', { body: { name, confirm: true } })).status).toBe(202);
    await until(async () => (await server!.send<{ lastEventId: number }>('/api/queue')).body.lastEventId > 0);
    expect(server.luot.core.db.prepare('SELECT * FROM tickets ORDER BY id').all()).toEqual(rows.tickets);
    // The copy's devices are not trusted (a copy may come from anywhere): the old counter signs in again.
    expect((await server.send('/api/queue', { token: counter.token })).status).toBe(401);
    // The fresh install's own device had the same id as the old counter: it was added beside it, not over it.
    expect((await server.send('/api/queue', { token: fresh.token })).status).toBe(200);
    expect((await server.send<{ name: string }[]>('/api/devices')).body.map((d) => d.name)).toEqual(
      expect.arrayContaining(['Thiết bị counter', 'Thiết bị greeter']),
    );
    await old.close();
  });

  it('refuses a file that is not a backup, and a folder it cannot write, in both languages', async () => {
    server = await trustServer();
    const folder = server.luot.backups.folder();
    await server.send('/api/backups', { body: {} });
    writeFileSync(join(folder, 'luot-2026-01-01-0000.db'), 'not a database');
    const bad = await server.send('/api/backups/restore', { body: { name: 'luot-2026-01-01-0000.db', confirm: true } });
    expect(bad.status).toBe(400);
    expect(isBilingual(bad.body)).toBe(true);
    const relative = await server.send('/api/backups/settings', { method: 'PATCH', body: { folder: 'usb/luot' } });
    expect(relative.status).toBe(400);
    expect(isBilingual(relative.body)).toBe(true);
    // A path through a file, as when a USB stick's drive letter now names something else.
    writeFileSync(join(server.dir, 'not-a-folder'), '');
    const unwritable = await server.send('/api/backups/settings', {
      method: 'PATCH',
      body: { folder: join(server.dir, 'not-a-folder', 'luot') },
    });
    expect(unwritable.status).toBe(400);
    expect(isBilingual(unwritable.body)).toBe(true);
  });
});

describe('the daily backup', () => {
  it('is due after the chosen hour when there is no copy of today yet, and not again until tomorrow', async () => {
    const clock = new TestClock(Date.parse('2026-11-23T11:00:00+07:00'));
    core = testCore({}, clock);
    const backups = new BackupService({ db: core.db, databaseFile: join(core.dir, 'luot.db'), clock: clock.read });
    expect(backups.isDue(clock.now)).toBe(false);
    expect(backups.nextDueAt(clock.now)).toBe(Date.parse('2026-11-23T12:00:00+07:00'));
    clock.advance(65 * 60_000);
    expect(backups.isDue(clock.now)).toBe(true);
    await backups.backupNow('daily');
    expect(backups.isDue(clock.now)).toBe(false);
    expect(backups.nextDueAt(clock.now)).toBe(Date.parse('2026-11-24T12:00:00+07:00'));
    // The host was off at noon the next day: the copy is made when it is back, at 16:00.
    clock.now = Date.parse('2026-11-24T16:00:00+07:00');
    expect(backups.isDue(clock.now)).toBe(true);
    expect(backups.status().sameDiskAsData).toBe(true);
  });

  it('keeps only the newest copies', async () => {
    const clock = new TestClock();
    core = testCore({}, clock);
    const backups = new BackupService({ db: core.db, databaseFile: join(core.dir, 'luot.db'), clock: clock.read });
    backups.settings.update({ keep: 3 });
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push((await backups.backupNow()).name);
      clock.advance(24 * 3_600_000);
    }
    expect(backups.status().files.map((f) => f.name)).toEqual(made.slice(2).reverse());
  });
});
