/**
 * A ticket a 67-year-old can read: "Trước bạn" and the wait in large letters (measured on the printed picture by
 * OCR word boxes), and no Vietnamese word cut across two lines ("hỗ / trợ") on 58 or 80 mm paper.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { imageJob } from '../../src/server/printing/escpos-job';
import { monoToPng } from '../../src/server/printing/mono-image';
import { profileOf } from '../../src/server/printing/printer-profiles';
import { registerTicketFonts } from '../../src/server/printing/ticket-fonts';
import { Layout } from '../../src/server/printing/ticket-layout';
import { renderTicket } from '../../src/server/printing/ticket-renderer';
import { keepWordsTogether } from '../../src/server/printing/vietnamese-words';
import { DEFAULT_SERVICES, DEFAULT_ZONES } from '../../src/server/setup/defaults';
import type { PrinterProfileId } from '../../src/shared/domain';
import { needTools, TESSERACT_VIE } from '../helpers/tools';
import { printedImage, readEscPos } from './escpos-reader';
import { LONG_TICKET } from './ticket-images';

const dir = mkdtempSync(join(tmpdir(), 'luot-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Tesseract's word boxes: text and height in dots. */
function wordBoxes(png: Buffer): { text: string; height: number }[] {
  const file = join(dir, `ticket-${Math.random().toString(36).slice(2)}.png`);
  writeFileSync(file, png);
  const run = spawnSync('tesseract', [file, 'stdout', '-l', 'vie', 'tsv'], { encoding: 'utf8' });
  if (run.error || run.status !== 0)
    throw new Error(`OCR needs tesseract-ocr-vie (.ci/run installs it). ${run.error?.message ?? run.stderr}`);
  return run.stdout
    .split('\n')
    .slice(1)
    .map((row) => row.split('\t'))
    .filter((cols) => cols.length === 12 && cols[11]!.trim())
    .map((cols) => ({ text: cols[11]!.normalize('NFC'), height: Number(cols[9]) }));
}

describe('the people ahead and the wait, as printed', () => {
  beforeEach((context) => needTools(context, TESSERACT_VIE));
  it.each(['generic-58', 'generic-80', 'epson-tm-t88'] as const)(
    'are large on %s: capitals and marks at least 3.5 mm tall',
    (profileId: PrinterProfileId) => {
      const profile = profileOf(profileId);
      const printed = printedImage(readEscPos(imageJob(renderTicket(LONG_TICKET, { profile, qr: true }), profile)));
      const words = wordBoxes(monoToPng(printed));
      const dotsPerMm = profile.dpi / 25.4;
      for (const word of ['Trước', 'Chờ']) {
        const box = words.find((w) => w.text.startsWith(word));
        expect(box, `"${word}" read back: ${words.map((w) => w.text).join(' ')}`).toBeDefined();
        expect(box!.height / dotsPerMm).toBeGreaterThanOrEqual(3.5);
      }
    },
  );
});

describe('a reprinted ticket', () => {
  beforeEach((context) => needTools(context, TESSERACT_VIE));
  it('says it is a reprint, so two copies of one number are not taken for a mistake', () => {
    const profile = profileOf('generic-80');
    const image = renderTicket({ ...LONG_TICKET, reprint: true }, { profile, qr: true });
    const words = wordBoxes(monoToPng(image)).map((w) => w.text);
    // OCR may read the small "in" as "ín": the words around it are what it cannot invent.
    expect(words.join(' ')).toMatch(/\(Phiếu \S{2} lại\)/);
    const plain = wordBoxes(monoToPng(renderTicket(LONG_TICKET, { profile, qr: true }))).map((w) => w.text);
    expect(plain.join(' ')).not.toMatch(/Phiếu \S{2} lại/);
  });
});

/** Words of the default setup and the long ticket that must stay whole. */
const WHOLE = ['hỗ trợ', 'dịch vụ', 'trực tuyến', 'cao tuổi', 'chứng nhận', 'cấp đổi', 'tiếp nhận', 'hồ sơ'];
WHOLE.push('kết quả', 'hành chính', 'phục vụ', 'sử dụng', 'Nguyễn Trãi', 'khuyết tật', 'chứng thực', 'hộ tịch');
WHOLE.push('xây dựng', 'đất đai', 'lao động', 'chính sách', 'xã hội', 'kinh doanh', 'đầu tư', 'biến động');

/** Every line a ticket prints in words, at the size it prints them. */
const LINES: [string, number, 600 | 800][] = [
  ...DEFAULT_SERVICES.map((s): [string, number, 800] => [s.nameVi, 4, 800]),
  ...DEFAULT_ZONES.map((z): [string, number, 600] => [`Mời đến: ${z.nameVi}`, 3.2, 600]),
  ...DEFAULT_ZONES.map((z): [string, number, 600] => [z.directionsVi, 3.2, 600]),
  [LONG_TICKET.serviceName, 4, 800],
  [LONG_TICKET.centerName, 3.2, 800],
  [`Mời đến: ${LONG_TICKET.zoneName}`, 3.2, 600],
  ['Bàn hỗ trợ người cao tuổi, Bàn hỗ trợ VNeID', 3.8, 800],
  ['Trung tâm Phục vụ hành chính công xã', 3.2, 800],
];

describe('wrapping Vietnamese on the ticket', () => {
  it.each(['generic-58', 'generic-80', 'epson-tm-t88'] as const)(
    'never breaks a word across two lines on %s',
    (profileId: PrinterProfileId) => {
      registerTicketFonts();
      const layout = new Layout(profileOf(profileId));
      const broken: string[] = [];
      for (const [text, mm, weight] of LINES) {
        const lines = layout.wrap(text, layout.font(mm, weight), layout.inner);
        for (let i = 1; i < lines.length; i++) {
          const seam = `${lines[i - 1]!.split(/[ \u00a0]/).at(-1)} ${lines[i]!.split(/[ \u00a0]/)[0]}`;
          if (WHOLE.some((w) => seam.toLocaleLowerCase('vi') === w.toLocaleLowerCase('vi')))
            broken.push(`${lines[i - 1]} / ${lines[i]}`);
        }
      }
      expect(broken).toEqual([]);
    },
  );

  it('keeps known words, names and counted numbers together, and breaks at punctuation', () => {
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    expect(keepWordsTogether('Khu hỗ trợ VNeID & dịch vụ công trực tuyến')).toBe(
      `Khu ${nb('hỗ trợ')} VNeID & ${nb('dịch vụ')} công ${nb('trực tuyến')}`,
    );
    expect(keepWordsTogether('Trung tâm phường Nguyễn Trãi')).toBe(`${nb('Trung tâm')} phường ${nb('Nguyễn Trãi')}`);
    expect(keepWordsTogether('Quầy số 3, 4 – Tầng 2, bên phải')).toBe(
      `Quầy ${nb('số 3,')} 4 – ${nb('Tầng 2,')} ${nb('bên phải')}`,
    );
    expect(keepWordsTogether('ƯU TIÊN: NGƯỜI KHUYẾT TẬT')).toBe(`${nb('ƯU TIÊN:')} ${nb('NGƯỜI KHUYẾT TẬT')}`);
    // A word does not run across a comma.
    expect(keepWordsTogether('sử dụng, đất ở')).toBe(`${nb('sử dụng,')} ${nb('đất ở')}`);
  });
});
