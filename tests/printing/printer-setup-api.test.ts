import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterProfile } from '../../src/shared/domain';
import { RULE, RULE_TEXT } from '../../src/shared/schemas';
import { listen, testServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

const patchPrinter = (body: unknown) => server.api('/api/printer', { method: 'PATCH', body });

describe('printer setup through the API', () => {
  it('offers every model with its paper, dots and code page, and the serial speeds it accepts', async () => {
    const { body } = await server.api<{ profiles: PrinterProfile[]; baudRates: number[] }>('/api/printer');
    expect(body.profiles.find((p) => p.id === 'generic-58')).toMatchObject({ paperMm: 58, widthDots: 384 });
    expect(body.profiles.find((p) => p.id === 'epson-tm-t88')).toMatchObject({
      dpi: 180,
      widthDots: 512,
      imageMode: 'raster',
      textCodePage: 'tcvn3',
    });
    expect(body.profiles.find((p) => p.id === 'legacy-80-column')?.imageMode).toBe('column');
    expect(body.baudRates).toEqual([9600, 19200, 38400, 57600, 115200]);
  });

  it('names a mistyped printer address in Vietnamese and English a manager understands', async () => {
    const { status, body } = await patchPrinter({ connection: { kind: 'tcp', host: 'http://192.168.1.50', port: 0 } });
    expect(status).toBe(400);
    expect(body.error.issues![0]).toMatchObject({
      path: 'connection.host',
      vi: 'Địa chỉ IP hoặc tên mạng của máy in, ví dụ 192.168.1.50 — không có khoảng trắng, không có http://.',
      en: RULE_TEXT[RULE.printerHost].en,
    });
    expect(body.error.issues![1]).toMatchObject({ path: 'connection.port', vi: RULE_TEXT[RULE.printerPort].vi });
    expect(body.error.vi).toContain('(connection.host)');
  });

  it('answers the other connection rules in words too: port name, speed, CUPS queue, Windows name, kind', async () => {
    const issuesOf = async (connection: unknown) =>
      (await patchPrinter({ connection })).body.error.issues!.map(({ path, vi }) => ({ path, vi }));
    expect(await issuesOf({ kind: 'serial', path: 'ttyUSB0', baudRate: 4800 })).toEqual([
      { path: 'connection.path', vi: RULE_TEXT[RULE.serialPath].vi },
      { path: 'connection.baudRate', vi: RULE_TEXT[RULE.baudRate].vi },
    ]);
    expect(await issuesOf({ kind: 'cups', queue: '-o evil' })).toEqual([
      { path: 'connection.queue', vi: RULE_TEXT[RULE.cupsQueue].vi },
    ]);
    expect(await issuesOf({ kind: 'windows', printerName: '   ' })).toEqual([
      { path: 'connection.printerName', vi: RULE_TEXT[RULE.windowsPrinterName].vi },
    ]);
    expect(await issuesOf({ kind: 'usb' })).toEqual([
      { path: 'connection.kind', vi: RULE_TEXT[RULE.printerConnection].vi },
    ]);
  });

  it('tells every admin screen that the printer changed, so they refetch it', async () => {
    const events = await listen(server);
    expect((await patchPrinter({ qr: false })).status).toBe(200);
    const seen = await events.until((all) => all.some((e) => e.kind === 'setup'));
    expect(seen.find((e) => e.kind === 'setup')).toMatchObject({ kind: 'setup', what: 'printer' });
    events.close();
  });
});
