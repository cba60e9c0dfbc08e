/**
 * The voice settings: one JSON value under the key `voice` of the settings table (like the printer's), completed
 * from the defaults so a field added by an update never silences a display; a hand-edited value that no longer
 * parses falls back to the defaults rather than leaving every display silent.
 */
import type { Database } from 'better-sqlite3';
import { templateProblem } from '../../shared/announcement';
import { LuotError } from '../../shared/errors';
import {
  DEFAULT_VOICE_SETTINGS,
  voiceSettingsPatch,
  type VoiceSettings,
  type VoiceSettingsPatch,
} from '../../shared/voice-settings';
import { JsonSetting } from '../setup/json-setting';

export class VoiceSettingsStore extends JsonSetting<VoiceSettings> {
  constructor(db: Database) {
    super(db, 'voice', DEFAULT_VOICE_SETTINGS, voiceSettingsPatch);
  }

  /** Refuses, per template, a sentence the display could not say (no number, an unknown slot). */
  override update(patch: VoiceSettingsPatch): VoiceSettings {
    const templates = patch.templates ?? this.get().templates;
    const issues = Object.entries(templates).flatMap(([name, template]) => {
      const problem = templateProblem(template);
      return problem ? [{ path: `templates.${name}`, ...problem }] : [];
    });
    const first = issues[0];
    if (first) throw new LuotError(400, 'VOICE_TEMPLATE', { vi: first.vi, en: first.en }, undefined, issues);
    return super.update(patch);
  }
}
