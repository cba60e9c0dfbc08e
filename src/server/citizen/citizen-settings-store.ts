/**
 * The citizen settings (src/shared/citizen-schemas.ts) as key–value rows, and the LAN address the host found for
 * itself at start (the status link's default origin). Read on each print and each rating prompt: two tiny
 * tables, no cache to fall out of step between the printer's reader and the routes.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { CitizenSettings, CitizenSettingsPatch } from '../../shared/citizen-schemas';
import { badRequest } from '../../shared/errors';

export const DEFAULT_CITIZEN_SETTINGS: CitizenSettings = {
  ratingTimeoutSeconds: 30,
  statusOrigin: null,
  wifi: { onTicket: false, name: '', password: '', security: 'WPA', hidden: false },
};

const LAN_ORIGIN_KEY = 'lan_origin';

export class CitizenSettingsStore {
  private readonly rows: Statement<[], { key: string; value: string }>;
  private readonly write: Statement<[string, string]>;
  private readonly readState: Statement<[string], { value: string }>;
  private readonly writeState: Statement<[string, string]>;

  constructor(private readonly db: Database) {
    this.rows = db.prepare('SELECT key, value FROM citizen_settings');
    this.write = db.prepare(
      'INSERT INTO citizen_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.readState = db.prepare('SELECT value FROM center_state WHERE key = ?');
    this.writeState = db.prepare(
      'INSERT INTO center_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  get(): CitizenSettings {
    const stored: Record<string, unknown> = {};
    for (const row of this.rows.all()) stored[row.key] = JSON.parse(row.value) as unknown;
    const wifi = { ...DEFAULT_CITIZEN_SETTINGS.wifi, ...(stored.wifi as Partial<CitizenSettings['wifi']>) };
    return { ...DEFAULT_CITIZEN_SETTINGS, ...stored, wifi } as CitizenSettings;
  }

  /** Changes the fields sent; returns the names of the fields changed (for the audit trail). */
  update(patch: CitizenSettingsPatch): { settings: CitizenSettings; fields: string[] } {
    const current = this.get();
    const next: CitizenSettings = {
      ...current,
      ...(patch.ratingTimeoutSeconds !== undefined ? { ratingTimeoutSeconds: patch.ratingTimeoutSeconds } : {}),
      ...(patch.statusOrigin !== undefined ? { statusOrigin: patch.statusOrigin } : {}),
      wifi: { ...current.wifi, ...patch.wifi },
    };
    if (next.wifi.onTicket && next.wifi.name.trim() === '')
      throw badRequest('WIFI_NAME_REQUIRED', {
        vi: 'Hãy nhập tên Wi-Fi (SSID) để in lên phiếu.',
        en: 'Enter the Wi-Fi name (SSID) to print on tickets.',
      });
    const fields: string[] = [];
    for (const key of ['ratingTimeoutSeconds', 'statusOrigin', 'wifi'] as const) {
      if (patch[key] === undefined) continue;
      this.write.run(key, JSON.stringify(next[key]));
      fields.push(key);
    }
    return { settings: next, fields };
  }

  /** The origin the host found on the LAN when it started listening (`http://192.168.1.20:8080`). */
  lanOrigin(): string | null {
    return this.readState.get(LAN_ORIGIN_KEY)?.value ?? null;
  }

  rememberLanOrigin(origin: string): void {
    if (this.lanOrigin() !== origin) this.writeState.run(LAN_ORIGIN_KEY, origin);
  }

  /** Where phones open status pages: the origin set in setup, else the one the host found. */
  statusOrigin(): string | null {
    return this.get().statusOrigin ?? this.lanOrigin();
  }
}
