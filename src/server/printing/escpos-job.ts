/**
 * The bytes of one print job. The maintained encoder (@point-of-sale/receipt-printer-encoder, see
 * docs/decisions/0004) writes the commands — initialise, ESC * strips for old printers, code pages, cut. The
 * GS v 0 raster of a ticket is packed here instead: the encoder's general image path (any input, resize, dither)
 * costs ~45 ms for an 80 mm ticket on the server's only thread; a `MonoImage`'s rows already are the raster's bytes.
 */
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { PrinterProfile } from '../../shared/domain';
import { monoToRgba, type MonoImage } from './mono-image';

/** A printer's receive buffer takes a raster command of at most this many rows (and nL/nH count to 65535). */
export const RASTER_BAND_ROWS = 255;

/** Lines fed after the ticket so its end clears the tear bar or reaches the cutter. */
const FEED_LINES = 4;

/** GS v 0 m xL xH yL yH d…: bands of at most 255 rows, so no printer's buffer overflows on a long ticket. */
export function packRasterBands(image: MonoImage): Uint8Array {
  const { rowBytes, height, bits } = image;
  const bands = Math.ceil(height / RASTER_BAND_ROWS);
  const out = new Uint8Array(bands * 8 + rowBytes * height);
  let at = 0;
  for (let top = 0; top < height; top += RASTER_BAND_ROWS) {
    const rows = Math.min(RASTER_BAND_ROWS, height - top);
    out.set([0x1d, 0x76, 0x30, 0x00, rowBytes & 0xff, rowBytes >> 8, rows & 0xff, rows >> 8], at);
    at += 8;
    // The picture's rows are already the raster's: eight dots a byte, the leftmost in the high bit.
    out.set(bits.subarray(top * rowBytes, (top + rows) * rowBytes), at);
    at += rows * rowBytes;
  }
  return out;
}

function encoderFor(profile: PrinterProfile) {
  return new ReceiptPrinterEncoder({
    language: 'esc-pos',
    // Font A is 12 dots wide: the columns that fill the paper.
    columns: Math.floor(profile.widthDots / 12),
    imageMode: profile.imageMode,
    feedBeforeCut: FEED_LINES,
  });
}

/** Feeds the ticket out, then cuts where the printer has a cutter. */
export function ejectCommands(profile: PrinterProfile): Uint8Array {
  const encoder = encoderFor(profile);
  return profile.cut === 'none' ? encoder.newline(FEED_LINES).encode() : encoder.cut(profile.cut).encode();
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The commands around a raster picture, the same for every job of a profile: made once per profile (a profile is
 * a constant of printer-profiles.ts, so its object is the key) rather than by two new encoders per ticket.
 */
const rasterFrames = new WeakMap<PrinterProfile, { init: Uint8Array; eject: Uint8Array }>();

function rasterFrame(profile: PrinterProfile) {
  let frame = rasterFrames.get(profile);
  if (!frame) {
    frame = { init: encoderFor(profile).initialize().encode(), eject: ejectCommands(profile) };
    rasterFrames.set(profile, frame);
  }
  return frame;
}

/** ESC @ (and FS . so Chinese-firmware printers leave double-byte mode), the picture, feed and cut. */
export function imageJob(image: MonoImage, profile: PrinterProfile): Uint8Array {
  if (profile.imageMode === 'raster') {
    const { init, eject } = rasterFrame(profile);
    return concatBytes([init, packRasterBands(image), eject]);
  }
  const init = encoderFor(profile).initialize().encode();
  const picture = encoderFor(profile)
    .image({ width: image.width, height: image.height, data: monoToRgba(image) }, image.width, image.height)
    .encode();
  return concatBytes([init, picture, ejectCommands(profile)]);
}
