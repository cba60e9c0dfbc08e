/**
 * From words to sounds: which recorded or bundled segment says each stretch of an announcement, the small
 * gaps between them, and the words nothing covers (said by a synthesizer, never skipped). Pure; the display's
 * player follows the plan step by step.
 *
 * Within each run of words (a part, split at its pauses) the longest recorded segment starting at a word wins,
 * then the longest bundled one, then a single syllable of the bundled bank: so a center that recorded "quầy số"
 * and the digits is heard in its own voice, and a new counter name still comes out whole.
 */
import type { Announcement } from './announcement';
import { spokenRuns, type VoiceLanguage } from './spoken-words';

export type SegmentSource = 'recorded' | 'bundled' | 'bank';

export type PlayStep =
  | { kind: 'segment'; key: string; source: SegmentSource; words: string }
  | { kind: 'speak'; language: VoiceLanguage; words: string }
  | { kind: 'gap'; ms: number };

/** What a display can play, by segment key (`vi:quầy số`). */
export interface SegmentInventory {
  recorded: ReadonlySet<string>;
  bundled: ReadonlySet<string>;
  /** Syllables of the bundled bank (Vietnamese only). */
  bank: ReadonlySet<string>;
}

/** Between two segments inside a run: a breath, not a pause (a phrase keeps flowing; < 80 ms by design). */
export const WORD_GAP_MS = 20;
/** At a comma or between two parts ("… có số | a mười hai"). */
export const PAUSE_GAP_MS = 50;
/** The longest segment looked for, in words. */
const LONGEST = 14;

export const keyOf = (language: VoiceLanguage, words: string): string => `${language}:${words}`;

function longest(words: string[], from: number, language: VoiceLanguage, keys: ReadonlySet<string>): number {
  for (let length = Math.min(LONGEST, words.length - from); length > 0; length--)
    if (keys.has(keyOf(language, words.slice(from, from + length).join(' ')))) return length;
  return 0;
}

function planRun(words: string[], language: VoiceLanguage, inventory: SegmentInventory): PlayStep[] {
  const steps: PlayStep[] = [];
  let unspoken: string[] = [];
  const push = (step: PlayStep) => {
    if (unspoken.length) {
      if (steps.length) steps.push({ kind: 'gap', ms: WORD_GAP_MS });
      steps.push({ kind: 'speak', language, words: unspoken.join(' ') });
      unspoken = [];
    }
    if (step.kind === 'gap') return;
    if (steps.length) steps.push({ kind: 'gap', ms: WORD_GAP_MS });
    steps.push(step);
  };
  for (let at = 0; at < words.length;) {
    const found =
      (
        [
          ['recorded', longest(words, at, language, inventory.recorded)],
          ['bundled', longest(words, at, language, inventory.bundled)],
          ['bank', longest(words, at, language, inventory.bank)],
        ] as const
      ).find(([, length]) => length > 0) ?? null;
    if (!found) {
      unspoken.push(words[at]!);
      at += 1;
      continue;
    }
    const [source, length] = found;
    const said = words.slice(at, at + length).join(' ');
    push({ kind: 'segment', key: keyOf(language, said), source, words: said });
    at += length;
  }
  push({ kind: 'gap', ms: 0 });
  return steps;
}

/** The steps that say one announcement. */
export function planAnnouncement(announcement: Announcement, inventory: SegmentInventory): PlayStep[] {
  const steps: PlayStep[] = [];
  for (const part of announcement.parts)
    for (const run of spokenRuns(part.text)) {
      if (steps.length) steps.push({ kind: 'gap', ms: PAUSE_GAP_MS });
      steps.push(...planRun(run, announcement.language, inventory));
    }
  return steps;
}

/** Every segment key a plan plays, e.g. to load them before the first call. */
export function segmentKeys(steps: readonly PlayStep[]): string[] {
  return steps.flatMap((s) => (s.kind === 'segment' ? [s.key] : []));
}

/** The words of an announcement that no segment covers, e.g. to tell setup what is still to record. */
export function uncoveredWords(steps: readonly PlayStep[]): string[] {
  return steps.flatMap((s) => (s.kind === 'speak' ? [s.words] : []));
}
