/**
 * Finding a procedure from what the citizen says, as the volunteer types it: with or without diacritics, words in
 * any order, a letter missed or doubled, "ký" or "kí", even Telex or VNI keystrokes left in when the Vietnamese
 * keyboard was off ("ddawng kys khai sinh"). Pure; the greeter and the setup list both search with it.
 *
 * Built on MiniSearch (BM25 ranking, prefix and fuzzy matching on a radix tree); the Vietnamese lives in `foldText`
 * and in the tokens: every syllable, plus each pair of neighbouring syllables written together ("khaisinh"), so a
 * query whose words stand together in a name ranks above one where they are scattered.
 */
import MiniSearch from 'minisearch';
import { Vocabulary } from './procedure-slips';

/** Words that say nothing about which procedure: "tôi muốn làm thủ tục … cho con". Dropped from queries only. */
const QUERY_STOP_WORDS = new Set(['toi', 'muon', 'xin', 'cua', 'va', 'la', 'voi', 'duoc', 'nhu', 'nao', 'o']);
const QUERY_STOP_PHRASES = [/\bthu tuc\b/g, /\bhanh chinh\b/g];

/**
 * Lower case, no tone or vowel marks, đ → d, y → i ("ký" and "kí" are both written), and Telex/VNI keystrokes
 * undone: no Vietnamese syllable ends in s, f, r, x or j, doubles a, e, o or d, or has a w or a digit in it.
 */
export function foldText(text: string): string {
  let out = '';
  const baseLetter = (baseLetterTable ??= baseLetters());
  for (const char of text.toLowerCase()) out += baseLetter.get(char) ?? (/[a-z0-9]/.test(char) ? char : ' ');
  return out
    .split(' ')
    .filter(Boolean)
    .map((word) => (KEYSTROKE_HINT.test(word) ? foldWord(word) : word).replace(/y/g, 'i'))
    .join(' ');
}

/**
 * Every lower-case Latin letter with Vietnamese marks → its base letter (đ → d), made once from Unicode's own
 * decomposition: one lookup per character instead of normalising every string. Made on the first fold, not when
 * the module loads (≈ 7,700 normalisations: milliseconds the server's start does not need).
 */
let baseLetterTable: ReadonlyMap<string, string> | null = null;

function baseLetters(): ReadonlyMap<string, string> {
  const map = new Map<string, string>([['đ', 'd']]);
  for (let code = 0xc0; code <= 0x1ef9; code++) {
    const char = String.fromCharCode(code).toLowerCase();
    const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base !== char && /^[a-z]$/.test(base)) map.set(char, base);
  }
  // Combining marks typed separately (decomposed input) simply disappear.
  for (let code = 0x300; code <= 0x36f; code++) map.set(String.fromCharCode(code), '');
  return map;
}

/** Only a word with one of these can hold Telex or VNI keystrokes; the rest skip the undoing. */
const KEYSTROKE_HINT = /dd|aa|ee|oo|w|\d|[sfrxj]$/;

function foldWord(word: string): string {
  if (/^\d+$/.test(word)) return word;
  const letters = word.replace(/\d/g, '');
  if (letters === '') return word;
  return letters
    .replace(/dd/g, 'd')
    .replace(/([aeo])\1/g, '$1')
    .replace(/w/g, '')
    .replace(/(?<=[a-z])[sfrxj]$/, '');
}

/** Syllables and each neighbouring pair written together; "|" separates phrases no pair crosses. */
function tokensOf(folded: string): string[] {
  const tokens: string[] = [];
  for (const phrase of folded.split('|')) {
    const words = phrase.split(' ').filter(Boolean);
    tokens.push(...words, ...words.slice(1).map((word, i) => `${words[i]}${word}`));
  }
  return tokens;
}

const BONUS_CANDIDATES = 60;
/** A runner-up this close to the best makes the best a weak hit; closer still when the best is a guess. */
const CLOSE_CALL = 0.8;
const UNSURE_CLOSE_CALL = 0.6;

export interface SearchableProcedure {
  id: number;
  code: string | null;
  nameVi: string;
  nameEn: string;
  aliases: string[];
}

export interface ProcedureMatch<P> {
  procedure: P;
  score: number;
}

export interface ProcedureLookup<P> {
  matches: ProcedureMatch<P>[];
  /** The best match may not be what was meant: show two or three. */
  weak: boolean;
  /** The query as read when a word was taken for a slip ("khai sinh" for "khai sihn"), else null. */
  reading: string | null;
}

interface IndexedDocument {
  id: number;
  code: string;
  name: string;
  aliases: string;
  english: string;
}

/** The search over one catalogue. Build it once per list (≈ 30 ms for 1,000 procedures); each search is a lookup. */
export class ProcedureSearch<P extends SearchableProcedure> {
  private readonly index: MiniSearch<IndexedDocument>;
  private readonly byId = new Map<number, P>();
  /** Each procedure's name and aliases, folded, for the phrase bonus. */
  private readonly phrases = new Map<number, string[]>();
  /** The catalogue's words, to read a slip as the word meant. */
  private readonly vocabulary = new Vocabulary();

