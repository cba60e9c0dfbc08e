/**
 * Reading a printed ticket back as a person would: tesseract (Vietnamese) on the dots that went to the printer.
 * OCR reads an en dash as a hyphen and breaks lines where the ticket wraps, so words are compared, not layout, and
 * a mark or two may be misread (closestMatch).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monoToPng, type MonoImage } from '../../src/server/printing/mono-image';

/** The printed words, NFC, dashes as hyphens, one space between words. */
export function ocrText(image: MonoImage): string {
  const dir = mkdtempSync(join(tmpdir(), 'luot-ocr-'));
  try {
    const file = join(dir, 'ticket.png');
    writeFileSync(file, monoToPng(image));
    const run = spawnSync('tesseract', [file, 'stdout', '-l', 'vie'], { encoding: 'utf8' });
    if (run.error || run.status !== 0)
      throw new Error(
        `OCR needs tesseract with Vietnamese: apt-get install tesseract-ocr tesseract-ocr-vie (.ci/run installs them). ${run.error?.message ?? run.stderr}`,
      );
    return run.stdout.normalize('NFC').replace(/[–—]/g, '-').replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fewest single-character edits that turn `needle` into some stretch of `text` (Sellers' approximate match). */
export function closestMatch(text: string, needle: string): number {
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= needle.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const same = needle[i - 1] === text[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + same);
    }
    previous = current;
  }
  return Math.min(...previous);
}
