/**
 * The return visit's slip on paper (issue 22), through a fake network printer on loopback and read back: its QR code
 * carries the code to check in with (as the kiosk's and greeter's scanners read it) and OCR (Debian's
 * tesseract-ocr-vie) finds the day, the time, the code and the papers still missing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReturnVisitAnswer } from '../../src/shared/appointment-api';
import type { Procedure } from '../../src/shared/procedures';
import { TestClock } from '../helpers/core';
import { testServer, type TestServer } from '../helpers/server';
import { needTools, TESSERACT_VIE } from '../helpers/tools';
import { printedImage, readEscPos } from './escpos-reader';
import { startFakePrinter, type FakePrinter } from './fake-printer';
import { closestMatch, ocrText } from './ocr-kit';
import { readQr } from './ticket-images';

let server: TestServer;
let printer: FakePrinter;

beforeAll(async () => {
  // Monday 07/12/2026: the return is on Tuesday.
  server = await testServer(undefined, { clock: new TestClock(Date.parse('2026-12-07T10:00:00+07:00')).read });
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

describe('the return visit slip', () => {
  beforeEach((context) => needTools(context, TESSERACT_VIE));
  it('prints the code (also as a QR), the next working day and time, and the papers still missing', async () => {
    const birth = (await server.api<Procedure[]>('/api/procedures')).body.find(
      (p) => p.nameVi === 'Đăng ký khai sinh',
    )!;
    await server.api('/api/appointments/settings', {
      method: 'PATCH',
      body: { services: [{ serviceId: birth.serviceId, slotMinutes: 30, perSlot: 4, held: 0, heldUntil: '10:00' }] },
    });
    const job = printer.nextJob();
    const { body } = await server.api<ReturnVisitAnswer>('/api/appointments/return-visit', {
      body: { procedureId: birth.id, missingPapers: [birth.documents[0]] },
    });
    expect(body.print).toMatchObject({ status: 'queued' });
    expect(body.appointment).toMatchObject({ day: '2026-12-08', missingPapers: [birth.documents[0]] });
    const image = printedImage(readEscPos(await job));
    expect(readQr(image)).toBe(body.appointment.code);
    const text = ocrText(image);
    expect(text).toContain('PHIẾU HẸN');
    expect(text).toContain('08/12/2026');
    // The largest lines: OCR takes a big 0 for an O now and then; the QR above is the exact reading.
    expect(closestMatch(text, `lúc ${body.appointment.time}`), text).toBeLessThanOrEqual(2);
    expect(closestMatch(text.replace(/\s/g, ''), body.appointment.code), text).toBeLessThanOrEqual(2);
    expect(closestMatch(text, 'Giấy tờ cần mang thêm'), text).toBeLessThanOrEqual(1);
    expect(closestMatch(text, birth.documents[0]!), text).toBeLessThanOrEqual(2);
  });
});
