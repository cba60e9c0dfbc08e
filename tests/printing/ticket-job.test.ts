import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { PrinterProfileId } from '../../src/shared/domain';
import { imageJob, RASTER_BAND_ROWS } from '../../src/server/printing/escpos-job';
import { drawMono, monoFromContext, monoToPng } from '../../src/server/printing/mono-image';
import { canvasModule } from '../../src/server/printing/native-modules';
import { registerTicketFonts, TICKET_FONT_FAMILY } from '../../src/server/printing/ticket-fonts';
import { profileOf } from '../../src/server/printing/printer-profiles';
import { textJob, unprintableCharacters } from '../../src/server/printing/text-ticket';
import { renderTicket } from '../../src/server/printing/ticket-renderer';
import { printedImage, printedText, readEscPos } from './escpos-reader';
import { blackDotsInColumns, dotDifference, LONG_TICKET, readPng, readQr } from './ticket-images';

const GOLDEN = join(import.meta.dirname, 'golden');

describe('a ticket as ESC/POS raster', () => {
  it.each([
    ['generic-58', 384],
    ['generic-80', 576],
    ['epson-tm-t88', 512],
  ] as const)('prints %s at %i dots: initialise, bands of at most 255 rows, the same picture back', (id, width) => {
    const profile = profileOf(id);
    const image = renderTicket(LONG_TICKET, { profile, qr: true });
    const commands = readEscPos(imageJob(image, profile));

    expect(commands[0]).toEqual({ kind: 'init' });
    const bands = commands.filter((c) => c.kind === 'raster');
    expect(bands.length).toBeGreaterThan(1);
    for (const band of bands) {
      expect(band.widthDots).toBe(width);
      expect(band.rows).toBeLessThanOrEqual(RASTER_BAND_ROWS);
    }
    const back = printedImage(commands);
    expect(back.width).toBe(width);
    expect(dotDifference(back, image)).toBe(0);
    expect(readQr(back)).toBe(LONG_TICKET.reference);
  });

  it('cuts after the ticket on printers with a cutter, and only feeds on 58 mm tear-bar printers', () => {
    const cutAt = (id: PrinterProfileId) => {
      const commands = readEscPos(
        imageJob(renderTicket(LONG_TICKET, { profile: profileOf(id), qr: false }), profileOf(id)),
      );
      const lastRaster = commands.findLastIndex((c) => c.kind === 'raster');
      return { cut: commands.findIndex((c) => c.kind === 'cut'), lastRaster };
    };
    const eighty = cutAt('generic-80');
    expect(eighty.cut).toBeGreaterThan(eighty.lastRaster);
    expect(cutAt('generic-58').cut).toBe(-1);
  });

  it('sends ESC * strips of 24 dots to old printers without GS v 0, and they make the same picture', () => {
    const profile = profileOf('legacy-80-column');
    const image = renderTicket(LONG_TICKET, { profile, qr: true });
    const commands = readEscPos(imageJob(image, profile));
    expect(commands.some((c) => c.kind === 'raster')).toBe(false);
    const back = printedImage(commands);
    expect(back.width).toBe(576);
    // Strips pad the picture to a multiple of 24 rows with white.
    expect(
      dotDifference({ ...back, height: image.height, bits: back.bits.subarray(0, image.bits.length) }, image),
    ).toBe(0);
  });
});

