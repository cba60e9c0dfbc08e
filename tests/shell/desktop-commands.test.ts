/**
 * The desktop commands on a developer's or a center's PC: `npm start` without internet says one thing — what
 * happened and how to use browser mode and sign in — instead of Electron's installer's stack trace; and the
 * commands that need Node ≥ 22.12 say so before anything else, while the tests and browser mode keep Node 20.19.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { desktopNodeProblem } from '../../scripts/desktop-node.mjs';
import { ensureElectron } from '../../scripts/ensure-electron.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A node_modules/electron whose install.js behaves as Electron's does: offline it prints a stack and exits 1. */
function fakeElectron(installJs: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'luot-fake-electron-'));
  writeFileSync(join(dir, 'install.js'), installJs);
  return dir;
}

const OFFLINE = `
  Promise.reject(new TypeError('fetch failed'))
    .then(() => undefined)
    .catch((err) => { console.error(err.stack); process.exit(1); });
`;

const ONLINE = `
  const { mkdirSync, writeFileSync } = require('node:fs');
  mkdirSync(__dirname + '/dist', { recursive: true });
  writeFileSync(__dirname + '/dist/electron', '');
  writeFileSync(__dirname + '/path.txt', 'electron');
`;

describe('npm start on a PC without internet', () => {
  it('prints one clear message naming browser mode and how to sign in, and keeps the stack in a log file', () => {
    const logFile = join(mkdtempSync(join(tmpdir(), 'luot-out-')), 'electron-install.log');
    const say = vi.fn();
    const complain = vi.fn();
    expect(ensureElectron({ electronDir: fakeElectron(OFFLINE), logFile, say, complain })).toBe(false);

    expect(complain).toHaveBeenCalledOnce();
    const message = complain.mock.calls[0]![0] as string;
    expect(message).toContain('Không tải được Electron');
    expect(message).toContain('Could not download Electron');
    expect(message.match(/`npm run serve`/g)).toHaveLength(2);
    expect(message).toContain('Đăng nhập quản trị lần đầu');
    expect(message).toContain('signin#token=');
    expect(message).toContain('LUOT_BOOTSTRAP_TOKEN');
    expect(message).toContain(logFile);
    expect(message).not.toMatch(/TypeError|fetch failed|\n\s+at /);
    expect(readFileSync(logFile, 'utf8')).toContain('TypeError: fetch failed');
  });

  it('says it is downloading, once, and goes on when the download works', () => {
    const electronDir = fakeElectron(ONLINE);
    const complain = vi.fn();
    const say = vi.fn();
    expect(ensureElectron({ electronDir, logFile: join(electronDir, 'log'), say, complain })).toBe(true);
    expect(say).toHaveBeenCalledOnce();
    expect(ensureElectron({ electronDir, logFile: join(electronDir, 'log'), say, complain })).toBe(true);
    expect(say).toHaveBeenCalledOnce();
    expect(complain).not.toHaveBeenCalled();
  });
});

describe('which Node each command needs', () => {
  it('builds and runs the desktop app on Node 22.12 or later only, saying what still works on Node 20', () => {
    for (const version of ['22.12.0', '22.13.1', '24.0.0', 'v23.1.0']) expect(desktopNodeProblem(version)).toBeNull();
    for (const version of ['20.19.5', '22.11.0', '18.20.0']) {
      const problem = desktopNodeProblem(version);
      expect(problem).toContain(`Node ${version}`);
      expect(problem).toContain('22.12.0');
      expect(problem).toContain('`npm test`, `npm run serve`');
    }
  });

  it('checks before npm start, npm run dev and npm run dist; the tests and browser mode need Node 20.19', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
      scripts: Record<string, string>;
    };
    expect(pkg.engines.node).toBe('>=20.19');
    expect(pkg.scripts.start).toMatch(/^node scripts\/ensure-electron\.mjs && /);
    expect(pkg.scripts.dev).toMatch(/^node scripts\/ensure-electron\.mjs && /);
    expect(pkg.scripts.dist).toMatch(/^node scripts\/desktop-node\.mjs && /);
    for (const script of ['test', 'serve']) expect(pkg.scripts[script]).not.toContain('desktop-node');
  });
});
