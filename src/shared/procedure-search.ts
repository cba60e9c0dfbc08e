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

/** Words that say nothing about which procedure: "tôi muốn làm thủ tục … cho con". Dropped from queries only. */
const QUERY_STOP_WORDS = new Set(['toi', 'muon', 'xin', 'cua', 'va', 'la', 'voi', 'duoc', 'nhu', 'nao', 'o']);
const QUERY_STOP_PHRASES = [/\bthu tuc\b/g, /\bhanh chinh\b/g];

/**
 * Lower case, no tone or vowel marks, đ → d, y → i ("ký" and "kí" are both written), and Telex/VNI keystrokes
 * undone: no Vietnamese syllable ends in s, f, r, x or j, doubles a, e, o or d, or has a w or a digit in it.
 */
export function foldText(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += BASE_LETTER.get(char) ?? (/[a-z0-9]/.test(char) ? char : ' ');
  return out
    .split(' ')
    .filter(Boolean)
    .map((word) => (KEYSTROKE_HINT.test(word) ? foldWord(word) : word).replace(/y/g, 'i'))
    .join(' ');
}

/**
 * Every lower-case Latin letter with Vietnamese marks → its base letter (đ → d), made once from Unicode's own
 * decomposition: one lookup per character instead of normalising every string.
 */
const BASE_LETTER: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>([['đ', 'd']]);
  for (let code = 0xc0; code <= 0x1ef9; code++) {
    const char = String.fromCharCode(code).toLowerCase();
    const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base !== char && /^[a-z]$/.test(base)) map.set(char, base);
  }
  // Combining marks typed separately (decomposed input) simply disappear.
  for (let code = 0x300; code <= 0x36f; code++) map.set(String.fromCharCode(code), '');
  return map;
})();

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

  constructor(procedures: readonly P[]) {
    this.index = new MiniSearch<IndexedDocument>({
      fields: ['code', 'name', 'aliases', 'english'],
      // Documents arrive folded (below). Each word once per field: a procedure with five aliases saying "kết hôn"
      // is not five times more "kết hôn" than the one simply named "Đăng ký kết hôn", which then ranks first.
      tokenize: (folded) => [...new Set(tokensOf(folded))],
      processTerm: (term) => term,
      searchOptions: {
        tokenize: (text) => tokensOf(foldQuery(text)),
        processTerm: (term) => term,
        boost: { name: 3, aliases: 2.5, code: 2, english: 1 },
        prefix: (term, index, terms) => term.length >= 3 || index === terms.length - 1,
        // Short syllables ("hon", "con") are whole words: one changed letter makes another word, not a typo. The
        // pairs (the second half of a query's terms) only reward words typed together: exact, and cheap to find.
        fuzzy: (term, index, terms) =>
          index >= (terms.length + 1) / 2 ? false : term.length >= 8 ? 2 : term.length >= 4 ? 1 : false,
        weights: { fuzzy: 0.35, prefix: 0.6 },
      },
    });
    this.index.addAll(
      procedures.map((p) => {
        this.byId.set(p.id, p);
        const name = foldText(p.nameVi);
        const aliases = p.aliases.map(foldText);
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
          english: foldText(p.nameEn),
        };
      }),
    );
  }

  /** The best matches first; nothing for an empty query. */
  search(query: string, limit = 8): ProcedureMatch<P>[] {
    const folded = foldQuery(query);
    if (folded === '') return [];
    // The phrase bonus is at most ×1.6: it is weighed for the best-scored results only, which is where the
    // answer is (a common word like "con" can match most of a 1,000-procedure catalogue).
    return this.index
      .search(query)
      .slice(0, BONUS_CANDIDATES)
      .map((result) => {
        const id = result.id as number;
        return { procedure: this.byId.get(id)!, score: result.score * this.phraseBonus(id, folded) };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
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

function foldQuery(query: string): string {
  let folded = foldText(query);
  for (const phrase of QUERY_STOP_PHRASES) folded = folded.replace(phrase, ' ');
  return folded
    .split(' ')
    .filter((word) => word !== '' && !QUERY_STOP_WORDS.has(word))
    .join(' ');
}
