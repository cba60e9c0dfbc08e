/**
 * The voice settings: one JSON value under the key `voice` of the settings table (like the printer's), completed
 * from the defaults so a field added by an update never silences a display.
 */
import type { Database, Statement } from 'better-sqlite3';
import { LuotError } from '../../shared/errors';
import { templateProblem } from '../../shared/announcement';
import {
  DEFAULT_VOICE_SETTINGS,
  voiceSettings,
  voiceSettingsPatch,
  type VoiceSettings,
  type VoiceSettingsPatch,
} from '../../shared/voice-settings';

const KEY = 'voice';

export class VoiceSettingsStore {
  private cached: VoiceSettings | null = null;
  private readonly read: Statement<[string], { value: string }>;
  private readonly write: Statement<[string, string]>;

  constructor(db: Database) {
    this.read = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.write = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  get(): VoiceSettings {
    if (this.cached) return this.cached;
    const row = this.read.get(KEY);
    let stored: VoiceSettingsPatch = {};
    if (row) {
      // Written by this class after parsing; a hand-edited value that no longer parses falls back to the
      // defaults rather than leaving every display silent.
      const parsed = voiceSettingsPatch.safeParse(JSON.parse(row.value));
      if (parsed.success) stored = parsed.data;
    }
    this.cached = voiceSettings.parse({ ...DEFAULT_VOICE_SETTINGS, ...stored });
    return this.cached;
  }

  update(patch: VoiceSettingsPatch): VoiceSettings {
    const next = { ...this.get(), ...patch };
    const issues = Object.entries(next.templates).flatMap(([name, template]) => {
      const problem = templateProblem(template);
      return problem ? [{ path: `templates.${name}`, ...problem }] : [];
    });
    const first = issues[0];
    if (first) throw new LuotError(400, 'VOICE_TEMPLATE', { vi: first.vi, en: first.en }, undefined, issues);
    this.write.run(KEY, JSON.stringify(next));
    this.cached = next;
    return next;
  }
}
