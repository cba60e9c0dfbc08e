import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintAnswer, PrinterProfileId } from '../../src/shared/domain';
import type { PrintOutcome } from '../../src/shared/events';
import { ADMIN_TOKEN, listen, testServer, type TestServer } from '../helpers/server';
import { printedImage, readEscPos } from './escpos-reader';
import { startFakePrinter, type FakePrinter } from './fake-printer';
import { dotDifference, readQr } from './ticket-images';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { monoFromContext } from '../../src/server/printing/mono-image';

let server: TestServer;
let printer: FakePrinter;

beforeEach(async () => {
  server = await testServer();
  printer = await startFakePrinter();
});

afterEach(async () => {
  await server.close();
  await printer.close();
});

async function usePrinter(port: number, profileId: PrinterProfileId = 'generic-80') {
  const { status } = await server.api('/api/printer', {
    method: 'PATCH',
    body: { profileId, connection: { kind: 'tcp', host: '127.0.0.1', port } },
  });
  expect(status).toBe(200);
}

async function issue() {
  const services = (await server.api<{ id: number; nameVi: string }[]>('/api/services')).body;
  const { status, body } = await server.api<{ ticket: { id: number; displayCode: string }; print: PrintAnswer }>(
    '/api/tickets',
    { body: { serviceId: services[1]!.id, priority: 'elderly' } },
  );
  expect(status).toBe(201);
  return body;
}

