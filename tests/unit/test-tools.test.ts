/**
 * The programs tests call: each is installed by `.ci/run` and named in the README's requirements; a missing one
 * skips with its package name on a developer's machine and fails in CI.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { missingTools, needTools, POPPLER, SOCAT, TESSERACT_VIE, type Tool } from '../helpers/tools';

const ROOT = new URL('../../', import.meta.url);
const TOOLS = [POPPLER, TESSERACT_VIE, SOCAT];
const ABSENT: Tool = { commands: ['luot-no-such-program'], debian: 'luot-no-such-package' };

const ci = process.env.CI;
afterEach(() => {
  if (ci === undefined) delete process.env.CI;
  else process.env.CI = ci;
});

/** A stand-in for the test context: records the skip note. */
function context() {
  const seen: { note?: string } = {};
  return {
    seen,
    skip(note?: string): never {
      seen.note = note;
      throw new Error('skipped');
    },
  };
}

describe('the programs tests call', () => {
  it('are each installed by .ci/run and listed in the README', () => {
    const run = readFileSync(new URL('.ci/run', ROOT), 'utf8');
    const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
    for (const tool of TOOLS) {
      for (const pkg of tool.debian.split(' ')) {
        expect(run, pkg).toMatch(new RegExp(`need\\+=\\(${pkg}\\)`));
        expect(readme, pkg).toContain(`\`${pkg}\``);
      }
      for (const command of tool.commands) expect(run, command).toContain(command);
    }
  });

  it('a missing one skips with its package name on a developer machine', () => {
    delete process.env.CI;
    expect(missingTools(ABSENT)).toBe(
      'needs luot-no-such-program (apt-get install luot-no-such-package) — .ci/run installs it',
    );
    const local = context();
    expect(() => needTools(local, ABSENT)).toThrow('skipped');
    expect(local.seen.note).toContain('apt-get install luot-no-such-package');
  });

  it('a missing one fails in CI, never skips', () => {
    process.env.CI = 'true';
    const inCi = context();
    expect(() => needTools(inCi, ABSENT)).toThrow(/CI cannot run this test: it needs luot-no-such-program/);
    expect(inCi.seen.note).toBeUndefined();
  });

  it('a present one lets the test run', () => {
    process.env.CI = 'true';
    const here: Tool = { commands: ['node'], debian: 'nodejs' };
    expect(missingTools(here)).toBe('');
    expect(() => needTools(context(), here)).not.toThrow();
  });
});
