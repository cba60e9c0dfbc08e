/** The voice of the center: its settings, its own recordings and the bundled voice, as one thing the routes use. */
import type { Database } from 'better-sqlite3';
import type { VoiceSetup } from '../../shared/voice-settings';
import { BundledVoice } from './bundled-voice';
import { RecordingStore } from './recording-store';
import { VoiceSettingsStore } from './voice-settings-store';

export class VoiceService {
  readonly settings: VoiceSettingsStore;
  readonly recordings: RecordingStore;
  private bundledVoice: BundledVoice | null = null;

  constructor(db: Database, clock: () => number = Date.now) {
    this.settings = new VoiceSettingsStore(db);
    this.recordings = new RecordingStore(db, clock);
  }

  /** The bundled voice's index (≈ 200 KB of JSON), read on first use — a display's first sign-in — not at start. */
  get bundled(): BundledVoice {
    return (this.bundledVoice ??= new BundledVoice());
  }

  setup(): VoiceSetup {
    return {
      settings: this.settings.get(),
      recorded: this.recordings.list(),
      bundled: this.bundled.segments,
      bankIndexUrl: this.bundled.bankIndexUrl,
    };
  }
}
