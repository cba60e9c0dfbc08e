/**
 * The bundled server loads at start only what its first answers need (issue 25): the drawing half of printing
 * (its chunk and the canvas's native Skia) and the bundled voice's index wait for their first use — and that
 * first use still works. Runs the built server (`npm run build:server`) as its own process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VoiceSetup } from '../../src/shared/voice-settings';
import { startFakePrinter, type FakePrinter } from '../printing/fake-printer';

const SERVER = join(import.meta.dirname, '../../out/server/standalone.js');
const HOOK = join(import.meta.dirname, '../helpers/loaded-modules.mjs');
const TOKEN = 'lazy-start-token-0123456789abcdef';
let dir: string;
let log: string;
let child: ChildProcess;
let base: string;
let printer: FakePrinter;

const api = async <T>(path: string, init: { method?: string; body?: unknown } = {}) => {
  const response = await fetch(base + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      authorization: `Bearer ${TOKEN}`,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as T };
};
const loaded = () => readFileSync(log, 'utf8').split('\n').filter(Boolean);
const drawingLoaded = () => loaded().some((url) => /\/assets\/drawing-[\w-]+\.c?js$/.test(url));
/** Bytes the server process has read from files and sockets so far (/proc/<pid>/io). */
const bytesRead = () => Number(/rchar: (\d+)/.exec(readFileSync(`/proc/${child.pid}/io`, 'utf8'))![1]);
/** The server's own code loaded so far (its bundle and chunks). */
const ownCode = () =>
  loaded()
    .filter((url) => url.startsWith('file:') && url.includes('/out/server/'))
    .map((url) => readFileSync(fileURLToPath(url), 'latin1'));
/** The canvas's native library (Skia) is mapped into the process once the canvas is loaded. */
const skiaMapped = () => /skia[^\n]*\.node/.test(readFileSync(`/proc/${child.pid}/maps`, 'utf8'));

beforeAll(async () => {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build:server" (npm test does)`);
  dir = mkdtempSync(join(tmpdir(), 'luot-lazy-'));
  log = join(dir, 'loaded.txt');
  writeFileSync(log, '');
  printer = await startFakePrinter();
  child = spawn(process.execPath, ['--import', HOOK, SERVER, '--port', '0', '--host', '127.0.0.1', '--data-dir', dir], {
    env: { ...process.env, LUOT_BOOTSTRAP_TOKEN: TOKEN, LUOT_LOADED_LOG: log },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on http:\/\/[^:]+:(\d+)/.exec(out);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await printer?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the bundled server at start', () => {
  it('answers, and has loaded neither the drawing code nor the canvas', async () => {
    expect((await api<{ ok: boolean }>('/api/health')).body.ok).toBe(true);
    expect(loaded().some((url) => url.endsWith('/standalone.js'))).toBe(true);
    // 1.48 MB before issue 25 (fastify's unused compilers and logger, printing's drawing, all at start).
    const code = ownCode();
    expect(code.reduce((sum, text) => sum + text.length, 0)).toBeLessThan(1_300_000);
    // Nothing of the drawing's libraries: the ESC/POS encoder (its option), the QR code (its message), PNG.
    for (const mark of ['codepageMapping', 'Invalid QR', 'IHDR'])
      expect(
        code.some((text) => text.includes(mark)),
        mark,
      ).toBe(false);
    expect(drawingLoaded()).toBe(false);
    expect(skiaMapped()).toBe(false);
  });

  it('still refuses bad input with the bilingual error (fastify’s own compilers are left out of the bundle)', async () => {
    const { status, body } = await api<{ error: { code: string; vi: string; en: string } }>('/api/tickets', {
      body: { serviceId: 'not a number' },
    });
    expect(status).toBe(400);
    expect(body.error.vi).toBeTruthy();
    expect(body.error.en).toBeTruthy();
  });

  it('serves the screens and their files (listed at start, without glob: decision 0019)', async () => {
    const page = await fetch(`${base}/greeter`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(html)![1]!;
    const code = await fetch(base + script);
    expect([code.status, code.headers.get('content-type')]).toEqual([200, 'application/javascript; charset=utf-8']);
    expect((await fetch(`${base}/sw.js`)).status).toBe(200);
  });

  it('exports the catalogue as XLSX, importing exceljs on first use (an import() in the CommonJS bundle)', async () => {
    const response = await fetch(`${base}/api/procedures/export?format=xlsx`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(200);
    // An XLSX file is a ZIP archive.
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
  });

  it('reads the bundled voice on its first use', async () => {
    const before = bytesRead();
    const { status, body } = await api<VoiceSetup>('/api/voice');
    expect(status).toBe(200);
    // Its index and the word bank's (≈ 215 KB) are read now, not at start.
    expect(bytesRead() - before).toBeGreaterThan(150_000);
    expect(body.bundled['vi:đến']).toMatch(/^\/voice-files\/.+\.opus\?v=/);
    const bank = await fetch(base + body.bankIndexUrl!, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bank.status).toBe(200);
    expect(((await bank.json()) as { files: string[] }).files.length).toBeGreaterThan(50);
  });

  it('draws and prints the first ticket once a printer is set up, loading the drawing code then', async () => {
    const set = await api('/api/printer', {
      method: 'PATCH',
      body: { profileId: 'generic-80', connection: { kind: 'tcp', host: '127.0.0.1', port: printer.port } },
    });
    expect(set.status).toBe(200);
    const services = (await api<{ id: number }[]>('/api/services')).body;
    const issued = await api<{ ticket: { id: number }; print: { status: string } }>('/api/tickets', {
      body: { serviceId: services[0]!.id },
    });
    expect(issued.status).toBe(201);
    expect(issued.body.print.status).toBe('queued');
    await expect.poll(() => printer.tickets.length, { timeout: 10_000 }).toBe(1);
    expect(drawingLoaded()).toBe(true);
    expect(skiaMapped()).toBe(true);
    const png = await fetch(`${base}/api/tickets/${issued.body.ticket.id}/ticket.png`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(png.headers.get('content-type')).toBe('image/png');
  });
});
