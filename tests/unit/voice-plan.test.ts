import { describe, expect, it } from 'vitest';
import { buildAnnouncement } from '../../src/shared/announcement';
import { DEFAULT_VOICE_SETTINGS } from '../../src/shared/voice-settings';
import {
  PAUSE_GAP_MS,
  planAnnouncement,
  uncoveredWords,
  WORD_GAP_MS,
  type PlayStep,
  type SegmentInventory,
} from '../../src/shared/voice-plan';
import { recordingScript } from '../../src/shared/voice-script';

const keys = (...words: string[]) => new Set(words.map((w) => `vi:${w}`));
const inventory = (over: Partial<SegmentInventory> = {}): SegmentInventory => ({
  recorded: new Set(),
  bundled: keys('xin mời công dân có số', 'a', 'mười hai', 'đến', 'quầy số', 'ba', 'quầy số ba'),
  bank: keys('phòng', 'tiếp', 'dân', 'mười', 'hai'),
  ...over,
});
const call = (pointName: string) =>
  buildAnnouncement(
    { displayCode: 'A012', recall: false, point: { nameVi: pointName, nameEn: '' }, zone: null },
    DEFAULT_VOICE_SETTINGS,
    'vi',
  );
const said = (steps: PlayStep[]) =>
  steps.flatMap((s) =>
    s.kind === 'segment' ? [`${s.words}/${s.source}`] : s.kind === 'speak' ? [`${s.words}/speech`] : [],
  );

describe('which sound says each word', () => {
  it('takes whole bundled phrases for the default call', () => {
    expect(said(planAnnouncement(call('Quầy 3'), inventory()))).toEqual([
      'xin mời công dân có số/bundled',
      'a/bundled',
      'mười hai/bundled',
      'đến/bundled',
      'quầy số ba/bundled',
    ]);
  });

  it("prefers the center's recordings, even shorter ones, and fills the rest from the bundled voice", () => {
    const steps = planAnnouncement(call('Quầy 3'), inventory({ recorded: keys('quầy số', 'đến') }));
    expect(said(steps)).toEqual([
      'xin mời công dân có số/bundled',
      'a/bundled',
      'mười hai/bundled',
      'đến/recorded',
      'quầy số/recorded',
      'ba/bundled',
    ]);
  });

  it('says a name no phrase covers syllable by syllable from the bank, and only what nothing covers by synthesizer', () => {
    const steps = planAnnouncement(call('Phòng tiếp dân ABC'), inventory());
    expect(said(steps).slice(4)).toEqual(['phòng/bank', 'tiếp/bank', 'dân/bank', 'a/bundled', 'bê xê/speech']);
    expect(uncoveredWords(steps)).toEqual(['bê xê']);
  });

  it('never leaves more than a short pause inside a sentence', () => {
    const steps = planAnnouncement(call('Quầy 3'), inventory());
    const gaps = steps.flatMap((s) => (s.kind === 'gap' ? [s.ms] : []));
    expect(Math.max(...gaps)).toBe(PAUSE_GAP_MS);
    expect(PAUSE_GAP_MS).toBeLessThan(80);
    expect(WORD_GAP_MS).toBeLessThan(PAUSE_GAP_MS);
    // Sounds and gaps alternate: never two sounds at once, never two gaps in a row.
    steps.forEach((s, i) => i > 0 && expect(s.kind === 'gap').not.toBe(steps[i - 1]!.kind === 'gap'));
  });
});

describe("the center's recording script", () => {
  it('lists the sentence words, the letters of its services, number words, each point and zone, once each', () => {
    const script = recordingScript(
      {
        services: [
          { prefix: 'A', active: true },
          { prefix: 'HT', active: true },
          { prefix: 'Z', active: false },
        ],
        points: [
          { nameVi: 'Quầy 1', nameEn: 'Counter 1', active: true },
          { nameVi: 'Bàn hỗ trợ VNeID', nameEn: 'VNeID desk', active: true },
        ],
        zones: [
          { nameVi: 'Khu hỗ trợ người cao tuổi', nameEn: 'x', directionsVi: 'Tầng 1, bên trái', directionsEn: 'x' },
        ],
      },
      { ...DEFAULT_VOICE_SETTINGS, sayDirections: true },
      'vi',
    );
    const by = (group: string) => script.filter((l) => l.group === group).map((l) => l.words);
    expect(by('template')).toEqual(['xin mời công dân có số', 'đến', 'xin mời lại số']);
    expect(by('letters')).toEqual(['a', 'hát', 'tê']);
    expect(by('numbers')).toContain('mười');
    expect(by('points')).toEqual(['quầy số một', 'bàn hỗ trợ vê en e ai đi']);
    expect(by('zones')).toEqual(['khu hỗ trợ người cao tuổi', 'tầng một', 'bên trái']);
    expect(new Set(script.map((l) => l.key)).size).toBe(script.length);
  });
});
