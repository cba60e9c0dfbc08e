/**
 * The printers centers really have (issue 8): slow readers, late or silent status, one connection at a time, out
 * of paper, hung. A print is reported failed only when it failed, "printed" only when the printer said so.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintAnswer, PrinterProbe, PrinterProfileId } from '../../src/shared/domain';
import type { PrintOutcome } from '../../src/shared/events';
import { listen, testServer, type TestServer } from '../helpers/server';
import { readEscPos } from './escpos-reader';
import { startFakePrinter, type FakePrinter, type FakePrinterOptions } from './fake-printer';

let server: TestServer;
let printer: FakePrinter | null = null;

beforeEach(async () => {
  server = await testServer();
});

afterEach(async () => {
  await server.close();
  await printer?.close();
  printer = null;
});

async function usePrinter(options: FakePrinterOptions, profileId: PrinterProfileId) {
  printer = await startFakePrinter(options);
  const { status } = await server.api('/api/printer', {
    method: 'PATCH',
    body: { profileId, connection: { kind: 'tcp', host: '127.0.0.1', port: printer.port } },
  });
  expect(status).toBe(200);
  return printer;
}

async function serviceId() {
  return (await server.api<{ id: number }[]>('/api/services')).body[0]!.id;
}

/** Issues `count` tickets at once, as a greeter's queue at the door does, and waits for every print's outcome. */
async function burst(count: number) {
  const events = await listen(server);
  const service = await serviceId();
  const answers = await Promise.all(
    Array.from({ length: count }, () =>
      server.api<{ ticket: { id: number }; print: PrintAnswer }>('/api/tickets', { body: { serviceId: service } }),
    ),
  );
  expect(answers.every((a) => a.status === 201 && a.body.print.status === 'queued')).toBe(true);
  // A slow printer takes ~1.5 s a ticket: wait for the last outcome as long as the test's own time limit allows.
  const outcomesNow = () => events.received.map((r) => r.event).filter((e): e is PrintOutcome => e.kind === 'print');
  while (outcomesNow().length < count) await new Promise((resolve) => setTimeout(resolve, 50));
  events.close();
  const outcomes = outcomesNow();
  const types = (type: PrintOutcome['type']) => outcomes.filter((o) => o.type === type).length;
  return { outcomes, printed: types('printed'), sent: types('sent'), failed: types('failed') };
}

/** Every ticket that came out on paper, by its QR-less identity: the number of times each raster was printed. */
function copiesOnPaper(fake: FakePrinter): number[] {
  const counts = new Map<string, number>();
  for (const ticket of fake.tickets) {
    const key = Buffer.from(ticket.flatMap((c) => (c.kind === 'raster' ? [...c.data] : []))).toString('base64');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()];
}

describe('a slow printer (40 KB/s) that answers status', () => {
  it('prints a burst whole and reports every ticket printed: none failed, none twice', async () => {
    const fake = await usePrinter({ bytesPerSecond: 40_000 }, 'xprinter-xp58');
    const result = await burst(6);
    expect(result).toMatchObject({ printed: 6, sent: 0, failed: 0 });
    expect(fake.tickets).toHaveLength(6);
    expect(copiesOnPaper(fake).every((n) => n === 1)).toBe(true);
  }, 60_000);

  it('keeps the burst on one connection', async () => {
    const fake = await usePrinter({ bytesPerSecond: 40_000 }, 'xprinter-xp58');
    expect(await burst(3)).toMatchObject({ printed: 3, failed: 0 });
    expect(fake.tickets).toHaveLength(3);
    expect(fake.jobs.filter((bytes) => bytes.length > 0)).toHaveLength(1);
  }, 60_000);
});

describe('a printer that serves one connection at a time (40 KB/s)', () => {
  it('prints all 10 tickets of a burst and reports all 10 printed', async () => {
    const fake = await usePrinter({ bytesPerSecond: 40_000, oneConnectionAtATime: true }, 'xprinter-xp58');
    const result = await burst(10);
    expect(result).toMatchObject({ printed: 10, failed: 0 });
    expect(fake.tickets).toHaveLength(10);
    expect(fake.refused).toBe(0);
  }, 90_000);

  it('without status: all on paper, each reported sent (not printed), one connection after another', async () => {
    const fake = await usePrinter({ bytesPerSecond: 40_000, oneConnectionAtATime: true }, 'generic-58');
    const result = await burst(4);
    expect(result).toMatchObject({ printed: 0, sent: 4, failed: 0 });
    expect(result.outcomes.every((o) => o.reason === undefined)).toBe(true);
    expect(fake.tickets).toHaveLength(4);
    expect(fake.refused).toBe(0);
  }, 60_000);
});

describe('a printer whose status answers come late or never', () => {
  it('waits for a late answer (0.7 s) instead of calling the printer broken', async () => {
    const fake = await usePrinter({ bytesPerSecond: 40_000, statusDelayMs: 700 }, 'xprinter-xp58');
    const result = await burst(3);
    expect(result).toMatchObject({ printed: 3, failed: 0 });
    expect(fake.tickets).toHaveLength(3);
  }, 60_000);

  it('finds out that a printer never answers, prints anyway and says "sent", and remembers it', async () => {
    const fake = await usePrinter({ answersStatus: false }, 'xprinter-xp80');
    const result = await burst(2);
    expect(result).toMatchObject({ printed: 0, sent: 2, failed: 0 });
    expect(fake.tickets).toHaveLength(2);
    const { body } = await server.api<{ probe: PrinterProbe }>('/api/printer');
    expect(body.probe).toMatchObject({ answersStatus: false, by: 'ticket' });
    // Known now: the next ticket goes without a status query, and without the wait for its answer.
    const before = fake.jobs.length;
    await burst(1);
    expect(fake.jobs.slice(before).some((bytes) => readEscPos(bytes).some((c) => c.kind === 'statusQuery'))).toBe(
      false,
    );
  }, 60_000);
});

