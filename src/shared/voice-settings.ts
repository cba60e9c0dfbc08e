/**
 * How a center's calls are spoken: where the voice comes from, the templates, how numbers are read, repeats,
 * volume, rate, which displays speak. Stored as one JSON value (server/voice) and parsed here at the edge. Pure.
 */
import { z } from 'zod';

/**
 * `recorded`: the center's own recordings, the bundled voice for anything not recorded; `bundled`: only the
 * voice shipped with Lượt; `system`: the operating system's voice named in `systemVoice` (Web Speech), and the
 * segments on a display that does not have that voice.
 */
export const VOICE_SOURCES = ['recorded', 'bundled', 'system'] as const;
export type VoiceSource = (typeof VOICE_SOURCES)[number];

export const NUMBER_READINGS = ['number', 'digits'] as const;
export type NumberReading = (typeof NUMBER_READINGS)[number];

export const VOICE_LANGUAGES = ['vi', 'en'] as const;

export const TEMPLATE_PLACEHOLDERS = ['number', 'point', 'zone', 'directions'] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

export const VOICE_LIMITS = {
  repeat: { min: 1, max: 3 },
  volume: { min: 0, max: 100 },
  rate: { min: 0.7, max: 1.3 },
  pauseMs: { min: 0, max: 5000 },
  templateChars: 200,
} as const;

const template = z.string().trim().min(1).max(VOICE_LIMITS.templateChars);

export const voiceTemplates = z.object({
  callVi: template,
  recallVi: template,
  callEn: template,
  recallEn: template,
});
export type VoiceTemplates = z.infer<typeof voiceTemplates>;

export const pronunciation = z.object({
  language: z.enum(VOICE_LANGUAGES),
  written: z.string().trim().min(1).max(60),
  spoken: z.string().trim().min(1).max(120),
});
export type Pronunciation = z.infer<typeof pronunciation>;

export const voiceSettings = z.object({
  source: z.enum(VOICE_SOURCES),
  /** The Web Speech voice's name, e.g. "Microsoft An - Vietnamese (Vietnam)"; null: the first Vietnamese one. */
  systemVoice: z.string().max(200).nullable(),
  /** Vietnamese always; English after it when the center wants both. */
  english: z.boolean(),
  templates: voiceTemplates,
  numberReading: z.enum(NUMBER_READINGS),
  /** Add the zone's directions ("tầng 1, bên trái lối vào") after the point when the template has none. */
  sayDirections: z.boolean(),
  chime: z.boolean(),
  repeat: z.number().int().min(VOICE_LIMITS.repeat.min).max(VOICE_LIMITS.repeat.max),
  volume: z.number().int().min(VOICE_LIMITS.volume.min).max(VOICE_LIMITS.volume.max),
  rate: z.number().min(VOICE_LIMITS.rate.min).max(VOICE_LIMITS.rate.max),
  pauseBetweenRepeatsMs: z.number().int().min(VOICE_LIMITS.pauseMs.min).max(VOICE_LIMITS.pauseMs.max),
  /** Display devices that stay silent, e.g. all but one when several share a hall. */
  mutedDisplayIds: z.array(z.number().int().positive()).max(500),
  pronunciations: z.array(pronunciation).max(200),
});
export type VoiceSettings = z.infer<typeof voiceSettings>;

export const voiceSettingsPatch = voiceSettings.partial().strict();
export type VoiceSettingsPatch = z.infer<typeof voiceSettingsPatch>;

export const DEFAULT_VOICE_TEMPLATES: VoiceTemplates = {
  callVi: 'Xin mời công dân có số {number} đến {point}',
  recallVi: 'Xin mời lại số {number} đến {point}',
  callEn: 'Number {number}, please go to {point}',
  recallEn: 'Calling again, number {number}, please go to {point}',
};

export const DEFAULT_VOICE_SETTINGS: VoiceSettings = {
  source: 'recorded',
  systemVoice: null,
  english: false,
  templates: DEFAULT_VOICE_TEMPLATES,
  numberReading: 'number',
  sayDirections: false,
  chime: true,
  // Said twice: one deployment's practice, and the second time reaches those who looked up at the chime.
  repeat: 2,
  volume: 90,
  rate: 1,
  pauseBetweenRepeatsMs: 800,
  mutedDisplayIds: [],
  pronunciations: [
    { language: 'vi', written: 'VNeID', spoken: 'vê en e ai đi' },
    { language: 'en', written: 'VNeID', spoken: 'vee en ee eye dee' },
  ],
};

// ---- recorded segments (the center's own voice) ----

/** The key of a segment: its language and its words (`spokenKey`), e.g. `vi:xin mời công dân có số`. */
export const segmentKey = z
  .string()
  .min(4)
  .max(300)
  .regex(/^(vi|en):\S.*$/u);

/** Audio a setup screen recorded: WAV or Ogg/WebM, base64. A second of 16 kHz WAV is ~32 KB. */
export const recordedSegmentInput = z.object({
  key: segmentKey,
  mime: z.enum(['audio/wav', 'audio/ogg', 'audio/webm']),
  audioBase64: z.string().min(8).max(4_000_000),
  durationMs: z.number().int().min(50).max(30_000),
});
export type RecordedSegmentInput = z.infer<typeof recordedSegmentInput>;

export const VOICE_PACK_FORMAT = 'luot-voice-pack';

/** A voice pack: one center's recordings, to load into another center (`GET/POST /api/voice/pack`). */
export const voicePack = z.object({
  format: z.literal(VOICE_PACK_FORMAT),
  version: z.literal(1),
  exportedAt: z.number().int(),
  centerName: z.string().max(200),
  segments: z.array(recordedSegmentInput).max(2000),
});
export type VoicePack = z.infer<typeof voicePack>;

/** A recording as the API lists it; the audio itself is at `url`. */
export interface RecordedSegment {
  key: string;
  mime: string;
  durationMs: number;
  recordedAt: number;
  url: string;
}

/** `GET /api/voice`: the settings and every segment a display can play, recorded and bundled. */
export interface VoiceSetup {
  settings: VoiceSettings;
  recorded: RecordedSegment[];
  /** Bundled segments by key → URL of the file. */
  bundled: Record<string, string>;
  /** The bundled syllable bank's index (`VoiceBankIndex`), fetched only for words nothing else covers. */
  bankIndexUrl: string | null;
}

/**
 * The bundled syllable bank: every Vietnamese syllable, so any name can be said offline. Syllables are packed
 * many to a file (a file per syllable would be mostly container overhead); a word's audio is a slice of one.
 */
export interface VoiceBankIndex {
  /** Bank files, by number. */
  files: string[];
  /** Word → [file number, start seconds, length seconds]. */
  words: Record<string, [number, number, number]>;
}
