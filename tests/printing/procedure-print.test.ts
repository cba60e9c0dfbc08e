/**
 * The procedure guide on paper (issue 15), through a fake network printer on loopback and read back by OCR
 * (Debian's tesseract-ocr-vie): the checklist a citizen takes home when papers are missing, and the procedure with
 * its papers on the ticket when setup asks for it — and not otherwise.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PrintAnswer } from '../../src/shared/domain';
import type { Procedure } from '../../src/shared/procedures';
import { testServer, type TestServer } from '../helpers/server';
import { printedImage, readEscPos } from './escpos-reader';
import { needTools, TESSERACT_VIE } from '../helpers/tools';
import { closestMatch, ocrText } from './ocr-kit';
import { startFakePrinter, type FakePrinter } from './fake-printer';

let server: TestServer;
let printer: FakePrinter;

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
});

async function procedure(nameVi: string): Promise<Procedure> {
  return (await server.api<Procedure[]>('/api/procedures')).body.find((p) => p.nameVi === nameVi)!;
}

describe('the procedure guide on paper', () => {
  beforeEach((context) => needTools(context, TESSERACT_VIE));
  it('prints the take-home checklist with the missing paper marked', async () => {
    const marriage = await procedure('Đăng ký kết hôn');
    const job = printer.nextJob();
    const { body } = await server.api<{ print: PrintAnswer }>(`/api/procedures/${marriage.id}/missing-papers`, {
      body: { action: 'home', missing: [marriage.documents[1]] },
    });
    expect(body.print).toMatchObject({ status: 'queued' });
    const image = printedImage(readEscPos(await job));
    const text = ocrText(image);
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
    expect(ocrText(nameOnly)).toMatch(/Thủ tục: Đăng ký khai sinh/);

    await server.api('/api/procedure-guide', { method: 'PATCH', body: { onTicket: 'nameAndDocuments' } });
    const withPapers = await issue();
    const text = ocrText(withPapers);
    expect(text).toContain('Giấy tờ cần có');
    expect(closestMatch(text, 'Tờ khai đăng ký khai sinh'), text).toBeLessThanOrEqual(1);
    expect(withPapers.height).toBeGreaterThan(nameOnly.height + 200);

    await server.api('/api/procedure-guide', { method: 'PATCH', body: { onTicket: 'none' } });
    const none = await issue();
    expect(ocrText(none)).not.toMatch(/Thủ tục/);
    expect(none.height).toBeLessThan(nameOnly.height);
  });
});
