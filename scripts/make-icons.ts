/**
 * Draws the app's icons from resources/icons/icon.svg: icon.png (512 px, Linux and windows), icon.ico (Windows:
 * 16–256 px, PNG-compressed entries) and the tray's two states at 16 and 32 px. Run after changing the SVG:
 * `npx tsx scripts/make-icons.ts`; the outputs are committed, so builds need no drawing.
 */
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ICONS = fileURLToPath(new URL('../resources/icons/', import.meta.url));
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

function draw(svg: Image, size: number, problem = false): Buffer {
  const canvas = createCanvas(size, size);
  const context = canvas.getContext('2d');
  // A host whose core stopped, or a station that cannot reach its host: greyed out, with a red dot.
  if (problem) context.filter = 'grayscale(1) opacity(0.75)';
  context.drawImage(svg, 0, 0, size, size);
  context.filter = 'none';
  if (problem) {
    context.fillStyle = '#d92d20';
    context.beginPath();
    context.arc(size * 0.74, size * 0.74, size * 0.26, 0, 2 * Math.PI);
    context.fill();
  }
  return canvas.toBuffer('image/png');
}

/** An ICO of PNG images: a 6-byte header, a 16-byte entry per image, then the images. */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // 0 means 256
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const svg = await loadImage(readFileSync(`${ICONS}icon.svg`));
writeFileSync(`${ICONS}icon.png`, draw(svg, 512));
writeFileSync(`${ICONS}icon.ico`, ico(ICO_SIZES.map((size) => ({ size, png: draw(svg, size) }))));
for (const [name, problem] of [
  ['tray-working', false],
  ['tray-problem', true],
] as const) {
  writeFileSync(`${ICONS}${name}.png`, draw(svg, 16, problem));
  writeFileSync(`${ICONS}${name}@2x.png`, draw(svg, 32, problem));
}
console.log(`icons written to ${ICONS}`);
