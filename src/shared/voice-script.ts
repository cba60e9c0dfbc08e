/**
 * What a center records to be heard in its own voice: the words of its templates, the letters of its services,
 * the number words, each counter and help desk, each zone and its directions — each a segment keyed like the
 * phrase builder's words, so a recording is used wherever those words are said. Pure.
 */
import { buildAnnouncement, codeWords, pointWords, type PhraseSettings } from './announcement';
import { nameWords, spokenRuns, type VoiceLanguage } from './spoken-words';
import { keyOf } from './voice-plan';

export type ScriptGroup = 'template' | 'letters' | 'numbers' | 'points' | 'zones';

export interface ScriptLine {
  group: ScriptGroup;
  key: string;
  /** What to say into the microphone. */
  words: string;
}

const VI_NUMBER_WORDS = [
  'không',
  'một',
  'hai',
  'ba',
  'bốn',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười',
  'mươi',
  'mốt',
  'tư',
  'lăm',
  'linh',
  'trăm',
  'nghìn',
];
const EN_NUMBER_WORDS = [
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ...['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand'],
];

export interface ScriptCenter {
  services: readonly { prefix: string; active: boolean }[];
  points: readonly { nameVi: string; nameEn: string; active: boolean }[];
  zones: readonly { nameVi: string; nameEn: string; directionsVi: string; directionsEn: string }[];
}

export function recordingScript(center: ScriptCenter, settings: PhraseSettings, language: VoiceLanguage): ScriptLine[] {
  const lines = new Map<string, ScriptLine>();
  const add = (group: ScriptGroup, text: string) => {
    for (const run of spokenRuns(text)) {
      const words = run.join(' ');
      const key = keyOf(language, words);
      if (!lines.has(key)) lines.set(key, { group, key, words });
    }
  };
  const dummy = { displayCode: 'A1', point: { nameVi: '', nameEn: '' }, zone: null };
  for (const recall of [false, true])
    for (const part of buildAnnouncement({ ...dummy, recall }, settings, language).parts)
      if (part.slot === 'words') add('template', part.text);
  const letters = new Set(center.services.filter((s) => s.active).flatMap((s) => [...s.prefix]));
  for (const letter of [...letters].sort()) add('letters', codeWords(letter, language, settings.numberReading));
  for (const word of language === 'vi' ? VI_NUMBER_WORDS : EN_NUMBER_WORDS) add('numbers', word);
  const own = settings.pronunciations.filter((p) => p.language === language);
  for (const point of center.points.filter((p) => p.active))
    add('points', pointWords(language === 'vi' ? point.nameVi : point.nameEn, language, settings.pronunciations));
  for (const zone of center.zones) {
    add('zones', nameWords(language === 'vi' ? zone.nameVi : zone.nameEn, language, own));
    if (settings.sayDirections)
      add('zones', nameWords(language === 'vi' ? zone.directionsVi : zone.directionsEn, language, own));
  }
  return [...lines.values()];
}
