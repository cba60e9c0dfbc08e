/**
 * A center that already runs Lượt updates to the version with the procedure guide (issue 15): its database is
 * migrated in place, its history keeps its tickets (with no procedure), and the reference catalogue is loaded
 * once, mapped to the services it has.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../src/server/core';
import { migrate } from '../../src/server/db/migrate';
import { MIGRATIONS } from '../../src/server/db/migrations/index';
import { DEFAULT_SERVICES, DEFAULT_ZONES } from '../../src/server/setup/defaults';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('updating a center to the procedure guide', () => {
  it('migrates a database from before the guide, keeps its tickets and loads the reference catalogue once', () => {
    dir = mkdtempSync(join(tmpdir(), 'luot-upgrade-'));
    const file = join(dir, 'luot.db');
    // The first schema only, set up and with yesterday's ticket in it, as an older Lượt left it: its rows are
    // written with that schema's columns (today's setup code writes columns later versions added).
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    const zone = old.prepare('INSERT INTO zones (name_vi, name_en, directions_vi, directions_en) VALUES (?, ?, ?, ?)');
    const zoneIds = new Map(
      DEFAULT_ZONES.map((z) => [z.key, zone.run(z.nameVi, z.nameEn, z.directionsVi, z.directionsEn).lastInsertRowid]),
    );
    const service = old.prepare(
      `INSERT INTO services (prefix, name_vi, name_en, kind, zone_id, color, target_wait_minutes, sort_order)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    DEFAULT_SERVICES.forEach((s, i) =>
      service.run(s.prefix, s.nameVi, s.nameEn, s.kind, zoneIds.get(s.zone) ?? null, s.color, s.targetWaitMinutes, i),
    );
    old.prepare("INSERT INTO settings (key, value) VALUES ('seededAt', ?)").run(JSON.stringify(1));
    old
      .prepare(
        `INSERT INTO tickets (id, service_day, number, display_code, service_id, priority, status, queued_at, issued_at,
           resolved_at, case_id) VALUES (1, '2026-11-22', 1, 'A001', 1, 'none', 'resolved', 1, 1, 2, 1)`,
      )
      .run();
    old.close();

    const core = openCore({ databaseFile: file });
    let loaded = 0;
    try {
      expect(core.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(core.engine.getTicket(1)).toMatchObject({ displayCode: 'A001', procedureId: null });
      const catalogue = core.procedures.list();
      expect(catalogue.length).toBeGreaterThanOrEqual(40);
      loaded = catalogue.length;
      const birth = catalogue.find((p) => p.nameVi === 'Đăng ký khai sinh')!;
      const issued = core.engine.issue(
        { serviceId: birth.serviceId, priority: 'none', procedureId: birth.id },
        { deviceId: null },
      );
      expect(issued.ticket.procedureId).toBe(birth.id);
    } finally {
      core.close();
    }
    const again = openCore({ databaseFile: file });
    try {
      // Loaded once: a restart adds nothing.
      expect(again.procedures.list()).toHaveLength(loaded);
    } finally {
      again.close();
    }
  });
});