async function pngDots(path: string) {
  const response = await fetch(server.base + path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(response.headers.get('content-type')).toBe('image/png');
  const image = await loadImage(Buffer.from(await response.arrayBuffer()));
  const ctx = createCanvas(image.width, image.height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  return monoFromContext(ctx, image.width, image.height);
}

/** Failed-print cases: issuing still works, the failure arrives fast with its reason, and is in the history. */
async function expectFailure(code: string, viText: RegExp) {
  const events = await listen(server);
  const started = Date.now();
  const { ticket, print } = await issue();
  expect(print.status).toBe('queued');
  const seen = await events.until((all) => all.some((e) => e.kind === 'print'));
  const outcome = seen.find((e) => e.kind === 'print') as PrintOutcome;
  expect(Date.now() - started).toBeLessThan(3000);
  expect(outcome).toMatchObject({ type: 'failed', ticketId: ticket.id, reason: { code } });
  expect(outcome.reason!.vi).toMatch(viText);
  expect(outcome.reason!.vi).toContain('In lại');
  expect(outcome.reason!.en.length).toBeGreaterThan(20);
  events.close();
  const { body } = await server.api<{ ticket: { status: string }; history: { type: string; data: unknown }[] }>(
    `/api/tickets/${ticket.id}`,
  );
  expect(body.ticket.status).toBe('waiting');
  expect(body.history.map((e) => e.type)).toEqual(['issued', 'print_failed']);
  expect(body.history[1]!.data).toMatchObject({ reason: { code } });
  return ticket;
}

describe('printing a ticket on a network printer', () => {
  it('issues without printing until a printer is set up', async () => {
    const { print } = await issue();
    expect(print).toEqual({ status: 'disabled' });
  });

  it('sends the ticket after answering the greeter, and the printer gets the same picture as ticket.png', async () => {
    await usePrinter(printer.port, 'xprinter-xp80');
    const events = await listen(server);
    const job = printer.nextJob();
    const { ticket, print } = await issue();
    expect(print).toMatchObject({ status: 'queued', jobId: expect.any(String) });

    const commands = readEscPos(await job).filter((c) => c.kind !== 'statusQuery');
    expect(commands[0]).toEqual({ kind: 'init' });
    expect(commands.at(-1)?.kind === 'cut' || commands.some((c) => c.kind === 'cut')).toBe(true);
    const printed = printedImage(commands);
    expect(printed.width).toBe(576);
    // The QR code opens the ticket's status page on the host (issue 12).
    expect(readQr(printed)).toMatch(new RegExp(`^${server.base}/s/[0-9a-z]+-[0-9a-z]{10}$`));

    const seen = await events.until((all) => all.some((e) => e.kind === 'print'));
    expect(seen.find((e) => e.kind === 'print')).toMatchObject({
      kind: 'print',
      type: 'printed',
      ticketId: ticket.id,
      jobId: (print as { jobId: string }).jobId,
      printer: `127.0.0.1:${printer.port}`,
    });
    events.close();
    const { body } = await server.api<{ history: { type: string }[] }>(`/api/tickets/${ticket.id}`);
    expect(body.history.map((e) => e.type)).toEqual(['issued', 'printed']);
    // The preview the greeter sees is the picture the printer got.
    expect(dotDifference(await pngDots(`/api/tickets/${ticket.id}/ticket.png`), printed)).toBe(0);
  });

  it('prints once for a resent issue request (same Idempotency-Key), answering the same job', async () => {
    await usePrinter(printer.port);
    const services = (await server.api<{ id: number }[]>('/api/services')).body;
    const send = () =>
      server.api<{ ticket: { id: number }; print: PrintAnswer }>('/api/tickets', {
        body: { serviceId: services[0]!.id },
        headers: { 'idempotency-key': 'greeter-1-0001' },
      });
    const first = await send();
    await server.luot.core.printing.whenIdle();
    const again = await send();
    await server.luot.core.printing.whenIdle();
    expect(again.body).toEqual(first.body);
    expect(printer.jobs).toHaveLength(1);
  });

  it('reprints on "In lại"; a second tap before the job starts joins it instead of printing twice', async () => {
    await usePrinter(printer.port, 'xprinter-xp80');
    const { ticket } = await issue();
    await server.luot.core.printing.whenIdle();
    const reprint = await server.api<{ print: PrintAnswer }>(`/api/tickets/${ticket.id}/print`, { body: {} });
    expect(reprint.status).toBe(200);
    // The first one was confirmed: no second copy is to be feared.
    expect(reprint.body.print).toEqual({ status: 'queued', jobId: expect.any(String) });
    await server.luot.core.printing.whenIdle();
    expect(printer.jobs.filter((bytes) => readEscPos(bytes).some((c) => c.kind === 'raster'))).toHaveLength(2);

    const current = server.luot.core.engine.getTicket(ticket.id);
    const tap = server.luot.core.printing.printTicket(current, { deviceId: null, reprint: true });
    const again = server.luot.core.printing.printTicket(current, { deviceId: null, reprint: true });
    expect(again).toEqual(tap);
    await server.luot.core.printing.whenIdle();
    expect(printer.jobs.filter((bytes) => readEscPos(bytes).some((c) => c.kind === 'raster'))).toHaveLength(3);
    const { body } = await server.api<{ history: { type: string; data: { reprint?: boolean } }[] }>(
      `/api/tickets/${ticket.id}`,
    );
    expect(body.history.map((e) => [e.type, e.data?.reprint ?? null])).toEqual([
      ['issued', null],
      ['printed', false],
      ['printed', true],
      ['printed', true],
    ]);
  });

  it('tells "connection refused" within 3 s, and the ticket stays issued', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    await usePrinter(port);
    await expectFailure('PRINTER_UNREACHABLE', /Không kết nối được máy in \(127\.0\.0\.1:\d+\)/);
  });

  it('tells a printer that accepts and then hangs within 3 s', async () => {
    printer.options.misbehaviour = { kind: 'hang' };
    await usePrinter(printer.port, 'xprinter-xp80');
    await expectFailure('PRINTER_NOT_RESPONDING', /Máy in không phản hồi/);
  });

  it('tells a printer that drops the connection in the middle of the ticket', async () => {
    printer.options.misbehaviour = { kind: 'dropAfter', bytes: 2000 };
    await usePrinter(printer.port);
    await expectFailure('PRINTER_DISCONNECTED', /ngắt kết nối giữa chừng/);
  });

  it('keeps answering while a printer hangs, and fails the tickets queued behind it at once', async () => {
    printer.options.misbehaviour = { kind: 'hang' };
    await usePrinter(printer.port, 'xprinter-xp80');
    const events = await listen(server);
    const started = Date.now();
    const tickets = [];
    for (let i = 0; i < 3; i++) {
      const sent = performance.now();
      tickets.push((await issue()).ticket.id);
      expect(performance.now() - sent).toBeLessThan(500);
    }
    const sent = performance.now();
    expect((await server.api('/api/queue')).status).toBe(200);
    expect(performance.now() - sent).toBeLessThan(500);
    const seen = await events.until((all) => all.filter((e) => e.kind === 'print').length === 3);
    // One printer timeout for the first ticket; the two behind it do not wait their own.
    expect(Date.now() - started).toBeLessThan(3000);
    const failed = seen.filter((e): e is PrintOutcome => e.kind === 'print');
    expect(failed.map((e) => [e.ticketId, e.type, e.reason?.code])).toEqual(
      tickets.map((id) => [id, 'failed', 'PRINTER_NOT_RESPONDING']),
    );
    events.close();
  });

  it('reads "out of paper" from the printer before sending, and prints nothing', async () => {
    printer.options.status = { paperOut: true, online: false };
    await usePrinter(printer.port, 'xprinter-xp80');
    await expectFailure('PRINTER_PAPER_OUT', /Máy in hết giấy — thay cuộn giấy rồi bấm In lại/);
    expect(printer.jobs.every((bytes) => !readEscPos(bytes).some((c) => c.kind === 'raster'))).toBe(true);
  });

  it('reads "cover open" and names it', async () => {
    printer.options.status = { coverOpen: true, online: false };
    await usePrinter(printer.port, 'epson-tm-t88');
    await expectFailure('PRINTER_COVER_OPEN', /Nắp máy in đang mở/);
  });
});

describe('printer setup', () => {
  it('saves the printer, test-prints the sample ticket and reads the status', async () => {
    await usePrinter(printer.port, 'epson-tm-t82');
    const settings = await server.api<{ settings: { profileId: string }; profiles: unknown[] }>('/api/printer');
    expect(settings.body.settings.profileId).toBe('epson-tm-t82');
    expect(settings.body.profiles.length).toBeGreaterThan(5);

    const test = await server.api<{ print: PrintOutcome }>('/api/printer/test', { body: {} });
    expect(test.body.print).toMatchObject({ kind: 'print', type: 'printed', ticketId: null });
    await server.luot.core.printing.whenIdle();
    expect(printedImage(readEscPos(printer.jobs.at(-1)!)).width).toBe(512);

    printer.options.status = { paperNearEnd: true };
    const status = await server.api<{ answered: boolean; status: { paperNearEnd: boolean }; problem: unknown }>(
      '/api/printer/status',
    );
    expect(status.body).toMatchObject({ answered: true, status: { paperNearEnd: true }, problem: null });
  });

  it('previews the sample ticket at the chosen width, before saving', async () => {
    expect((await pngDots('/api/printer/preview.png?profileId=generic-58')).width).toBe(384);
    expect((await pngDots('/api/printer/preview.png?profileId=epson-tm-t88&qr=false')).width).toBe(512);
  });

  it('refuses text mode on a printer without a verified Vietnamese code page, and odd connections', async () => {
    const text = await server.api('/api/printer', {
      method: 'PATCH',
      body: { profileId: 'xprinter-xp80', mode: 'text' },
    });
    expect(text.status).toBe(400);
    expect(text.body.error.code).toBe('NO_VIETNAMESE_CODE_PAGE');
    const cups = await server.api('/api/printer', {
      method: 'PATCH',
      body: { connection: { kind: 'cups', queue: '-o evil' } },
    });
    expect(cups.status).toBe(400);
  });

  it('lets only the admin change the printer, and only admin and greeter reprint', async () => {
    const { body } = await server.api<{ token: string }>('/api/devices', {
      body: { name: 'Màn hình', role: 'display' },
    });
    const asDisplay = { token: body.token };
    expect((await server.api('/api/printer', { ...asDisplay })).status).toBe(403);
    const { ticket } = await issue();
    expect((await server.api(`/api/tickets/${ticket.id}/print`, { ...asDisplay, body: {} })).status).toBe(403);
  });
});
