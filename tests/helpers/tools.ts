/**
 * The programs some tests call (Debian packages, installed by `.ci/run` and listed in the README's requirements).
 * On a developer's machine a missing one skips the test that needs it, saying which package to install; in CI
 * (`CI=true`) a missing one fails the test: a green CI must never hide a test that did not run.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Tool {
  /** The commands the tests run. */
  commands: readonly string[];
  /** The Debian packages that bring them. */
  debian: string;
  /** A further check once the commands are there (a language pack, say). */
  ready?: () => boolean;
}

export const POPPLER: Tool = { commands: ['pdfinfo', 'pdftotext', 'pdftoppm'], debian: 'poppler-utils' };
export const TESSERACT_VIE: Tool = {
  commands: ['tesseract'],
  debian: 'tesseract-ocr tesseract-ocr-vie',
  ready: () =>
    (spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout ?? '').split(/\s+/).includes('vie'),
};
export const SOCAT: Tool = { commands: ['socat'], debian: 'socat' };

function onPath(command: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

const known = new Map<Tool, string>();

/** '' when every tool is here, otherwise what is missing and how to install it. */
export function missingTools(...tools: Tool[]): string {
  const missing: string[] = [];
  for (const tool of tools) {
    if (!known.has(tool)) {
      const absent = tool.commands.filter((command) => !onPath(command));
      const ok = absent.length === 0 && (tool.ready?.() ?? true);
      known.set(
        tool,
        ok ? '' : `${absent.length ? absent.join(', ') : tool.commands.join(', ')} (apt-get install ${tool.debian})`,
      );
    }
    if (known.get(tool)) missing.push(known.get(tool)!);
  }
  return missing.length ? `needs ${missing.join('; ')} — .ci/run installs it` : '';
}

/** True when this run is CI's (`CI=true`, as CI services and `.ci/run` set it). */
export function inCi(): boolean {
  const value = (process.env.CI ?? '').toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}

/**
 * Call first in a test (or in `beforeEach`) with its context: skips with the reason locally when a tool is
 * missing, fails in CI.
 */
export function needTools(context: { skip(note?: string): never }, ...tools: Tool[]): void {
  const missing = missingTools(...tools);
  if (!missing) return;
  if (inCi()) throw new Error(`CI cannot run this test: it ${missing}`);
  context.skip(`SKIPPED: ${missing}`);
}
