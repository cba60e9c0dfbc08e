/** The report readers' own settings (the youth-union branch's name), written by the core. */
import type { Database } from 'better-sqlite3';
import type { ReportSettings } from '../../shared/reports';
import { ReportSetup } from './report-setup';

export class ReportSettingsStore {
  private readonly setup: ReportSetup;

  constructor(private readonly db: Database) {
    this.setup = new ReportSetup(db);
  }

  get(): ReportSettings {
    return this.setup.reportSettings();
  }

  update(patch: Partial<ReportSettings>): ReportSettings {
    const upsert = this.db.prepare(
      'INSERT INTO report_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
    })();
    return this.get();
  }
}
