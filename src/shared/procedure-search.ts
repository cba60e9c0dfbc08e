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
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .map(foldWord)
    .join(' ')
    .trim();
}

function foldWord(word: string): string {
  if (word === '' || /^\d+$/.test(word)) return word;
  const letters = word.replace(/\d/g, '');
  if (letters === '') return word;
  return letters
    .replace(/dd/g, 'd')
    .replace(/([aeo])\1/g, '$1')
    .replace(/w/g, '')
    .replace(/(?<=[a-z])[sfrxj]$/, '')
    .replace(/y/g, 'i');
}

/** Syllables and each neighbouring pair written together. */
function tokensOf(folded: string): string[] {
  const words = folded.split(' ').filter(Boolean);
  const pairs = words.slice(1).map((word, i) => `${words[i]}${word}`);
  return [...words, ...pairs];
}

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
      // Each word once per field: a procedure with five aliases saying "kết hôn" is not five times more "kết hôn"
      // than the one simply named "Đăng ký kết hôn" (then the shorter, plainer name ranks first).
      tokenize: (text) => [...new Set(tokensOf(foldText(text)))],
      processTerm: (term) => term,
      searchOptions: {
        tokenize: (text) => tokensOf(foldQuery(text)),
        processTerm: (term) => term,
        boost: { name: 3, aliases: 2.5, code: 2, english: 1 },
        prefix: (term, index, terms) => term.length >= 3 || index === terms.length - 1,
        // Short syllables ("hon", "con") are whole words: one changed letter makes another word, not a typo.
        fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
        weights: { fuzzy: 0.35, prefix: 0.6 },
      },
    });
    this.index.addAll(
      procedures.map((p) => {
        this.byId.set(p.id, p);
        this.phrases.set(
          p.id,
          [p.nameVi, ...p.aliases].map((phrase) => ` ${foldText(phrase)} `),
        );
        return {
          id: p.id,
          code: p.code ?? '',
          name: p.nameVi,
          aliases: p.aliases.join(' · '),
          english: p.nameEn,
        };
      }),
    );
  }

  /** The best matches first; nothing for an empty query. */
  search(query: string, limit = 8): ProcedureMatch<P>[] {
    const folded = foldQuery(query);
    if (folded === '') return [];
    return this.index
      .search(query)
      .map((result) => {
        const id = result.id as number;
        return { procedure: this.byId.get(id)!, score: result.score * this.phraseBonus(id, folded) };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  /**
   * What the citizen said, said exactly: a name or alias that is the query ("giấy phép kinh doanh") ranks above
   * procedures that merely share its words; one that holds the query as a phrase, a little above.
   */
  private phraseBonus(id: number, foldedQuery: string): number {
    const phrases = this.phrases.get(id) ?? [];
    const query = ` ${foldedQuery} `;
    if (phrases.some((phrase) => phrase === query)) return 1.6;
    if (phrases.some((phrase) => phrase.includes(query))) return 1.2;
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
