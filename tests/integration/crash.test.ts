import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SERVER = join(import.meta.dirname, '../../out/server/standalone.js');
const TOKEN = 'crash-test-token-0123456789abcdef';
let dir: string;
let child: ChildProcess | null = null;

afterEach(() => {
  child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** The built browser-mode server (npm test builds it first), as a separate process we can kill. */
async function start(): Promise<string> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build:server" (npm test does)`);
  child = spawn(process.execPath, [SERVER, '--port', '0', '--host', '127.0.0.1', '--data-dir', dir], {
    env: { ...process.env, LUOT_BOOTSTRAP_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child!.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

const post = (base: string, path: string, body: unknown) =>
  fetch(base + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('crash safety', () => {
  it('keeps every answered ticket when the server process is killed (kill -9) and restarted', async () => {
    dir = mkdtempSync(join(tmpdir(), 'luot-crash-'));
    let base = await start();
    const codes: string[] = [];
    for (let i = 0; i < 25; i++) {
      const response = await post(base, '/api/tickets', { serviceId: 1 + (i % 2) });
      codes.push(((await response.json()) as { ticket: { displayCode: string } }).ticket.displayCode);
    }
    // Requests in flight when the power goes: answered or not, nothing answered may be lost.
    const inFlight = Array.from({ length: 10 }, () => post(base, '/api/tickets', { serviceId: 3 }).catch(() => null));
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child!.kill('SIGKILL');
    await Promise.all([exited, ...inFlight]);

    base = await start();
    const queue = (await (
      await fetch(`${base}/api/queue`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).json()) as {
      services: { waiting: { displayCode: string }[] }[];
    };
    const waiting = queue.services.flatMap((s) => s.waiting.map((t) => t.displayCode));
    for (const code of codes) expect(waiting).toContain(code);
    // Numbering goes on after the last number that was taken, never reusing one.
    const next = (await (await post(base, '/api/tickets', { serviceId: 1 })).json()) as { ticket: { number: number } };
    expect(next.ticket.number).toBe(14);
  });
});
