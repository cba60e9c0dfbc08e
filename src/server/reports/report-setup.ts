/**
 * The setup a report names things with (services, points, staff, the center), read with plain queries so it
 * works on the report worker's read-only connection.
 */
import type { Database } from 'better-sqlite3';
import type { Settings, StaffRole } from '../../shared/domain';
import type { ReportSettings } from '../../shared/reports';
import { DEFAULT_SETTINGS } from '../setup/defaults';
import { comparePersonNames } from '../../shared/names';

export interface ReportService {
  id: number;
  prefix: string;
  nameVi: string;
  nameEn: string;
  kind: 'counter' | 'help';
  targetWaitMinutes: number;
}

export interface ReportPoint {
  id: number;
  nameVi: string;
  nameEn: string;
  kind: 'counter' | 'help_desk';
}

export interface ReportStaff {
  id: number;
  name: string;
  role: StaffRole;
}

export interface ReportHelpKind {
  code: string;
  nameVi: string;
  nameEn: string;
  /** The help service whose desks offer it; null: every help desk. */
  serviceId: number | null;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = { youthUnionBranch: '' };

export class ReportSetup {
  constructor(private readonly db: Database) {}

  services(): ReportService[] {
    return this.db
      .prepare(
        `SELECT id, prefix, name_vi AS nameVi, name_en AS nameEn, kind, target_wait_minutes AS targetWaitMinutes
         FROM services ORDER BY sort_order, id`,
      )
      .all() as ReportService[];
  }

  points(): ReportPoint[] {
    return this.db
      .prepare('SELECT id, name_vi AS nameVi, name_en AS nameEn, kind FROM service_points ORDER BY kind, number')
      .all() as ReportPoint[];
  }

  staff(): ReportStaff[] {
    return (this.db.prepare('SELECT id, name, role FROM staff').all() as ReportStaff[]).sort((a, b) =>
      comparePersonNames(a.name, b.name),
    );
  }

  staffById(): Map<number, ReportStaff> {
    return new Map(this.staff().map((s) => [s.id, s]));
  }

  /** Setup's kinds of help (retired ones too: old tickets keep their codes), in setup's order. */
  helpKinds(): ReportHelpKind[] {
    return this.db
      .prepare(
        'SELECT code, name_vi AS nameVi, name_en AS nameEn, service_id AS serviceId FROM help_kinds ORDER BY sort_order, id',
      )
      .all() as ReportHelpKind[];
  }

  centerName(): { vi: string; en: string } {
    return {
      vi: this.setting<Settings['centerNameVi']>('centerNameVi') ?? DEFAULT_SETTINGS.centerNameVi,
      en: this.setting<Settings['centerNameEn']>('centerNameEn') ?? DEFAULT_SETTINGS.centerNameEn,
    };
  }

  reportSettings(): ReportSettings {
    const rows = this.db.prepare('SELECT key, value FROM report_settings').all() as { key: string; value: string }[];
    return { ...DEFAULT_REPORT_SETTINGS, ...Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)])) };
  }

  /** Names the database the digests come from (cache/database mismatch check). */
  source(): string {
    return JSON.stringify([this.setting('seededAt'), this.db.prepare('SELECT min(id) FROM tickets').pluck().get()]);
  }

  private setting<T>(key: string): T | undefined {
    const raw = this.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
    return raw === undefined ? undefined : (JSON.parse(raw) as T);
  }
}
