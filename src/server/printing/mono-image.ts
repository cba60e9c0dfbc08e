/**
 * A 1-bit picture: what a thermal head prints, dot for dot. The preview PNG and the ESC/POS raster are made from
 * the same dots, so what setup shows is exactly what comes out of the printer.
 */
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { canvasModule } from './native-modules';

export interface MonoImage {
  width: number;
  height: number;
  /** One byte per dot, row by row: 1 = black (burnt), 0 = white. */
  dots: Uint8Array;
}

/** Anti-aliased grey edges become black from half grey on: strokes keep their weight on a 203 dpi head. */
export function monoFromContext(ctx: SKRSContext2D, width: number, height: number, threshold = 128): MonoImage {
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const dots = new Uint8Array(width * height);
  // The ticket is drawn only in black and white on an opaque white canvas, so every pixel is a grey: its red
  // byte alone tells how dark it is. Read a pixel at a time (red is the low byte on a little-endian machine,
  // as every PC and ARM box Lượt runs on is).
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, dots.length);
  for (let i = 0; i < dots.length; i++) dots[i] = (pixels[i]! & 0xff) < threshold ? 1 : 0;
  return { width, height, dots };
}

/**
 * The dots of a canvas painted opaque all over — the ticket: white first, then only black and white — from the
 * pixels it stores. Those are premultiplied, which for an opaque pixel is its colour as it is, so they are the
 * very bytes `getImageData` gives; reading them skips its unpremultiplying copy, about half the CPU of reading a
 * ticket back (issue 25). Not for a canvas that may hold transparent pixels: use `monoFromContext`.
 */
export function monoFromOpaqueCanvas(canvas: Canvas, threshold = 128): MonoImage {
  const { width, height } = canvas;
  const rgba = canvas.data();
  const dots = new Uint8Array(width * height);
  if (rgba.length !== dots.length * 4) throw new Error(`expected 8-bit RGBA pixels, got ${rgba.length} bytes`);
  if (rgba.byteOffset % 4 === 0) {
    const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, dots.length);
    for (let i = 0; i < dots.length; i++) dots[i] = (pixels[i]! & 0xff) < threshold ? 1 : 0;
  } else for (let i = 0; i < dots.length; i++) dots[i] = rgba[i * 4]! < threshold ? 1 : 0;
  return { width, height, dots };
}

/** RGBA pixels (black on white) of the image, in the form canvas and the ESC/POS encoder take. */
export function monoToRgba(image: MonoImage): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0, p = 0; i < image.dots.length; i++, p += 4) {
    const v = image.dots[i] ? 0 : 255;
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
