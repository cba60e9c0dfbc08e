/**
 * The connections that go through a program or a port: CUPS (`lp`), the Windows spooler (PowerShell) and serial.
 * `lp` and PowerShell are replaced by fakes that follow the same contract; serial runs over a real
 * pseudo-terminal pair made by socat, bridged to the fake network printer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SerialPrinterLink } from '../../src/server/printing/connections/serial-link';
import { WindowsSpoolerLink } from '../../src/server/printing/connections/windows-spooler-link';
import { PrintFailure } from '../../src/server/printing/print-problems';
import type { PrintAnswer } from '../../src/shared/domain';
import type { PrintOutcome } from '../../src/shared/events';
import { listen, testServer } from '../helpers/server';
import { needTools, SOCAT } from '../helpers/tools';
import { readEscPos } from './escpos-reader';
import { startFakePrinter } from './fake-printer';
import { FAKE_POWERSHELL } from './fake-powershell';

const dir = mkdtempSync(join(tmpdir(), 'luot-printers-'));
const JOB = Uint8Array.from([0x1b, 0x40, ...Buffer.from('Số thứ tự A001\n'), 0x1d, 0x56, 0x01]);
const SEND = { askStatus: false, patienceMs: 3000 };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failureOf(promise: Promise<unknown>): Promise<PrintFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PrintFailure);
  return error as PrintFailure;
}

describe('a CUPS raw queue', () => {
  beforeAll(() => {
    // The fake `lp`: keeps its arguments and the job, and refuses an unknown queue as CUPS does.
    writeFileSync(
      join(dir, 'lp'),
      `#!/bin/sh
printf '%s\\n' "$@" > "${dir}/lp-args"
cat > "${dir}/lp-job"
if [ "$2" = "missing" ]; then echo "lp: The printer or class does not exist." >&2; exit 1; fi
echo "request id is $2-1 (1 file(s))"
`,
    );
    chmodSync(join(dir, 'lp'), 0o755);
    process.env.PATH = `${dir}:${process.env.PATH}`;
  });

  it('hands the ticket to `lp -d <queue> -o raw` and reports it sent (CUPS cannot confirm); an unknown queue is named', async () => {
    const server = await testServer();
    try {
      await server.api('/api/printer', { method: 'PATCH', body: { connection: { kind: 'cups', queue: 'xp80' } } });
      const events = await listen(server);
      const services = (await server.api<{ id: number }[]>('/api/services')).body;
      await server.api('/api/tickets', { body: { serviceId: services[0]!.id } });
      await events.until((all) => all.some((e) => e.kind === 'print'));
      expect(events.received.map((r) => r.event).find((e) => e.kind === 'print')).toMatchObject({
        type: 'sent',
        printer: 'CUPS: xp80',
      });
      expect(readFileSync(join(dir, 'lp-args'), 'utf8').split('\n').slice(0, 4)).toEqual(['-d', 'xp80', '-o', 'raw']);
      expect(readEscPos(readFileSync(join(dir, 'lp-job'))).some((c) => c.kind === 'raster')).toBe(true);

      await server.api('/api/printer', { method: 'PATCH', body: { connection: { kind: 'cups', queue: 'missing' } } });
      const { body } = await server.api<{ ticket: { id: number }; print: PrintAnswer }>('/api/tickets', {
        body: { serviceId: services[0]!.id },
      });
      const seen = await events.until((all) => all.some((e) => e.kind === 'print' && e.type === 'failed'));
      const failed = seen.find((e) => e.kind === 'print' && e.type === 'failed') as PrintOutcome;
      expect(failed).toMatchObject({ ticketId: body.ticket.id, reason: { code: 'CUPS_FAILED' } });
      expect(failed.reason!.vi).toContain('The printer or class does not exist.');
      events.close();
    } finally {
      await server.close();
    }
  });
});

describe('a printer installed in Windows (spooler RAW through PowerShell)', () => {
  const helper = join(dir, 'powershell');
  const log = join(dir, 'spooler');

  beforeAll(() => {
    writeFileSync(helper, FAKE_POWERSHELL(log));
    chmodSync(helper, 0o755);
  });

  it('starts the helper with the script as -EncodedCommand and sends the bytes of the job', async () => {
    const link = new WindowsSpoolerLink('Máy in quầy đón tiếp', { powershell: helper });
    try {
      await link.send(JOB);
      const args = JSON.parse(readFileSync(`${log}.args`, 'utf8')) as string[];
      expect(args.slice(0, 6)).toEqual([
        '-NoLogo',
        '-NoProfile',
        '-NonInteractive',
        '-ExecutionPolicy',
        'Bypass',
        '-EncodedCommand',
      ]);
      const script = Buffer.from(args[6]!, 'base64').toString('utf16le');
      for (const call of ['OpenPrinterW', 'StartDocPrinterW', 'pDataType = "RAW"', 'WritePrinter', 'EndDocPrinter'])
        expect(script).toContain(call);
      // The printer's name travels on stdin, never inside the script.
      expect(script).not.toContain('Máy in');
      expect(readFileSync(`${log}.name`, 'utf8')).toBe('Máy in quầy đón tiếp');
      expect(new Uint8Array(readFileSync(`${log}.job`))).toEqual(JOB);
      // The helper stays up: the next ticket does not pay PowerShell's start again.
      await link.send(JOB);
      expect(readFileSync(`${log}.starts`, 'utf8').length).toBe(1);
    } finally {
      link.close();
    }
  });

  it('names a printer Windows does not have, and restarts a helper that hangs', async () => {
    const missing = new WindowsSpoolerLink('XP-80 (không có)', { powershell: helper });
    const notFound = await failureOf(missing.send(JOB));
    expect(notFound.problem.code).toBe('WINDOWS_PRINTER_NOT_FOUND');
    expect(notFound.problem.vi).toContain('Windows không có máy in tên "XP-80 (không có)"');
    missing.close();

    const hanging = new WindowsSpoolerLink('treo', { powershell: helper });
    const started = Date.now();
    const hung = await failureOf(hanging.send(JOB));
    expect(hung.problem.code).toBe('PRINTER_NOT_RESPONDING');
    // 2.5 s after the helper took the job (+1 ms a KB); generous here, the machine is shared.
    expect(Date.now() - started).toBeLessThan(6000);
    hanging.close();
  });

  it('reports a PowerShell that is not there', async () => {
    const link = new WindowsSpoolerLink('XP-80', { powershell: join(dir, 'no-such-powershell') });
    const failure = await failureOf(link.send(JOB));
    expect(failure.problem.code).toBe('WINDOWS_SPOOLER_FAILED');
    link.close();
  });
});

describe('a serial printer', () => {
  let socat: ChildProcess;
  const tty = join(dir, 'ttyPrinter');

  it('writes the job at the set baud rate and reads DLE EOT status back (pseudo-terminal pair)', async (context) => {
    needTools(context, SOCAT);
    const printer = await startFakePrinter({ status: {} });
    socat = spawn('socat', [`PTY,link=${tty},raw,echo=0`, `TCP:127.0.0.1:${printer.port}`], { stdio: 'ignore' });
    try {
      for (let i = 0; i < 100 && !existsSync(tty); i++) await new Promise((r) => setTimeout(r, 20));
      const link = new SerialPrinterLink(tty, 115200);
      const job = printer.nextJob();
      const sent = await link.send(JOB, { ...SEND, askStatus: true });
      expect(sent).toEqual({ delivery: { kind: 'confirmed' }, answersStatus: true });
      socat.kill();
      const commands = readEscPos(await job);
      expect(commands.filter((c) => c.kind === 'statusQuery')).toHaveLength(6);
      expect(Buffer.from(commands.flatMap((c) => (c.kind === 'text' ? [c.byte] : []))).toString()).toContain(
        'Số thứ tự A001',
      );
    } finally {
      socat.kill();
      await printer.close();
    }
  });

  it('names a port that is not there', async () => {
    const link = new SerialPrinterLink('/dev/ttyUSB-luot-none', 9600);
    const failure = await failureOf(link.send(JOB, SEND));
    expect(failure.problem.code).toBe('SERIAL_PORT_UNAVAILABLE');
    expect(failure.problem.vi).toContain('Không mở được cổng /dev/ttyUSB-luot-none');
  });

  it('gives a slow line the time its bytes need', () => {
    const link = new SerialPrinterLink('COM3', 9600);
    // 40 KB at 9600 baud is ~42 s on the wire: never cut short by a network printer's pace.
    expect(link.lineMs(40_000)).toBeGreaterThan(42_000);
  });
});
