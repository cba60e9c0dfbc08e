import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/server/auth/device-store';
import { guardDeviceRoles } from '../../src/server/auth/device-roles';
import { migrate } from '../../src/server/db/migrate';
import { MIGRATIONS } from '../../src/server/db/migrations/index';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the reports migration', () => {
  it('keeps every device (ids, token hashes, revocations) and then accepts the report-reader role', () => {
    dir = mkdtempSync(join(tmpdir(), 'luot-mig-'));
    const db = new Database(join(dir, 'luot.db'));
    db.pragma('foreign_keys = ON');
    // The reports step is the one that first allowed the `reports` role.
    const before = MIGRATIONS.findIndex((m) => m.run.name === 'updateToSchemaVersion3');
    migrate(db, MIGRATIONS.slice(0, before));
    db.prepare(
      "INSERT INTO devices (id, name, role, token_hash, created_at, revoked_at) VALUES (7, 'Quầy 1', 'display', ?, 1, 5)",
    ).run(hashToken('old-token'));
    expect(() =>
      db.prepare("INSERT INTO devices (name, role, token_hash, created_at) VALUES ('x', 'reports', 'h', 1)").run(),
    ).toThrow(/CHECK/);
    migrate(db);
    // Since the citizen step, roles are checked by a trigger made from DEVICE_ROLES when the core opens.
    guardDeviceRoles(db);
    expect(db.prepare('SELECT id, name, role, token_hash, revoked_at FROM devices').all()).toEqual([
      { id: 7, name: 'Quầy 1', role: 'display', token_hash: hashToken('old-token'), revoked_at: 5 },
    ]);
    db.prepare("INSERT INTO devices (name, role, token_hash, created_at) VALUES ('Bí thư', 'reports', 'h', 1)").run();
    expect(() =>
      db.prepare("INSERT INTO devices (name, role, token_hash, created_at) VALUES ('x', 'boss', 'h2', 1)").run(),
    ).toThrow(/device role/);
    db.close();
  });
});
