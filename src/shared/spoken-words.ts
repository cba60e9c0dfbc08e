/**
 * How numbers, letters and written names are said, in Vietnamese and English: the words a loudspeaker says, as
 * text. Pure. The phrase builder (announcement.ts) turns a call into these words; the voice plays them from
 * recorded or bundled segments keyed by the same words (`spokenKey`).
 */

export type VoiceLanguage = 'vi' | 'en';

const VI_DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const EN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
const EN_TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/**
 * Letters the Vietnamese way, as a queue announcement says them ("bê", "xê", "hát"). Letters outside the
 * Vietnamese alphabet get their usual borrowed names (F "ép", J "gi", W "vê kép", Z "dét").
 */
const VI_LETTERS: Record<string, string> = {
  A: 'a',
  B: 'bê',
  C: 'xê',
  D: 'dê',
  Đ: 'đê',
  E: 'e',
  F: 'ép',
  G: 'giê',
  H: 'hát',
  I: 'i',
  J: 'gi',
  K: 'ca',
  L: 'e lờ',
  M: 'em mờ',
  N: 'en nờ',
  O: 'o',
  P: 'pê',
  Q: 'quy',
  R: 'e rờ',
  S: 'ét xì',
  T: 'tê',
  U: 'u',
  V: 'vê',
  W: 'vê kép',
  X: 'ích xì',
  Y: 'i dài',
  Z: 'dét',
};

/** English letter names written as they sound, so a recorded word and a synthesizer both say the letter. */
const EN_LETTERS: Record<string, string> = {
  A: 'ay',
  B: 'bee',
  C: 'see',
  D: 'dee',
  E: 'ee',
  F: 'eff',
  G: 'gee',
  H: 'aitch',
  I: 'eye',
  J: 'jay',
  K: 'kay',
  L: 'el',
  M: 'em',
  N: 'en',
  O: 'oh',
  P: 'pee',
  Q: 'cue',
  R: 'ar',
  S: 'ess',
  T: 'tee',
  U: 'you',
  V: 'vee',
  W: 'double you',
  X: 'ex',
  Y: 'why',
  Z: 'zed',
};

export const LETTERS = Object.keys(EN_LETTERS);

export function letterWords(letter: string, language: VoiceLanguage): string {
  const upper = letter.toLocaleUpperCase('vi');
  const table = language === 'vi' ? VI_LETTERS : EN_LETTERS;
  return table[upper] ?? letter.toLocaleLowerCase('vi');
}

export function digitWords(digits: string, language: VoiceLanguage): string {
  const table = language === 'vi' ? VI_DIGITS : EN_DIGITS;
  return [...digits].map((d) => table[Number(d)] ?? d).join(' ');
}

/** 0–999 in Vietnamese (Northern usage: "linh", "mốt", "tư", "lăm"). */
function viBelowThousand(n: number, inside: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || inside) words.push(VI_DIGITS[hundreds]!, 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh', VI_DIGITS[units]!);
    else if (units > 0 || words.length === 0) words.push(VI_DIGITS[units]!);
    return words;
  }
  words.push(...(tens === 1 ? ['mười'] : [VI_DIGITS[tens]!, 'mươi']));
  if (units === 1 && tens > 1) words.push('mốt');
  else if (units === 4 && tens > 1) words.push('tư');
  else if (units === 5) words.push('lăm');
  else if (units > 0) words.push(VI_DIGITS[units]!);
  return words;
}

function viNumber(n: number): string[] {
  if (n < 1000) return viBelowThousand(n, false);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const words = [...viNumber(thousands), 'nghìn'];
  return rest === 0 ? words : [...words, ...viBelowThousand(rest, true)];
}

function enNumber(n: number): string[] {
  if (n < 10) return [EN_DIGITS[n]!];
  if (n < 20) return [EN_TEENS[n - 10]!];
  if (n < 100) return [EN_TENS[Math.floor(n / 10)]!, ...(n % 10 ? [EN_DIGITS[n % 10]!] : [])];
  if (n < 1000) return [EN_DIGITS[Math.floor(n / 100)]!, 'hundred', ...(n % 100 ? enNumber(n % 100) : [])];
  return [...enNumber(Math.floor(n / 1000)), 'thousand', ...(n % 1000 ? enNumber(n % 1000) : [])];
}

/** A whole number said as a number: 12 → "mười hai" / "twelve"; 105 → "một trăm linh năm". */
export function numberWords(n: number, language: VoiceLanguage): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return digitWords(String(n), language);
  return (language === 'vi' ? viNumber(n) : enNumber(n)).join(' ');
}

/**
 * The words of a written name: digits become a number ("Tầng 1" → "tầng một"), an all-capital acronym is
 * spelled ("HT" → "hát tê"), and names the center taught a pronunciation for are said that way first.
 */
export function nameWords(
  name: string,
  language: VoiceLanguage,
  pronunciations: readonly { written: string; spoken: string }[] = [],
): string {
  let text = name.normalize('NFC');
  for (const { written, spoken } of pronunciations) {
    if (!written.trim()) continue;
    const escaped = written.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), ` ${spoken} `);
  }
  text = text.replace(/&/g, language === 'vi' ? ' và ' : ' and ');
  text = text.replace(/\d+/g, (digits) => ` ${numberWords(Number(digits), language)} `);
  text = text.replace(/(?<![\p{L}])[A-Z]{2,4}(?![\p{L}])/gu, (acronym) =>
    [...acronym].map((letter) => letterWords(letter, language)).join(' '),
  );
  return spokenText(text);
}

/** Punctuation that a speaker pauses at; each becomes one comma. */
const PAUSES = /[,;:.!?–—()]/gu;

/**
 * A text as the words a voice says: lower case, one space apart, pauses as ", ". This is the form segments are
 * keyed by, so "Quầy  số 3" and "quầy số 3" find the same recording.
 */
export function spokenText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(PAUSES, ',')
    .replace(/[^\p{L}\p{N}\s,']/gu, ' ')
    .split(',')
    .map((run) => run.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join(', ');
}

/** The segment key of some spoken words: the words without the pauses. */
export function spokenKey(text: string): string {
  return spokenText(text).replace(/,/g, '').replace(/\s+/g, ' ').trim();
}

/** Spoken text split at its pauses into runs of words, e.g. "tầng một, bên trái" → [["tầng","một"],["bên","trái"]]. */
export function spokenRuns(text: string): string[][] {
  return spokenText(text)
    .split(',')
    .map((run) => run.trim().split(' ').filter(Boolean))
    .filter((run) => run.length > 0);
}
