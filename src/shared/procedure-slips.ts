/**
 * One-letter slips in what the volunteer typed ("khai sihn", "ket hno", "dnag ky tam tru"): a letter swapped with
 * its neighbour, missing, extra or wrong. A word the catalogue does not know is read as the catalogue's words one
 * such slip away, found in MiniSearch's radix tree (`SearchableMap.fuzzyGet`, Levenshtein), where a swap counts
 * as two edits and is let through only when it is exactly a swap.
 *
 * A word is read as a slip when it is not a word of the catalogue and either has four letters or more, or is no
 * Vietnamese syllable at all ("snh", "hno"): a short real syllable ("con", "hon") is another word, not a typo.
 */
import SearchableMap from 'minisearch/SearchableMap';

/** A Vietnamese syllable as folded (no marks, đ → d, y → i): onset, one to three vowels, a final consonant. */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiou]{1,3}(ch|ng|nh|[cmnpt])?$/;

export function isSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

/** `typed` is `known` with two neighbouring letters swapped. */
function isSwap(typed: string, known: string): boolean {
  if (typed.length !== known.length) return false;
  let first = -1;
  for (let i = 0; i < typed.length; i++) {
    if (typed[i] === known[i]) continue;
    if (first !== -1) return i === first + 1 && typed[i] === known[first] && typed[first] === known[i] && same(i + 1);
    first = i;
  }
  return false;
  function same(from: number): boolean {
    return typed.slice(from) === known.slice(from);
  }
}

/** At most this many readings of one word, the catalogue's most used first. */
const MAX_READINGS = 6;

/** The catalogue's words, each with how many procedures use it, and the words that stand side by side. */
export class Vocabulary {
  private readonly words = new SearchableMap<number>();
  private readonly pairs = new Set<string>();

  /** A folded name or alias ("|" separates phrases no pair crosses). */
  add(folded: string): void {
    for (const phrase of folded.split('|')) {
      const words = phrase.split(' ').filter(Boolean);
      for (const word of new Set(words)) this.words.set(word, (this.words.get(word) ?? 0) + 1);
      words.slice(1).forEach((word, i) => this.pairs.add(`${words[i]} ${word}`));
    }
  }

  /**
   * What the volunteer meant, word by word: the word itself when the catalogue knows it (or, for the word still
   * being typed, begins a word it knows); for a slip, the catalogue's words one slip away that best fit their
   * neighbours ("dang ky khia sinh": "khai", which stands beside "ky" and "sinh", rather than "khi").
   */
  read(words: readonly string[]): string[][] {
    const readings = words.map((word, i) => this.readingsOf(word, i === words.length - 1));
    return readings.map((options, i) => {
      if (options.length < 2) return options;
      const fit = (word: string) =>
        (readings[i - 1] ?? []).filter((before) => this.pairs.has(`${before} ${word}`)).length +
        (readings[i + 1] ?? []).filter((after) => this.pairs.has(`${word} ${after}`)).length;
      const best = Math.max(...options.map(fit));
      return options.filter((word) => fit(word) === best).slice(0, MAX_READINGS);
    });
  }

  private readingsOf(word: string, beingTyped: boolean): string[] {
    if (this.words.has(word) || /\d/.test(word)) return [word];
    if (beingTyped && this.words.atPrefix(word).size > 0) return [word];
    if (word.length < 2 || (word.length < 4 && isSyllable(word))) return [word];
    const near = [...this.words.fuzzyGet(word, 2)]
      .filter(([known, [, distance]]) => distance === 1 || isSwap(word, known))
      // The catalogue's most used words first.
      .sort((a, b) => b[1][0] - a[1][0])
      .map(([known]) => known);
    return near.length > 0 ? near : [word];
  }
}
