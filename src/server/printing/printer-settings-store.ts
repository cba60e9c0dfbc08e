/**
 * The printer settings: one JSON value under the key `printer` of the settings table, beside the center's
 * settings (SetupStore reads only its own keys, so the two never mix). A stored value from an older version is
 * completed from the defaults, so a new field never breaks printing after an update.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { PrinterSettings } from '../../shared/domain';
import { printerSettingsPatch, type PrinterSettingsPatch } from '../../shared/schemas';
import { DEFAULT_PRINTER_SETTINGS } from '../setup/defaults';

const KEY = 'printer';

export class PrinterSettingsStore {
  private cached: PrinterSettings | null = null;
  private readonly read: Statement<[string], { value: string }>;
  private readonly write: Statement<[string, string]>;

  constructor(db: Database) {
    this.read = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.write = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  get(): PrinterSettings {
    if (this.cached) return this.cached;
    const row = this.read.get(KEY);
    let stored: PrinterSettingsPatch = {};
    if (row) {
      // Written by this class after parsing, so it parses; should a hand edit break it, printing falls back to
      // the defaults (no printer) rather than the server refusing to start.
      const parsed = printerSettingsPatch.safeParse(JSON.parse(row.value));
      if (parsed.success) stored = parsed.data;
    }
    this.cached = { ...DEFAULT_PRINTER_SETTINGS, ...stored } as PrinterSettings;
    return this.cached;
  }

  update(patch: PrinterSettingsPatch): PrinterSettings {
    const next = { ...this.get(), ...patch } as PrinterSettings;
    this.write.run(KEY, JSON.stringify(next));
    this.cached = next;
    return next;
  }
}
