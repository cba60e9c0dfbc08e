/**
 * Reads printed tickets back with OCR (Debian's tesseract-ocr-vie): the bytes the printer received, decoded to a
 * picture, must say "Số thứ tự" and the service name with every diacritic. Fails (never skips) without tesseract.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monoToPng, type MonoImage } from '../../src/server/printing/mono-image';
import type { PrinterProfileId } from '../../src/shared/domain';
import { testServer, type TestServer } from '../helpers/server';
import { printedImage, readEscPos } from './escpos-reader';
import { startFakePrinter, type FakePrinter } from './fake-printer';

const dir = mkdtempSync(join(tmpdir(), 'luot-ocr-'));
let server: TestServer;
let printer: FakePrinter;

function ocr(image: MonoImage): string {
  const file = join(dir, `ticket-${image.width}.png`);
  writeFileSync(file, monoToPng(image));
  const run = spawnSync('tesseract', [file, 'stdout', '-l', 'vie'], { encoding: 'utf8' });
  if (run.error || run.status !== 0)
    throw new Error(
      `OCR needs tesseract with Vietnamese: apt-get install tesseract-ocr tesseract-ocr-vie (.ci/run installs them). ${run.error?.message ?? run.stderr}`,
    );
  // OCR reads an en dash as a hyphen and breaks lines where the ticket wraps: compare words, not layout.
  return run.stdout.normalize('NFC').replace(/[–—]/g, '-').replace(/\s+/g, ' ');
}

/** Fewest single-character edits that turn `needle` into some stretch of `text` (Sellers' approximate match). */
function closestMatch(text: string, needle: string): number {
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

beforeAll(async () => {
  server = await testServer();
  printer = await startFakePrinter();
});

afterAll(async () => {
  await server.close();
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a printed ticket read back by OCR', () => {
  it.each(['generic-80', 'generic-58'] as const)(
    'says "Số thứ tự" and the service name on %s',
    async (profileId: PrinterProfileId) => {
      await server.api('/api/printer', {
        method: 'PATCH',
        body: { profileId, connection: { kind: 'tcp', host: '127.0.0.1', port: printer.port } },
      });
      const services = (await server.api<{ id: number; prefix: string; nameVi: string }[]>('/api/services')).body;
      const land = services.find((s) => s.prefix === 'B')!;
      const job = printer.nextJob();
      await server.api('/api/tickets', { body: { serviceId: land.id } });
      const text = ocr(printedImage(readEscPos(await job)));
      expect(text).toContain('Số thứ tự');
      // OCR may take one heavy ExtraBold "ấ" for "ố" (the picture is right; see docs/tickets): one slip allowed.
      expect(closestMatch(text, land.nameVi.replace('–', '-')), text).toBeLessThanOrEqual(1);
      expect(closestMatch(text, 'Vui lòng giữ phiếu và chờ gọi số'), text).toBeLessThanOrEqual(1);
    },
  );
});
