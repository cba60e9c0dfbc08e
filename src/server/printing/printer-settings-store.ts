/**
 * The printer settings: one JSON value under the key `printer` of the settings table, beside the center's
 * settings (SetupStore reads only its own keys, so the two never mix). A stored value from an older version is
 * completed from the defaults, so a new field never breaks printing after an update; one that no longer parses
 * (a hand edit) falls back to the defaults — no printer — rather than the server refusing to start.
 */
import type { Database } from 'better-sqlite3';
import type { PrinterSettings } from '../../shared/domain';
import { printerSettingsPatch } from '../../shared/contract/bodies/printing';
import { DEFAULT_PRINTER_SETTINGS } from '../setup/defaults';
import { JsonSetting } from '../setup/json-setting';

export class PrinterSettingsStore extends JsonSetting<PrinterSettings> {
  constructor(db: Database) {
    super(db, 'printer', DEFAULT_PRINTER_SETTINGS, printerSettingsPatch);
  }
}