describe('the ticket picture', () => {
  it.each([
    ['generic-80', 'ticket-80mm.png'],
    ['generic-58', 'ticket-58mm.png'],
  ] as const)('%s matches its golden image (fixed facts, bundled font)', async (id, file) => {
    const image = renderTicket(LONG_TICKET, { profile: profileOf(id), qr: true });
    const golden = join(GOLDEN, file);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
      if (process.env.UPDATE_GOLDEN !== '1')
        throw new Error(
          `no golden image ${golden}: run UPDATE_GOLDEN=1 npx vitest run tests/printing, then look at it`,
        );
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(golden, monoToPng(image));
    }
    const expected = await readPng(golden);
    expect(image.width).toBe(expected.width);
    expect(Math.abs(image.height - expected.height)).toBeLessThanOrEqual(2);
    // Anti-aliasing may move a dot at a glyph's edge between canvas builds; a changed layout moves thousands.
    expect(dotDifference(image, expected)).toBeLessThan(0.005);
  });

  it('is drawn in bands dot for dot as on one tall canvas: text, a QR-like grid and strokes across band edges', () => {
    registerTicketFonts();
    const [width, height] = [576, 700];
    const paint = (ctx: SKRSContext2D) => {
      ctx.fillStyle = '#000';
      ctx.font = `800 190px "${TICKET_FONT_FAMILY}"`;
      ctx.textAlign = 'center';
      ctx.fillText('Q127', width / 2, 200); // its tail crosses row 128's and 256's band edges
      ctx.font = `600 27px "${TICKET_FONT_FAMILY}"`;
      ctx.textAlign = 'left';
      for (let y = 250; y < height; y += 37) ctx.fillText('Tầng 2, rẽ phải – Quầy số 3, 4 · ỄẴỮỖỸ gjpqyỵ', 9.5, y);
      for (let i = 0; i < 60; i++) ctx.fillRect(20 + (i % 12) * 7, 110 + Math.floor(i / 12) * 7 + (i % 3), 7, 7);
      ctx.lineWidth = 2;
      ctx.strokeRect(300.5, 120, 40, 300);
      ctx.fillStyle = '#fff';
      ctx.fillText('trắng trên đen', 310, 256);
    };
    const banded = drawMono(width, height, (ctx) => paint(ctx));
    const tall = canvasModule().createCanvas(width, height).getContext('2d');
    tall.fillStyle = '#fff';
    tall.fillRect(0, 0, width, height);
    paint(tall);
    const expected = monoFromContext(tall, width, height);
    expect(blackDotsInColumns(expected, 0, width)).toBeGreaterThan(20_000);
    expect(dotDifference(banded, expected)).toBe(0);
    // The kept band canvas starts each picture from a fresh context's state, whatever the last one left.
    const defaults = (ctx: SKRSContext2D) => {
      ctx.strokeRect(10.5, 10.5, 200, 300);
      ctx.fillRect(300, 50, 100, 100);
    };
    const fresh = canvasModule().createCanvas(width, height).getContext('2d');
    fresh.fillStyle = '#fff';
    fresh.fillRect(0, 0, width, height);
    fresh.fillStyle = '#000';
    defaults(fresh);
    drawMono(width, height, (ctx) => {
      ctx.lineWidth = 9;
      ctx.fillStyle = '#fff';
      ctx.translate(5, 5);
    });
    expect(dotDifference(drawMono(width, height, defaults), monoFromContext(fresh, width, height))).toBe(0);
  });

  it('keeps long Vietnamese names inside the paper: no dot in the side margins', () => {
    for (const id of ['generic-58', 'generic-80', 'epson-tm-t82'] as const) {
      const profile = profileOf(id);
      const image = renderTicket(LONG_TICKET, { profile, qr: true });
      const margin = Math.round(profile.dpi / 25.4) - 1;
      expect(blackDotsInColumns(image, 0, margin), id).toBe(0);
      expect(blackDotsInColumns(image, image.width - margin, image.width), id).toBe(0);
    }
  });
});

describe('text mode', () => {
  const epson = profileOf('epson-tm-t88');

  it('prints in the TCVN-3 code pages when every character is in them', () => {
    const plain = {
      ...LONG_TICKET,
      serviceName: 'Hộ tịch – Chứng thực',
      priority: null,
      zoneName: 'Khu tiếp nhận hồ sơ',
    };
    expect(unprintableCharacters(plain)).toEqual([]);
    const commands = readEscPos(textJob(plain, epson, true)!);
    expect(commands[0]).toEqual({ kind: 'init' });
    expect(commands.filter((c) => c.kind === 'codePage').map((c) => c.kind === 'codePage' && c.page)).toContain(30);
    // "ố" of "Số thứ tự" is 0xE8 in TCVN-3: the code page, not a question mark.
    expect(printedText(commands)).toContain(0xe8);
    expect(printedText(commands).filter((b) => b === 0x3f)).toHaveLength(0);
    expect(commands.some((c) => c.kind === 'qr')).toBe(true);
  });

  it('gives up (so the ticket prints as a picture) when a character is missing from the code page', () => {
    expect(unprintableCharacters(LONG_TICKET)).toContain('Đ');
    expect(textJob(LONG_TICKET, epson, true)).toBeNull();
    expect(textJob(LONG_TICKET, profileOf('xprinter-xp80'), true)).toBeNull();
  });
});
