/**
 * The phrase builder: what the hall hears for a call or a recall, as words in parts — "xin mời công dân có số"
 * | "a mười hai" | "đến" | "quầy số ba". Pure, so the display, setup's "Nghe thử", the segment script and the
 * tests all build the same words. The voice plays each part from recordings or bundled segments (voice-plan.ts).
 */
import type { LocalizedText } from './errors';
import { digitWords, letterWords, nameWords, numberWords, spokenText, type VoiceLanguage } from './spoken-words';
import {
  TEMPLATE_PLACEHOLDERS,
  type NumberReading,
  type Pronunciation,
  type TemplatePlaceholder,
  type VoiceTemplates,
} from './voice-settings';

/** What a call is about, in setup's words. */
export interface CallFacts {
  displayCode: string;
  recall: boolean;
  point: { nameVi: string; nameEn: string };
  zone: { nameVi: string; nameEn: string; directionsVi: string; directionsEn: string } | null;
}

/** The settings the words depend on. */
export interface PhraseSettings {
  templates: VoiceTemplates;
  numberReading: NumberReading;
  sayDirections: boolean;
  english: boolean;
  pronunciations: readonly Pronunciation[];
}

export type PartSlot = 'words' | TemplatePlaceholder;

/** One stretch of the phrase: the template's own words or what filled a placeholder, as spoken text. */
export interface SpokenPart {
  slot: PartSlot;
  /** Lower-case words, pauses as ", " (spoken-words.ts `spokenText`). */
  text: string;
}

export interface Announcement {
  language: VoiceLanguage;
  parts: SpokenPart[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** A queue number's words: its letters the language's way, then the number or its digits. */
export function codeWords(displayCode: string, language: VoiceLanguage, reading: NumberReading): string {
  const [, letters = '', digits = ''] = /^(\D*)(\d*)$/u.exec(displayCode.trim()) ?? [];
  const said = [...letters].map((letter) => letterWords(letter, language));
  if (digits) said.push(reading === 'digits' ? digitWords(digits, language) : numberWords(Number(digits), language));
  return said.join(' ');
}

/** A point's words; a trailing number is read "số …" in Vietnamese: "Quầy 3" → "quầy số ba". */
export function pointWords(name: string, language: VoiceLanguage, pronunciations: readonly Pronunciation[]): string {
  const own = pronunciations.filter((p) => p.language === language);
  const numbered = language === 'vi' ? /^(.*\p{L})\s+(\d+)$/u.exec(name.trim()) : null;
  if (numbered && !/(^|\s)số$/iu.test(numbered[1]!))
    return nameWords(`${numbered[1]} số ${numbered[2]}`, language, own);
  return nameWords(name, language, own);
}

function filled(
  placeholder: TemplatePlaceholder,
  call: CallFacts,
  language: VoiceLanguage,
  settings: PhraseSettings,
): string {
  const own = settings.pronunciations.filter((p) => p.language === language);
  const zone = call.zone;
  switch (placeholder) {
    case 'number':
      return codeWords(call.displayCode, language, settings.numberReading);
    case 'point':
      return pointWords(language === 'vi' ? call.point.nameVi : call.point.nameEn, language, settings.pronunciations);
    case 'zone':
      return zone ? nameWords(language === 'vi' ? zone.nameVi : zone.nameEn, language, own) : '';
    case 'directions':
      return zone ? nameWords(language === 'vi' ? zone.directionsVi : zone.directionsEn, language, own) : '';
  }
}

function templateOf(settings: PhraseSettings, language: VoiceLanguage, recall: boolean): string {
  const t = settings.templates;
  if (language === 'vi') return recall ? t.recallVi : t.callVi;
  return recall ? t.recallEn : t.callEn;
}

/** The announcement of one call in one language. */
export function buildAnnouncement(call: CallFacts, settings: PhraseSettings, language: VoiceLanguage): Announcement {
  const template = templateOf(settings, language, call.recall);
  const parts: SpokenPart[] = [];
  const add = (slot: PartSlot, text: string) => {
    const spoken = slot === 'words' ? spokenText(text) : text;
    if (spoken) parts.push({ slot, text: spoken });
  };
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    add('words', template.slice(at, match.index));
    const name = match[1] as TemplatePlaceholder;
    if ((TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name)) add(name, filled(name, call, language, settings));
    at = match.index + match[0].length;
  }
  add('words', template.slice(at));
  if (settings.sayDirections && !template.includes('{directions}'))
    add('directions', filled('directions', call, language, settings));
  return { language, parts };
}

/** Vietnamese first, then English when the center wants both. */
export function buildAnnouncements(call: CallFacts, settings: PhraseSettings): Announcement[] {
  const languages: VoiceLanguage[] = settings.english ? ['vi', 'en'] : ['vi'];
  return languages.map((language) => buildAnnouncement(call, settings, language));
}

/** The whole sentence, for an OS voice and for people to read ("Xin mời công dân có số a mười hai …"). */
export function announcementText(announcement: Announcement): string {
  const text = announcement.parts.map((p) => p.text).join(' ');
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Why a template cannot be used, in both languages; null when it can. */
export function templateProblem(template: string): LocalizedText | null {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const unknown = names.find((n) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(n));
  if (unknown)
    return {
      vi: `Mẫu câu có chỗ trống lạ {${unknown}}. Chỉ dùng được {number}, {point}, {zone}, {directions}.`,
      en: `The template has an unknown blank {${unknown}}. Only {number}, {point}, {zone} and {directions} work.`,
    };
  if (!names.includes('number'))
    return {
      vi: 'Mẫu câu phải có {number} — chỗ đọc số thứ tự.',
      en: 'The template must contain {number} — where the queue number is said.',
    };
  if (/[{}]/.test(template.replace(PLACEHOLDER, '')))
    return {
      vi: 'Mẫu câu có dấu { hoặc } lẻ. Viết chỗ trống dạng {number}.',
      en: 'The template has a stray { or }. Write blanks as {number}.',
    };
  return null;
}
