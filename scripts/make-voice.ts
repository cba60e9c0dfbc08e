/**
 * `node --import tsx scripts/make-voice.ts`: the bundled voice in resources/voice, made offline and repeatable.
 *
 * Needs Debian's `espeak-ng` (its Vietnamese voice), `sox` and `opusenc` (opus-tools), and `hunspell-vi` for the
 * list of Vietnamese syllables: `apt-get install espeak-ng sox opus-tools hunspell-vi`.
 *
 * What it makes (docs/voice.md):
 * - phrases: the words of the default templates, letters, numbers 0–100, the default names of points and zones
 *   and their directions, each said whole (espeak's own flow inside a phrase), one Ogg Opus file each;
 * - the syllable bank: every Vietnamese syllable, packed ~100 to a file, so a name no phrase covers is still
 *   said in the same voice, offline;
 * - index.json: key (`vi:xin mời công dân có số`) → file, and the bank's index.
 * Each sound is trimmed of silence, given 5 ms fades (no clicks where segments join), set to one level
 * (peaks at -3 dBFS, the same gain for all, so no word is louder than its neighbour) and sampled at 24 kHz.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildAnnouncement, codeWords, pointWords, type CallFacts } from '../src/shared/announcement';
import {
  LETTERS,
  letterWords,
  nameWords,
  numberWords,
  spokenRuns,
  type VoiceLanguage,
} from '../src/shared/spoken-words';
import { DEFAULT_VOICE_SETTINGS } from '../src/shared/voice-settings';
import { DEFAULT_POINTS, DEFAULT_ZONES } from '../src/server/setup/defaults';

const run = promisify(execFile);
const OUT = join(import.meta.dirname, '../resources/voice');
const WORK = mkdtempSync(join(tmpdir(), 'luot-voice-'));
const DICTIONARY = '/usr/share/hunspell/vi_VN.dic';

/** espeak-ng voices and speeds: Northern Vietnamese (the broadcast standard), a little slower than espeak's 175
 * words a minute for elderly listeners; English in its British voice. */
const VOICES: Record<VoiceLanguage, string[]> = {
  vi: ['-v', 'vi', '-s', '145', '-p', '45'],
  en: ['-v', 'en-gb', '-s', '150', '-p', '45'],
};
const RATE = 24000;
const BANK_PER_FILE = 100;
/** Silence between two syllables in a bank file, so one never bleeds into the next through the codec. */
const BANK_SPACING_S = 0.05;

const VI_SYLLABLE = /^[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]+$/u;

function fileName(key: string): string {
  const ascii = key
    .slice(3)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  const hash = createHash('sha1').update(key).digest('hex').slice(0, 6);
  return `${ascii || 'x'}-${hash}.opus`;
}

/** One clean 24 kHz WAV of `words`: espeak, then trim, fades and the common gain. */
async function speak(language: VoiceLanguage, words: string, wav: string): Promise<void> {
  const raw = `${wav}.raw.wav`;
  await run('espeak-ng', [...VOICES[language], '-w', raw, words]);
  // espeak peaks near full scale: one fixed gain (-3 dB) keeps every segment at the same level without clipping.
  await run('sox', [
    raw,
    '-b',
    '16',
    wav,
    'highpass',
    '70',
    // Trims the start, and shortens every silence inside (espeak's pauses between words, long stop closures) to
    // 50 ms: a phrase then never holds a gap a listener hears as a break (< 80 ms, checked in tests/e2e/voice).
    ...['silence', '-l', '1', '0.005', '-48d', '-1', '0.05', '-40d'],
    // The end is trimmed and faded while the sound is reversed: sox cannot work on an end it does not know yet.
    ...['reverse', 'silence', '1', '0.005', '-48d', 'fade', 'h', '0.005'],
    ...['reverse', 'fade', 'h', '0.005'],
    ...['vol', '0.7', 'rate', '-v', String(RATE)],
  ]);
  rmSync(raw);
}

/** Phrases at 16 kbit/s; the bank, a fallback heard only for names nothing else covers, at 10 kbit/s
 * (~3 MB for all 6,600 syllables instead of ~7). Opus keeps espeak's voice clear at both. */
const PHRASE_KBPS = 16;
const BANK_KBPS = 10;

async function encode(wav: string, opus: string, kbps: number): Promise<void> {
  await run('opusenc', ['--quiet', '--bitrate', String(kbps), '--discard-comments', '--discard-pictures', wav, opus]);
}

async function lengthSeconds(wav: string): Promise<number> {
  const { stdout } = await run('soxi', ['-D', wav]);
  return Number(stdout.trim());
}

/** Runs `task` over `items`, two at a time (this machine has two cores). */
async function pool<T>(items: T[], task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all([worker(), worker()]);
}

