/**
 * Found (issue 24, point 5): a copy with a trigger, a view and an extra admin device was restored whole — the
 * planted admin key worked and the trigger ran on every new ticket; a copy missing a table answered 202, then
 * rolled back with no word to the admin. Now a copy is taken only when its schema is exactly what Lượt's
 * migrations make for its version, checked before the answer; and the copy's own devices are not trusted.
 */
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/server/auth/secrets';
import type { BackupFile } from '../../src/shared/backup';
import { isBilingual, trustServer, type TrustServer } from './trust-server';

let server: TrustServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PLANTED_KEY = 'luot_planted-admin-key-0123456789abcdef0123456789';

/** A real backup of the running server, copied to `name` and changed by `craft`. */
async function craftedCopy(s: TrustServer, name: string, craft: (db: Database.Database) => void): Promise<string> {
  await s.send('/api/tickets', { body: { serviceId: 1 } });
  const made = await s.send<BackupFile>('/api/backups', { body: {} });
  expect(made.status).toBe(201);
  const folder = s.luot.backups.folder();
  copyFileSync(join(folder, made.body.name), join(folder, name));
  const db = new Database(join(folder, name));
  craft(db);
  db.close();
  return name;
}

const plantAdmin = (db: Database.Database) =>
  db
    .prepare('INSERT INTO devices (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)')
    .run('Máy lạ', 'admin', hashToken(PLANTED_KEY), Date.now());

async function restore(name: string) {
  return server!.send<{ error: { code: string; vi: string; en: string } }>('/api/backups/restore', {
    body: { name, confirm: true },
  });
}

describe('a crafted backup', () => {
  it('with a trigger or a view is refused before any answer of 202, naming what is not Lượt’s', async () => {
    server = await trustServer();
    const trigger = await craftedCopy(server, 'luot-2026-01-01-0001.db', (db) => {
      db.exec(
        `CREATE TRIGGER planted AFTER INSERT ON tickets BEGIN UPDATE tickets SET note = 'x' WHERE id = NEW.id; END`,
      );
    });
    const view = await craftedCopy(server, 'luot-2026-01-01-0002.db', (db) => {
      db.exec('CREATE VIEW planted_view AS SELECT * FROM devices');
    });
    for (const [name, what] of [
      [trigger, 'planted'],
      [view, 'planted_view'],
    ] as const) {
      const answer = await restore(name);
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.error.code).toBe('BACKUP_UNUSABLE');
      expect(isBilingual(answer.body)).toBe(true);
      expect(answer.body.error.en).toContain(what);
    }
    // Nothing was restored: the server still holds its own data and answers.
    expect((await server.send('/api/queue')).status).toBe(200);
  });

  it('missing a table, or with a table changed, is refused before 202 with a clear message', async () => {
    server = await trustServer();
    const missing = await craftedCopy(server, 'luot-2026-01-01-0003.db', (db) => {
      db.pragma('foreign_keys = OFF');
      db.exec('DROP TABLE ratings');
    });
    const changed = await craftedCopy(server, 'luot-2026-01-01-0004.db', (db) => {
      db.exec('ALTER TABLE devices ADD COLUMN planted TEXT');
    });
    for (const [name, what] of [
      [missing, 'ratings'],
      [changed, 'devices'],
    ] as const) {
      const answer = await restore(name);
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.error.code).toBe('BACKUP_UNUSABLE');
      expect(answer.body.error.vi).toContain(what);
      expect(answer.body.error.en).toContain(what);
    }
  });

  it("with an extra admin device is restored, but the copy's own devices do not sign in", async () => {
    server = await trustServer();
    const { token: display, device } = await server.device('display');
    const name = await craftedCopy(server, 'luot-2026-01-01-0005.db', (db) => {
      plantAdmin(db);
      db.prepare("UPDATE devices SET role = 'admin' WHERE id = ?").run(device.id);
    });
    expect((await restore(name)).status).toBe(202);
    for (let i = 0; i < 100; i++) {
      if ((await server.send('/api/queue').catch(() => null))?.status === 200 && server.luot.core.db.open) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const planted = await server.send<{ error: { code: string } }>('/api/queue', { token: PLANTED_KEY });
    expect(planted.status).toBe(401);
    // Nor can the copy make a device of before an admin by holding its key under that role.
    expect((await server.send('/api/devices', { token: display })).status).toBe(403);
    // The admin who restored (a device of the data in use) is still signed in.
    expect((await server.send('/api/queue')).status).toBe(200);
  });
});
