/**
 * The procedure guide on paper (issue 15), through a fake network printer on loopback and read back by OCR
 * (Debian's tesseract-ocr-vie): the checklist a citizen takes home when papers are missing, and the procedure with
 * its papers on the ticket when setup asks for it — and not otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monoToPng, type MonoImage } from '../../src/server/printing/mono-image';
import type { PrintAnswer } from '../../src/shared/domain';
import type { Procedure } from '../../src/shared/procedures';
import { testServer, type TestServer } from '../helpers/server';
import { printedImage, readEscPos } from './escpos-reader';
import { startFakePrinter, type FakePrinter } from './fake-printer';

const dir = mkdtempSync(join(tmpdir(), 'luot-procedure-print-'));
let server: TestServer;
let printer: FakePrinter;

function ocr(image: MonoImage, name: string): string {
  const file = join(dir, `${name}.png`);
  writeFileSync(file, monoToPng(image));
  const run = spawnSync('tesseract', [file, 'stdout', '-l', 'vie'], { encoding: 'utf8' });
  if (run.error || run.status !== 0)
    throw new Error(`OCR needs tesseract with Vietnamese (apt-get install tesseract-ocr-vie). ${run.stderr}`);
  return run.stdout.normalize('NFC').replace(/\s+/g, ' ');
}

/** Fewest single-character edits that turn `needle` into some stretch of `text` (OCR misreads a mark or two). */
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
  await server.api('/api/printer', {
    method: 'PATCH',
    body: { profileId: 'generic-80', connection: { kind: 'tcp', host: '127.0.0.1', port: printer.port } },
  });
});

afterAll(async () => {
  await server.close();
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

async function procedure(nameVi: string): Promise<Procedure> {
  return (await server.api<Procedure[]>('/api/procedures')).body.find((p) => p.nameVi === nameVi)!;
}

describe('the procedure guide on paper', () => {
  it('prints the take-home checklist with the missing paper marked', async () => {
    const marriage = await procedure('Đăng ký kết hôn');
    const job = printer.nextJob();
    const { body } = await server.api<{ print: PrintAnswer }>(`/api/procedures/${marriage.id}/missing-papers`, {
      body: { action: 'home', missing: [marriage.documents[1]] },
    });
    expect(body.print).toMatchObject({ status: 'queued' });
    const image = printedImage(readEscPos(await job));
    const text = ocr(image, 'slip');
    expect(text).toContain('GIẤY TỜ CẦN CHUẨN BỊ');
    expect(text).toContain('Đăng ký kết hôn');
    expect(text).toContain('CÒN THIẾU');
    // Heavy bold "a" is sometimes read as "ơ": one slip allowed on the longer lines.
    expect(closestMatch(text, 'Tờ khai đăng ký kết hôn'), text).toBeLessThanOrEqual(1);
    expect(closestMatch(text, 'Có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia'), text).toBeLessThanOrEqual(1);
    expect(closestMatch(text, 'Danh mục tham khảo'), text).toBeLessThanOrEqual(1);
  });

  it('prints the procedure and its papers on the ticket only when setup says so', async () => {
    const birth = await procedure('Đăng ký khai sinh');
    const issue = async () => {
      const job = printer.nextJob();
      await server.api('/api/tickets', { body: { serviceId: birth.serviceId, procedureId: birth.id } });
      return printedImage(readEscPos(await job));
    };
    const { body: defaults } = await server.api<{ onTicket: string }>('/api/procedure-guide');
    expect(defaults.onTicket).toBe('name');
    const nameOnly = await issue();
    expect(ocr(nameOnly, 'name-only')).toMatch(/Thủ tục: Đăng ký khai sinh/);

    await server.api('/api/procedure-guide', { method: 'PATCH', body: { onTicket: 'nameAndDocuments' } });
    const withPapers = await issue();
    const text = ocr(withPapers, 'with-papers');
    expect(text).toContain('Giấy tờ cần có');
    expect(closestMatch(text, 'Tờ khai đăng ký khai sinh'), text).toBeLessThanOrEqual(1);
    expect(withPapers.height).toBeGreaterThan(nameOnly.height + 200);

    await server.api('/api/procedure-guide', { method: 'PATCH', body: { onTicket: 'none' } });
    const none = await issue();
    expect(ocr(none, 'none')).not.toMatch(/Thủ tục/);
    expect(none.height).toBeLessThan(nameOnly.height);
  });
});