/** Every phrase a default center says, in both languages. */
function phrases(): Map<string, { language: VoiceLanguage; words: string }> {
  const found = new Map<string, { language: VoiceLanguage; words: string }>();
  const add = (language: VoiceLanguage, text: string) => {
    for (const run of spokenRuns(text)) {
      const words = run.join(' ');
      found.set(`${language}:${words}`, { language, words });
    }
  };
  const settings = DEFAULT_VOICE_SETTINGS;
  for (const language of ['vi', 'en'] as const) {
    for (const letter of LETTERS) add(language, letterWords(letter, language));
    if (language === 'vi') add(language, letterWords('Đ', 'vi'));
    for (let n = 0; n <= 100; n++) add(language, numberWords(n, language));
    for (const word of language === 'vi' ? ['trăm', 'nghìn', 'linh', 'mốt', 'tư', 'lăm'] : ['hundred', 'thousand'])
      add(language, word);
    for (const point of DEFAULT_POINTS)
      add(language, pointWords(language === 'vi' ? point.nameVi : point.nameEn, language, settings.pronunciations));
    // A new counter's name still comes out as two phrases: "quầy số" + its number.
    for (const words of language === 'vi' ? ['quầy số', 'bàn số', 'bàn hỗ trợ số'] : ['counter', 'desk', 'help desk'])
      add(language, words);
    for (const zone of DEFAULT_ZONES) {
      const own = settings.pronunciations.filter((p) => p.language === language);
      add(language, nameWords(language === 'vi' ? zone.nameVi : zone.nameEn, language, own));
      add(language, nameWords(language === 'vi' ? zone.directionsVi : zone.directionsEn, language, own));
    }
    // The template's own words, for a call and a recall.
    const call: CallFacts = { displayCode: 'A1', recall: false, point: { nameVi: '', nameEn: '' }, zone: null };
    for (const recall of [false, true])
      for (const part of buildAnnouncement({ ...call, recall }, settings, language).parts)
        if (part.slot === 'words') add(language, part.text);
    add(language, codeWords('A', language, 'number'));
  }
  return found;
}

function bankSyllables(): string[] {
  const words = readFileSync(DICTIONARY, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]!.trim().normalize('NFC'))
    .filter((word) => VI_SYLLABLE.test(word));
  return [...new Set(words)].sort((a, b) => a.localeCompare(b, 'vi'));
}

async function makePhrases(): Promise<Record<string, string>> {
  const index: Record<string, string> = {};
  const list = [...phrases()].sort(([a], [b]) => a.localeCompare(b, 'vi'));
  await pool(list, async ([key, { language, words }], i) => {
    const wav = join(WORK, `p${i}.wav`);
    await speak(language, words, wav);
    const name = `${language}/${fileName(key)}`;
    await encode(wav, join(OUT, name), PHRASE_KBPS);
    index[key] = name;
  });
  console.log(`phrases: ${list.length}`);
  return Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b, 'vi')));
}

async function makeBank(): Promise<{ files: string[]; words: Record<string, [number, number, number]> }> {
  const syllables = bankSyllables();
  const lengths: number[] = new Array(syllables.length).fill(0);
  await pool(syllables, async (syllable, i) => {
    const wav = join(WORK, `s${i}.wav`);
    await speak('vi', syllable, wav);
    lengths[i] = await lengthSeconds(wav);
  });
  const gap = join(WORK, 'gap.wav');
  await run('sox', ['-n', '-r', String(RATE), '-b', '16', '-c', '1', gap, 'trim', '0', String(BANK_SPACING_S)]);
  const files: string[] = [];
  const words: Record<string, [number, number, number]> = {};
  for (let first = 0, file = 0; first < syllables.length; first += BANK_PER_FILE, file++) {
    const inputs: string[] = [];
    let at = BANK_SPACING_S;
    inputs.push(gap);
    for (let i = first; i < Math.min(first + BANK_PER_FILE, syllables.length); i++) {
      words[`vi:${syllables[i]}`] = [file, Number(at.toFixed(4)), Number(lengths[i]!.toFixed(4))];
      inputs.push(join(WORK, `s${i}.wav`), gap);
      at += lengths[i]! + BANK_SPACING_S;
    }
    const wav = join(WORK, `bank${file}.wav`);
    await run('sox', [...inputs, wav]);
    const name = `vi/bank/${String(file).padStart(2, '0')}.opus`;
    await encode(wav, join(OUT, name), BANK_KBPS);
    files.push(name);
  }
  console.log(`bank: ${syllables.length} syllables in ${files.length} files`);
  return { files, words };
}

try {
  // `--phrases-only` remakes the phrases and keeps the bank (12 minutes on two cores) as it is.
  const phrasesOnly = process.argv.includes('--phrases-only');
  if (phrasesOnly) {
    for (const language of ['vi', 'en'])
      for (const file of readdirSync(join(OUT, language)))
        if (file.endsWith('.opus')) rmSync(join(OUT, language, file));
  } else rmSync(OUT, { recursive: true, force: true });
  for (const dir of ['vi', 'en', 'vi/bank']) mkdirSync(join(OUT, dir), { recursive: true });
  const { stdout: version } = await run('espeak-ng', ['--version']);
  const segments = await makePhrases();
  if (!phrasesOnly) writeFileSync(join(OUT, 'vi/bank/index.json'), JSON.stringify(await makeBank()));
  const made = `espeak-ng ${version.trim().split(/\s+/)[3] ?? ''} (vi: ${VOICES.vi.join(' ')}; en: ${VOICES.en.join(' ')}), sox, opusenc ${PHRASE_KBPS}/${BANK_KBPS} kbit/s`;
  writeFileSync(join(OUT, 'index.json'), `${JSON.stringify({ made, segments }, null, 1)}\n`);
} finally {
  rmSync(WORK, { recursive: true, force: true });
}