describe('the default profile (generic-80), which asks no status', () => {
  it('never says "printed" for a printer out of paper: sent, not taken, with what to look at', async () => {
    const fake = await usePrinter({ status: { paperOut: true, online: false }, bytesPerSecond: 40_000 }, 'generic-80');
    const { outcomes } = await burst(1);
    expect(outcomes[0]).toMatchObject({ type: 'sent', reason: { code: 'PRINTER_NOT_TAKING' } });
    expect(outcomes[0]!.reason!.vi).toContain('Máy in chưa nhận hết phiếu');
    expect(fake.tickets).toHaveLength(0);
  }, 30_000);

  it('never says "printed" for a hung printer', async () => {
    await usePrinter({ misbehaviour: { kind: 'hang' } }, 'generic-80');
    const { outcomes } = await burst(1);
    expect(outcomes[0]).toMatchObject({ type: 'sent', reason: { code: 'PRINTER_NOT_TAKING' } });
  }, 30_000);

  it('a reprint after an unconfirmed print says a second copy may come out, on the answer and in the history', async () => {
    await usePrinter({}, 'generic-80');
    const { outcomes } = await burst(1);
    expect(outcomes[0]!.type).toBe('sent');
    const ticketId = outcomes[0]!.ticketId!;
    const reprint = await server.api<{ print: PrintAnswer }>(`/api/tickets/${ticketId}/print`, { body: {} });
    expect(reprint.body.print).toMatchObject({ status: 'queued', mayDuplicate: true });
    await server.luot.core.printing.whenIdle();
    const { body } = await server.api<{ history: { type: string; data: Record<string, unknown> | null }[] }>(
      `/api/tickets/${ticketId}`,
    );
    expect(body.history.map((e) => e.type)).toEqual(['issued', 'print_sent', 'print_sent']);
    expect(body.history[2]!.data).toMatchObject({ reprint: true, mayDuplicate: true });
  });
});

describe('"In thử" finds out whether the printer answers status, and later tickets use it', () => {
  it('a generic-80 printer that does answer: remembered, and tickets are then confirmed "printed"', async () => {
    const fake = await usePrinter({ bytesPerSecond: 40_000 }, 'generic-80');
    const before = await burst(1);
    expect(before.outcomes[0]!.type).toBe('sent');

    const test = await server.api<{ print: PrintOutcome; probe: PrinterProbe }>('/api/printer/test', { body: {} });
    expect(test.body.print.type).toBe('printed');
    expect(test.body.probe).toMatchObject({ answersStatus: true, by: 'test' });
    // Measured on this printer: about its 40 KB/s (a little less for the round trips).
    expect(test.body.probe.bytesPerSecond).toBeGreaterThan(20_000);
    expect(test.body.probe.bytesPerSecond).toBeLessThan(45_000);
    const { body } = await server.api<{ probe: PrinterProbe }>('/api/printer');
    expect(body.probe).toEqual(test.body.probe);

    const after = await burst(2);
    expect(after).toMatchObject({ printed: 2, failed: 0 });
    expect(fake.tickets).toHaveLength(4);
  }, 60_000);

  it('a printer that never answers: the test print says "sent", and that is remembered', async () => {
    await usePrinter({ answersStatus: false }, 'generic-80');
    const test = await server.api<{ print: PrintOutcome; probe: PrinterProbe }>('/api/printer/test', { body: {} });
    expect(test.body.print.type).toBe('sent');
    expect(test.body.probe).toMatchObject({ answersStatus: false, by: 'test' });
  });

  it('forgets what it found when another printer is chosen', async () => {
    await usePrinter({}, 'generic-80');
    await server.api('/api/printer/test', { body: {} });
    expect((await server.api<{ probe: PrinterProbe | null }>('/api/printer')).body.probe).not.toBeNull();
    await server.api('/api/printer', {
      method: 'PATCH',
      body: { connection: { kind: 'tcp', host: '127.0.0.1', port: printer!.port + 1 } },
    });
    expect((await server.api<{ probe: PrinterProbe | null }>('/api/printer')).body.probe).toBeNull();
  });
});

describe('a real fault reaches the greeter within 3 s', () => {
  it.each([
    ['out of paper', { status: { paperOut: true, online: false } }, 'PRINTER_PAPER_OUT'],
    ['cover open', { status: { coverOpen: true, online: false } }, 'PRINTER_COVER_OPEN'],
    ['hung', { misbehaviour: { kind: 'hang' } }, 'PRINTER_NOT_RESPONDING'],
  ] as const)('%s, on a printer known to answer status', async (_, options, code) => {
    await usePrinter({ ...options, bytesPerSecond: 40_000 }, 'xprinter-xp80');
    const started = Date.now();
    const { outcomes } = await burst(3);
    expect(outcomes.map((o) => [o.type, o.reason?.code])).toEqual(Array(3).fill(['failed', code]));
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
