/**
 * The setup preview and "In thử" print what a real ticket of this center prints for phones (issue 12): the status
 * page's QR code with its short address under it, and the Wi-Fi — drawn by the same code from the same settings.
 * The sample's link names no ticket, so a phone that scans it reaches the host and gets the clear "not found".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MonoImage } from '../../src/server/printing/mono-image';
import type { Ticket } from '../../src/shared/domain';
import { testServer, type TestServer } from '../helpers/server';
import { printedImage, readEscPos } from './escpos-reader';
import { needTools, TESSERACT_VIE } from '../helpers/tools';
import { closestMatch, ocrText } from './ocr-kit';
import { startFakePrinter, type FakePrinter } from './fake-printer';
import { monoFromPng, readQr } from './ticket-images';
import { normaliseReference } from '../../src/server/citizen/status-references';

const ORIGIN = 'http://192.168.1.20:8080';
let server: TestServer;
let printer: FakePrinter;
beforeEach(async () => {
  server = await testServer();
  printer = await startFakePrinter();
  await server.api('/api/printer', {
    method: 'PATCH',
    body: { profileId: 'generic-80', connection: { kind: 'tcp', host: '127.0.0.1', port: printer.port } },
  });
  await server.api('/api/citizen-settings', { method: 'PATCH', body: { statusOrigin: ORIGIN } });
});
afterEach(async () => {
  await server.close();
  await printer.close();
});

async function png(path: string): Promise<MonoImage> {
  const response = await fetch(server.base + path, {
    headers: { authorization: `Bearer test-admin-token-0123456789abcdef` },
  });
  expect(response.status).toBe(200);
  return monoFromPng(Buffer.from(await response.arrayBuffer()));
}

const STATUS_LINK = new RegExp(`^${ORIGIN}/s/0-[0-9a-z]{10}$`);

describe('the sample ticket of the printer setup', () => {
  beforeEach((context) => needTools(context, TESSERACT_VIE));
  it("carries the status page's QR code and short address, like a real ticket", async () => {
    const sample = await png('/api/printer/preview.png?profileId=generic-80');
    const link = readQr(sample);
    expect(link).toMatch(STATUS_LINK);
    // "192.168.1.20:8080/s/0-xxxx", read as a person would type it: 0 and O, 1 and l are the same to the server.
    // The reference is random each run: OCR may still confuse one or two of its letters (5/s, 8/B), never the
    // whole address, which is 26 characters.
    const read = normaliseReference(ocrText(sample).replace(/ /g, ''));
    const printed = normaliseReference(link!.replace('http://', '').slice(0, 26));
    expect(closestMatch(read, printed), read).toBeLessThanOrEqual(2);

    // A real ticket printed now: the same address, the same place on the paper, only its own reference differs.
    const { body } = await server.api<{ ticket: Ticket }>('/api/tickets', { body: { serviceId: 1 } });
    const real = readQr(await png(`/api/tickets/${body.ticket.id}/ticket.png`));
    expect(real).toMatch(new RegExp(`^${ORIGIN}/s/[0-9a-z]+-[0-9a-z]{10}$`));

    // Scanned by a phone: the host answers, with the clear page for a link that names no ticket.
    const opened = await server.api(`/api/status/${link!.split('/s/')[1]}`, { token: null });
    expect(opened.status).toBe(404);
    expect(opened.body.error.code).toBe('STATUS_LINK_UNKNOWN');
  });

  it("shows the center's own first service, not a made-up one", async () => {
    await server.api('/api/services/1', { method: 'PATCH', body: { nameVi: 'Tư pháp Hộ tịch Phường', prefix: 'TP' } });
    const text = ocrText(await png('/api/printer/preview.png?profileId=generic-80'));
    expect(text).toContain('Tư pháp Hộ tịch Phường');
  });

  it('prints it on "In thử" too, and the Wi-Fi when setup asks for it', async () => {
    const job = printer.nextJob();
    expect((await server.api('/api/printer/test', { body: {} })).status).toBe(200);
    expect(readQr(printedImage(readEscPos(await job)))).toMatch(STATUS_LINK);

    const before = await png('/api/printer/preview.png?profileId=generic-80');
    await server.api('/api/citizen-settings', {
      method: 'PATCH',
      body: { wifi: { onTicket: true, name: 'UBND-Xa-Wifi', password: 'matkhau123', security: 'WPA' } },
    });
    const withWifi = await png('/api/printer/preview.png?profileId=generic-80');
    expect(withWifi.height).toBeGreaterThan(before.height);
    expect(ocrText(withWifi).replace(/ /g, '')).toContain('UBND-Xa-Wifi');
  });
});
