/**
 * A 1-bit picture: what a thermal head prints, dot for dot. The preview PNG and the ESC/POS raster are made from
 * the same dots, so what setup shows is exactly what comes out of the printer.
 */
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { canvasModule } from './native-modules';

export interface MonoImage {
  width: number;
  height: number;
  /** Bytes a row: eight dots each, the last one padded with white. */
  rowBytes: number;
  /**
   * The dots, eight to a byte with the leftmost in the high bit, row after row; 1 = black (burnt). The very rows of
   * an ESC/POS raster (GS v 0): a ticket goes to the printer as it was read from the canvas (issue 25), and the
   * picture is an eighth of a byte-per-dot one (72 KB for a long 80 mm ticket, not 650 KB).
   */
  bits: Uint8Array;
}

export function blankMono(width: number, height: number): MonoImage {
  const rowBytes = Math.ceil(width / 8);
  return { width, height, rowBytes, bits: new Uint8Array(rowBytes * height) };
}

export function isBlack(image: MonoImage, x: number, y: number): boolean {
  return ((image.bits[y * image.rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1) === 1;
}

/**
 * Rows of grey pixels (RGBA, one 32-bit word a pixel, red in the low byte as on every little-endian PC and ARM box
 * Lượt runs on) into the image's rows from `firstRow` on. Anti-aliased grey edges become black from half grey on
 * (red < 128, i.e. its high bit clear): strokes keep their weight on a 203 dpi head. The ticket is drawn only in
 * black and white, so every pixel is a grey and its red byte alone tells how dark it is.
 */
function packGreyRows(pixels: Uint32Array, rows: number, image: MonoImage, firstRow: number): void {
  const { width, rowBytes, bits } = image;
  const whole = width >> 3;
  for (let y = 0; y < rows; y++) {
    let p = y * width;
    let at = (firstRow + y) * rowBytes;
    // Eight pixels to a byte, each its red byte's high bit; inverted (dark = 1) as the byte is stored.
    for (let byte = 0; byte < whole; byte++, p += 8)
      bits[at++] = ~(
        (pixels[p]! & 0x80) |
        ((pixels[p + 1]! & 0x80) >> 1) |
        ((pixels[p + 2]! & 0x80) >> 2) |
        ((pixels[p + 3]! & 0x80) >> 3) |
        ((pixels[p + 4]! & 0x80) >> 4) |
        ((pixels[p + 5]! & 0x80) >> 5) |
        ((pixels[p + 6]! & 0x80) >> 6) |
        ((pixels[p + 7]! & 0x80) >> 7)
      );
    if (whole < rowBytes) {
      let last = 0;
      for (let x = whole * 8; x < width; x++, p++) if (!(pixels[p]! & 0x80)) last |= 0x80 >> (x & 7);
      bits[at] = last;
    }
  }
}

/** RGBA bytes as 32-bit pixels, copied only when they do not start on a 4-byte boundary. */
function pixelWords(rgba: Uint8Array | Uint8ClampedArray, count: number): Uint32Array {
  if (rgba.length < count * 4) throw new Error(`expected 8-bit RGBA pixels, got ${rgba.length} bytes`);
  if (rgba.byteOffset % 4 === 0) return new Uint32Array(rgba.buffer, rgba.byteOffset, count);
  return new Uint32Array(Uint8Array.from(rgba.subarray(0, count * 4)).buffer);
}

/** The dots of any context (a PNG read back, a picture with transparent pixels), through `getImageData`. */
export function monoFromContext(ctx: SKRSContext2D, width: number, height: number): MonoImage {
  const image = blankMono(width, height);
  packGreyRows(pixelWords(ctx.getImageData(0, 0, width, height).data, width * height), height, image, 0);
  return image;
}

/** Rows drawn and read at a time: 295 KB of pixels at 576 dots, however long the ticket. */
const BAND_ROWS = 128;

/** One band canvas per paper width, kept for the process: a host draws every ticket on one printer's width. */
const bandCanvases = new Map<number, Canvas>();

/**
 * Draws a picture of `width` × `height` dots by calling `draw` once per band of rows, on a kept canvas of
 * `BAND_ROWS` rows, and reads the dots band by band. `draw` draws everything as on one tall canvas, `ctx` being
 * shifted up by `top`; whatever falls outside `[top, bottom)` is clipped away.
 *
 * Why bands on a kept canvas (issue 25): a whole ticket on a canvas of its own made two fresh 2.6 MB blocks per
 * ticket (the canvas's pixels and the copy `canvas.data()` returns), and on the bench machine most of a ticket's
 * time was the kernel handing out and zeroing that fresh memory (2 MB pages at a time), and the collections the
 * copies caused; bands reuse one small canvas, and read 2.6 MB back in copies a tenth that size.
 *
 * The dots are the same as drawing on one tall canvas: every band is painted white all over first, the shift is
 * a whole number of rows (anti-aliasing sees the same sub-pixel positions), and `draw` runs inside
 * `save`/`restore`, so each band — and each ticket — starts from a fresh context's state (a font, a fill or a
 * line width left by the last block of the previous ticket cannot leak into the next). Opaque pixels are stored
 * premultiplied as their plain colour, so `canvas.data()` gives what `getImageData` would, without its
 * unpremultiplying copy.
 */
export function drawMono(
  width: number,
  height: number,
  draw: (ctx: SKRSContext2D, top: number, bottom: number) => void,
): MonoImage {
  let canvas = bandCanvases.get(width);
  if (!canvas) bandCanvases.set(width, (canvas = canvasModule().createCanvas(width, BAND_ROWS)));
  const ctx = canvas.getContext('2d');
  const image = blankMono(width, height);
  for (let top = 0; top < height; top += BAND_ROWS) {
    ctx.save();
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, BAND_ROWS);
    ctx.restore();
    ctx.save();
    ctx.translate(0, -top);
    draw(ctx, top, top + BAND_ROWS);
    ctx.restore();
    const rows = Math.min(BAND_ROWS, height - top);
    packGreyRows(pixelWords(canvas.data(), width * rows), rows, image, top);
  }
  return image;
}

/** RGBA pixels (black on white) of the image, in the form canvas and the ESC/POS encoder take. */
export function monoToRgba(image: MonoImage): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let y = 0, p = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++, p += 4) {
      const v = isBlack(image, x, y) ? 0 : 255;
      rgba[p] = v;
      rgba[p + 1] = v;
      rgba[p + 2] = v;
      rgba[p + 3] = 255;
    }
  return rgba;
}

export function monoToPng(image: MonoImage): Buffer {
  const { createCanvas, ImageData } = canvasModule();
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').putImageData(new ImageData(monoToRgba(image), image.width, image.height), 0, 0);
  return canvas.encodeSync('png');
}
