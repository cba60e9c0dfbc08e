import { describe, expect, it } from 'vitest';
import {
  announcementText,
  buildAnnouncement,
  buildAnnouncements,
  codeWords,
  pointWords,
  templateProblem,
  type CallFacts,
  type PhraseSettings,
} from '../../src/shared/announcement';
import { digitWords, nameWords, numberWords, spokenKey, spokenText } from '../../src/shared/spoken-words';
import { DEFAULT_VOICE_SETTINGS } from '../../src/shared/voice-settings';

const settings: PhraseSettings = DEFAULT_VOICE_SETTINGS;
const call = (over: Partial<CallFacts> = {}): CallFacts => ({
  displayCode: 'A012',
  recall: false,
  point: { nameVi: 'Quầy 3', nameEn: 'Counter 3' },
  zone: {
    nameVi: 'Khu hỗ trợ người cao tuổi',
    nameEn: 'Elderly assistance area',
    directionsVi: 'Tầng 1, bên trái lối vào',
    directionsEn: 'Ground floor, left of the entrance',
  },
  ...over,
});
const sentence = (c: CallFacts, s: PhraseSettings = settings, language: 'vi' | 'en' = 'vi') =>
  announcementText(buildAnnouncement(c, s, language));

describe('numbers in Vietnamese', () => {
  it.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [12, 'mười hai'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [114, 'một trăm mười bốn'],
    [999, 'chín trăm chín mươi chín'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [2024, 'hai nghìn không trăm hai mươi tư'],
  ])('reads %i as "%s"', (n, words) => expect(numberWords(n, 'vi')).toBe(words));

  it('reads digits one by one', () => expect(digitWords('012', 'vi')).toBe('không một hai'));
});

describe('numbers in English', () => {
  it.each([
    [0, 'zero'],
    [12, 'twelve'],
    [40, 'forty'],
    [42, 'forty two'],
    [105, 'one hundred five'],
    [1200, 'one thousand two hundred'],
  ])('reads %i as "%s"', (n, words) => expect(numberWords(n, 'en')).toBe(words));

  it('reads digits one by one', () => expect(digitWords('012', 'en')).toBe('zero one two'));
});

describe('queue numbers', () => {
  it('reads the letter the Vietnamese way and the number as a number', () => {
    expect(codeWords('A012', 'vi', 'number')).toBe('a mười hai');
    expect(codeWords('B105', 'vi', 'number')).toBe('bê một trăm linh năm');
    expect(codeWords('C003', 'vi', 'number')).toBe('xê ba');
    expect(codeWords('H020', 'vi', 'number')).toBe('hát hai mươi');
  });

  it('reads two-letter prefixes letter by letter and digits one by one when set', () => {
    expect(codeWords('HT007', 'vi', 'digits')).toBe('hát tê không không bảy');
    expect(codeWords('L010', 'vi', 'digits')).toBe('e lờ không một không');
  });

  it('reads English letter names', () => {
    expect(codeWords('A012', 'en', 'number')).toBe('ay twelve');
    expect(codeWords('HT007', 'en', 'digits')).toBe('aitch tee zero zero seven');
  });
});

describe('points, zones and names', () => {
  it('says a numbered counter as "quầy số …"', () => {
    expect(pointWords('Quầy 3', 'vi', [])).toBe('quầy số ba');
    expect(pointWords('Quầy số 12', 'vi', [])).toBe('quầy số mười hai');
    expect(pointWords('Counter 3', 'en', [])).toBe('counter three');
  });

  it('says a help desk by its name, with the center’s own pronunciations', () => {
    expect(pointWords('Bàn hỗ trợ người cao tuổi', 'vi', [])).toBe('bàn hỗ trợ người cao tuổi');
    expect(pointWords('Bàn hỗ trợ VNeID', 'vi', DEFAULT_VOICE_SETTINGS.pronunciations)).toBe(
      'bàn hỗ trợ vê en e ai đi',
    );
    expect(pointWords('VNeID help desk', 'en', DEFAULT_VOICE_SETTINGS.pronunciations)).toBe(
      'vee en ee eye dee help desk',
    );
  });

  it('spells acronyms and keeps pauses of directions', () => {
    expect(nameWords('Phòng TN & TKQ', 'vi')).toBe('phòng tê en nờ và tê ca quy');
    expect(nameWords('Tầng 2, bên phải', 'vi')).toBe('tầng hai, bên phải');
  });

  it('keys segments by their words, whatever the spacing, case or punctuation', () => {
    expect(spokenKey('Xin  mời, CÔNG dân')).toBe('xin mời công dân');
    expect(spokenText('Hộ tịch – Chứng thực')).toBe('hộ tịch, chứng thực');
  });
});

describe('the announcement', () => {
  it('says the default call as the center expects', () => {
    expect(sentence(call())).toBe('Xin mời công dân có số a mười hai đến quầy số ba');
    expect(buildAnnouncement(call(), settings, 'vi').parts).toEqual([
      { slot: 'words', text: 'xin mời công dân có số' },
      { slot: 'number', text: 'a mười hai' },
      { slot: 'words', text: 'đến' },
      { slot: 'point', text: 'quầy số ba' },
    ]);
  });

  it('says a recall with its own words', () => {
    expect(sentence(call({ recall: true }))).toBe('Xin mời lại số a mười hai đến quầy số ba');
    expect(sentence(call({ recall: true }), settings, 'en')).toBe(
      'Calling again, number ay twelve please go to counter three',
    );
  });

  it('adds directions when asked and the template has none', () => {
    const withDirections = { ...settings, sayDirections: true };
    const parts = buildAnnouncement(
      call({ point: { nameVi: 'Bàn hỗ trợ người cao tuổi', nameEn: 'x' } }),
      withDirections,
      'vi',
    ).parts;
    expect(parts.at(-1)).toEqual({ slot: 'directions', text: 'tầng một, bên trái lối vào' });
  });

  it('follows an edited template with the zone in it', () => {
    const edited = { ...settings, templates: { ...settings.templates, callVi: 'Mời số {number}, {zone}, {point}' } };
    expect(sentence(call(), edited)).toBe('Mời số a mười hai khu hỗ trợ người cao tuổi quầy số ba');
  });

  it('reads digit by digit when the center chooses it', () => {
    expect(sentence(call(), { ...settings, numberReading: 'digits' })).toBe(
      'Xin mời công dân có số a không một hai đến quầy số ba',
    );
  });

  it('speaks English after Vietnamese only when the center wants both', () => {
    expect(buildAnnouncements(call(), settings).map((a) => a.language)).toEqual(['vi']);
    const both = buildAnnouncements(call(), { ...settings, english: true });
    expect(both.map((a) => a.language)).toEqual(['vi', 'en']);
    expect(announcementText(both[1]!)).toBe('Number ay twelve please go to counter three');
  });

  it('leaves out a zone placeholder when the point has no zone', () => {
    const edited = { ...settings, templates: { ...settings.templates, callVi: 'Mời số {number} đến {point} {zone}' } };
    expect(sentence(call({ zone: null }), edited)).toBe('Mời số a mười hai đến quầy số ba');
  });
});

describe('templates', () => {
  it('accepts the defaults and refuses what cannot be said', () => {
    for (const template of Object.values(DEFAULT_VOICE_SETTINGS.templates))
      expect(templateProblem(template)).toBeNull();
    expect(templateProblem('Xin mời đến {point}')?.vi).toContain('{number}');
    expect(templateProblem('Mời số {so} đến {point}')?.en).toContain('{so}');
    expect(templateProblem('Mời số {number đến')?.vi).toContain('{');
  });
});
