/**
 * The bundled server keeps V8's compiled code between starts (src/server/code-cache.ts, decision 0024): the first
 * start of a build writes it, later starts use it, and code kept for other text is never run. Runs a copy of the
 * built server (`npm run build:server`) beside out/server, so that its cache folder starts empty.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BUILT = join(import.meta.dirname, '../../out/server');
const COPY = join(import.meta.dirname, `../../out/server-code-cache-test-${process.pid}`);
const CACHE = join(COPY, '.code-cache');
const TOKEN = 'code-cache-token-0123456789abcdef';
let dataDir: string;

/**
 * Starts the copy, waits for its health answer, runs `meanwhile`, keeps it running `forMs`, then stops it; returns
 * what it printed.
 */
async function startAndStop(forMs: number, meanwhile = async (_base: string) => {}): Promise<string> {
  const child = spawn(
    process.execPath,
    [join(COPY, 'standalone.js'), '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LUOT_BOOTSTRAP_TOKEN: TOKEN } },
  );
  let out = '';
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  expect((await fetch(`${base}/api/health`)).status).toBe(200);
  await meanwhile(base);
  await new Promise((resolve) => setTimeout(resolve, forMs));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return out;
}

const hostCache = () => readdirSync(CACHE).filter((name) => /^host\.js\.[0-9a-f]{40}\.v8$/.test(name));

beforeAll(() => {
  if (!existsSync(join(BUILT, 'standalone.js'))) throw new Error(`${BUILT} is missing: run "npm run build:server"`);
  cpSync(BUILT, COPY, { recursive: true, filter: (source) => !source.includes('.code-cache') });
  dataDir = mkdtempSync(join(tmpdir(), 'luot-code-cache-'));
});

afterAll(() => {
  rmSync(COPY, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the bundled server's compiled code", () => {
  it('is written by the first start and used, not written again, by the next', async () => {
    expect(existsSync(CACHE)).toBe(false);
    await startAndStop(2_000);
    const [kept] = hostCache();
    expect(kept).toBeDefined();
    expect(statSync(join(CACHE, kept!)).size).toBeGreaterThan(100_000);
    const written = statSync(join(CACHE, kept!)).mtimeMs;
    // The catalogue as XLSX loads exceljs when first asked (an `import()` in the source), from the kept code.
    await startAndStop(2_000, async (base) => {
      const sheet = await fetch(`${base}/api/procedures/export?format=xlsx`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(sheet.status).toBe(200);
    });
    // V8 accepted it: a refused cache is written again.
    expect(hostCache()).toEqual([kept]);
    expect(statSync(join(CACHE, kept!)).mtimeMs).toBe(written);
  });

  it('replaces a damaged cache file, and the host starts as usual', async () => {
    const [kept] = hostCache();
    writeFileSync(join(CACHE, kept!), 'not V8 code');
    await startAndStop(2_000);
    expect(statSync(join(CACHE, kept!)).size).toBeGreaterThan(100_000);
  });

  it('never runs code kept for another build, even one of the same length', async () => {
    const host = join(COPY, 'host.js');
    const text = readFileSync(host, 'latin1');
    const [before] = hostCache();
    // Same length, other text: V8's own check (version, flags, length) would take the old code for it.
    writeFileSync(host, text.replace('L\\u01b0\\u1ee3t listening on', 'X\\u01b0\\u1ee3t listening on'), 'latin1');
    expect(statSync(host).size).toBe(text.length);
    const out = await startAndStop(2_000);
    expect(out).toContain('Xượt listening on');
    // The new text's code is kept, the old one's removed.
    const after = hostCache();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
  });
});