  constructor(procedures: readonly P[]) {
    this.index = new MiniSearch<IndexedDocument>({
      fields: ['code', 'name', 'aliases', 'english'],
      // Documents arrive folded (below). Each word once per field: a procedure with five aliases saying "kết hôn"
      // is not five times more "kết hôn" than the one simply named "Đăng ký kết hôn", which then ranks first.
      tokenize: (folded) => [...new Set(tokensOf(folded))],
      processTerm: (term) => term,
      // The terms, and which of them may be fuzzy or a prefix, are chosen per query (`lookup`).
      searchOptions: {
        processTerm: (term) => term,
        boost: { name: 3, aliases: 2.5, code: 2, english: 1 },
        weights: { fuzzy: 0.35, prefix: 0.6 },
      },
    });
    this.index.addAll(
      procedures.map((p) => {
        this.byId.set(p.id, p);
        const name = foldText(p.nameVi);
        const aliases = p.aliases.map(foldText);
        const english = foldText(p.nameEn);
        for (const text of [name, english, ...aliases]) this.vocabulary.add(text);
        this.phrases.set(
          p.id,
          [name, ...aliases].map((phrase) => ` ${phrase} `),
        );
        return {
          id: p.id,
          code: foldText(p.code ?? ''),
          name,
          // A separator the pairs must not cross: the last word of one alias and the first of the next are not a pair.
          aliases: aliases.join(' | '),
          english,
        };
      }),
    );
  }

  /** The best matches first; nothing for an empty query. */
  search(query: string, limit = 8): ProcedureMatch<P>[] {
    return this.lookup(query, limit).matches;
  }

  /**
   * The best matches first, and whether the best is weak: read through a slip, or barely ahead of the next, or
   * without all the words asked for — then the greeter shows two or three, not one.
   */
  lookup(query: string, limit = 8): ProcedureLookup<P> {
    const words = foldQuery(query).split(' ').filter(Boolean);
    if (words.length === 0) return { matches: [], weak: false, reading: null };
    const readings = this.vocabulary.read(words);
    const slipped = readings.some((options, i) => options.length !== 1 || options[0] !== words[i]);
    const terms = new Map<string, { fuzzy: number | false; prefix: boolean; boost: number }>();
    readings.forEach((options, i) => {
      const last = i === words.length - 1;
      for (const word of options) {
        const typed = word === words[i];
        // Short syllables ("hon", "con") are whole words: one changed letter makes another word, not a typo.
        const fuzzy = typed ? (word.length >= 8 ? 2 : word.length >= 4 ? 1 : false) : false;
        // A word read through a slip counts less than one typed right, and more than a fuzzy neighbour.
        terms.set(word, { fuzzy, prefix: typed && (word.length >= 3 || last), boost: typed ? 1 : 0.7 });
      }
    });
    // The pairs only reward words typed together: exact, and cheap to find.
    for (let i = 1; i < readings.length; i++)
      for (const a of readings[i - 1]!)
        for (const b of readings[i]!) if (!terms.has(a + b)) terms.set(a + b, { fuzzy: false, prefix: true, boost: 1 });
    const phrasings = readingsProduct(readings);
    // The phrase bonus is at most ×1.6: it is weighed for the best-scored results only, which is where the
    // answer is (a common word like "con" can match most of a 1,000-procedure catalogue).
    const scored = this.index
      .search(query, {
        tokenize: () => [...terms.keys()],
        fuzzy: (term) => terms.get(term)?.fuzzy ?? false,
        prefix: (term) => terms.get(term)?.prefix ?? false,
        boostTerm: (term) => terms.get(term)?.boost ?? 1,
      })
      .slice(0, BONUS_CANDIDATES)
      .map((result) => {
        const id = result.id as number;
        const bonus = Math.max(...phrasings.map((phrasing) => this.phraseBonus(id, phrasing)));
        return { procedure: this.byId.get(id)!, score: result.score * bonus, bonus };
      })
      .sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    // Strong: a name or alias that is what was typed. Weak: a runner-up close behind — closer still counts when
    // a word was read through a slip, or when no one name or alias holds all the words.
    const close = slipped || best === undefined || best.bonus < 1.1 ? UNSURE_CLOSE_CALL : CLOSE_CALL;
    const weak =
      best !== undefined && !(best.bonus >= 1.5 && !slipped) && next !== undefined && next.score >= best.score * close;
    return {
      matches: scored.slice(0, limit).map(({ procedure, score }) => ({ procedure, score })),
      weak,
      reading: slipped && best ? phrasings.find((p) => this.phraseBonus(best.procedure.id, p) === best.bonus)! : null,
    };
  }

  /**
   * What the citizen said, said exactly: a name or alias that is the query ("giấy phép kinh doanh") ranks above
   * procedures that merely share its words — also with the words in another order ("sinh khai"); one that holds
   * the query as a phrase, or all its words, a little above.
   */
  private phraseBonus(id: number, foldedQuery: string): number {
    const phrases = this.phrases.get(id) ?? [];
    const query = ` ${foldedQuery} `;
    const words = foldedQuery.split(' ');
    const sameWords = (phrase: string) => {
      const own = phrase.trim().split(' ');
      return own.length === words.length && words.every((w) => own.includes(w));
    };
    const hasWords = (phrase: string) => words.every((w) => phrase.includes(` ${w} `));
    if (phrases.some((phrase) => phrase === query)) return 1.6;
    if (phrases.some(sameWords)) return 1.5;
    if (phrases.some((phrase) => phrase.includes(query))) return 1.2;
    if (phrases.some(hasWords)) return 1.1;
    return 1;
  }
}

/** Every way of reading the query, one reading per word (a handful: few words are slips). */
function readingsProduct(readings: string[][]): string[] {
  let phrasings = [''];
  for (const options of readings)
    phrasings = phrasings.flatMap((start) => options.map((word) => (start ? `${start} ${word}` : word))).slice(0, 36);
  return phrasings;
}

function foldQuery(query: string): string {
  let folded = foldText(query);
  for (const phrase of QUERY_STOP_PHRASES) folded = folded.replace(phrase, ' ');
  return folded
    .split(' ')
    .filter((word) => word !== '' && !QUERY_STOP_WORDS.has(word))
    .join(' ');
}
