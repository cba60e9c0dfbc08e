import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core, type CoreOptions } from '../../src/server/core';

/** A settable clock: starts at a weekday morning in Hà Nội (08:00 +07:00) unless told otherwise. */
export class TestClock {
  constructor(public now = Date.parse('2026-11-23T08:00:00+07:00')) {}
  readonly read = () => this.now;
  advance(ms: number): void {
    this.now += ms;
  }
}

export interface TestCore extends Core {
  dir: string;
  clock: TestClock;
  reopen(): TestCore;
  dispose(): void;
}

/** A core on a real SQLite file in a fresh temp folder. */
export function testCore(options: Partial<CoreOptions> & { clock?: never } = {}, clock = new TestClock()): TestCore {
  const dir = mkdtempSync(join(tmpdir(), 'luot-test-'));
  return openAt(dir, clock, options);
}

function openAt(dir: string, clock: TestClock, options: Partial<CoreOptions>): TestCore {
  const core = openCore({ ...options, dataDir: dir, clock: clock.read });
  const test: TestCore = {
    ...core,
    dir,
    clock,
    reopen() {
      core.close();
      return openAt(dir, clock, options);
    },
    dispose() {
      if (core.db.open) core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return test;
}

export const actor = { deviceId: null };

/** Looks a service / point up by its prefix / Vietnamese name in the default setup. */
export function serviceId(core: Core, prefix: string): number {
  const service = core.setup.services().find((s) => s.prefix === prefix);
  if (!service) throw new Error(`no service ${prefix}`);
  return service.id;
}

export function pointId(core: Core, nameVi: string): number {
  const point = core.setup.servicePoints().find((p) => p.nameVi === nameVi);
  if (!point) throw new Error(`no point ${nameVi}`);
  return point.id;
}
