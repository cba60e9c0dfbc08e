/**
 * A small ESC/POS reader for tests: turns the bytes a printer would receive back into commands and the picture
 * it would print (GS v 0 bands and ESC * strips stacked as they feed). It reads a stream in pieces, so the fake
 * printer can use it to answer DLE EOT without mistaking raster data for a command.
 */
import { blankMono, type MonoImage } from '../../src/server/printing/mono-image';

export type Command =
  | { kind: 'init' }
  | { kind: 'raster'; widthDots: number; rows: number; data: Uint8Array }
  | { kind: 'column'; widthDots: number; data: Uint8Array }
  | { kind: 'cut'; mode: number }
  | { kind: 'statusQuery'; n: number }
  | { kind: 'codePage'; page: number }
  | { kind: 'qr'; fn: number; data: Uint8Array }
  | { kind: 'other'; bytes: number[] }
  | { kind: 'text'; byte: number };

/** Fixed-length commands: prefix bytes → total length. */
const FIXED: [number[], number][] = [
  [[0x1b, 0x40], 2],
  [[0x1c, 0x2e], 2],
  [[0x1b, 0x4d], 3],
  [[0x1b, 0x74], 3],
  [[0x1b, 0x61], 3],
  [[0x1b, 0x45], 3],
  [[0x1b, 0x4a], 3],
  [[0x1b, 0x33], 3],
  [[0x1b, 0x32], 2],
  [[0x1d, 0x21], 3],
  [[0x1d, 0x50], 4],
  [[0x10, 0x04], 3],
];

export class EscPosReader {
  readonly commands: Command[] = [];
  private buffer: number[] = [];

  constructor(private readonly onCommand: (command: Command) => void = () => undefined) {}

  push(bytes: Uint8Array): void {
    for (const b of bytes) this.buffer.push(b);
    for (let used = this.next(); used > 0; used = this.next()) this.buffer.splice(0, used);
  }

  /** Length of the complete command at the head of the buffer (0 = need more bytes). */
  private next(): number {
    const b = this.buffer;
    if (b.length === 0) return 0;
    const [a, c] = [b[0]!, b[1]];
    if (a === 0x1d && c === 0x76) {
      if (b.length < 8) return 0;
      const bytesPerRow = b[4]! | (b[5]! << 8);
      const rows = b[6]! | (b[7]! << 8);
      const total = 8 + bytesPerRow * rows;
      if (b.length < total) return 0;
      return this.emit(
        { kind: 'raster', widthDots: bytesPerRow * 8, rows, data: Uint8Array.from(b.slice(8, total)) },
        total,
      );
    }
    if (a === 0x1b && c === 0x2a) {
      if (b.length < 5) return 0;
      const width = b[3]! | (b[4]! << 8);
      const total = 5 + width * (b[2]! >= 32 ? 3 : 1);
      if (b.length < total) return 0;
      return this.emit({ kind: 'column', widthDots: width, data: Uint8Array.from(b.slice(5, total)) }, total);
    }
    if (a === 0x1d && c === 0x28 && b[2] === 0x6b) {
      if (b.length < 5) return 0;
      const total = 5 + (b[3]! | (b[4]! << 8));
      if (b.length < total) return 0;
      return this.emit({ kind: 'qr', fn: b[6] ?? 0, data: Uint8Array.from(b.slice(8, total)) }, total);
    }
    if (a === 0x1d && c === 0x56) {
      const length = b[2] === 0x41 || b[2] === 0x42 ? 4 : 3;
      if (b.length < length) return 0;
      return this.emit({ kind: 'cut', mode: b[2]! }, length);
    }
    for (const [prefix, length] of FIXED) {
      if (a !== prefix[0]) continue;
      if (c === undefined) return 0;
      if (c !== prefix[1]) continue;
      if (b.length < length) return 0;
      const bytes = b.slice(0, length);
      if (a === 0x1b && c === 0x40) return this.emit({ kind: 'init' }, length);
      if (a === 0x10) return this.emit({ kind: 'statusQuery', n: bytes[2]! }, length);
      if (a === 0x1b && c === 0x74) return this.emit({ kind: 'codePage', page: bytes[2]! }, length);
      return this.emit({ kind: 'other', bytes }, length);
    }
    if ((a === 0x1b || a === 0x1d || a === 0x1c || a === 0x10) && c === undefined) return 0;
    return this.emit({ kind: 'text', byte: a }, 1);
  }

  private emit(command: Command, length: number): number {
    this.commands.push(command);
    this.onCommand(command);
    return length;
  }
}

export function readEscPos(bytes: Uint8Array): Command[] {
  const reader = new EscPosReader();
  reader.push(bytes);
  return reader.commands;
}

/** The printed picture: raster bands and 24-dot column strips, stacked in the order they feed the paper. */
export function printedImage(commands: Command[]): MonoImage {
  const rows: Uint8Array[] = [];
  let width = 0;
  for (const command of commands) {
    if (command.kind === 'raster') {
      width = Math.max(width, command.widthDots);
      const bytesPerRow = command.widthDots / 8;
      // A raster row is eight dots a byte, the leftmost in the high bit: a picture's row as it is.
      for (let y = 0; y < command.rows; y++) rows.push(command.data.slice(y * bytesPerRow, (y + 1) * bytesPerRow));
    } else if (command.kind === 'column') {
      width = Math.max(width, command.widthDots);
      const strip = Array.from({ length: 24 }, () => new Uint8Array(Math.ceil(command.widthDots / 8)));
      for (let x = 0; x < command.widthDots; x++)
        for (let y = 0; y < 24; y++)
          if ((command.data[x * 3 + (y >> 3)]! >> (7 - (y & 7))) & 1) strip[y]![x >> 3]! |= 0x80 >> (x & 7);
      rows.push(...strip);
    }
  }
  const image = blankMono(width, rows.length);
  rows.forEach((row, y) => image.bits.set(row, y * image.rowBytes));
  return image;
}

/** The text bytes of a stream (what text mode prints), for checking code-page output. */
export function printedText(commands: Command[]): number[] {
  return commands.flatMap((c) => (c.kind === 'text' ? [c.byte] : []));
}
