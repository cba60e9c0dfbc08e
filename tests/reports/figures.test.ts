import { afterEach, describe, expect, it } from 'vitest';
import { digestCacheFile, DigestCache } from '../../src/server/reports/digest-cache';
import { ReportReader } from '../../src/server/reports/report-reader';
import type { CodeCount, ReportSummary } from '../../src/shared/reports';
import { actor, pointId, serviceId, testCore, type TestCore } from '../helpers/core';
import { expectedFigures } from './expected-figures';
import { simulateDays } from './simulated-days';

let core: TestCore;
afterEach(() => core?.dispose());

const byCode = (list: CodeCount[]) => [...list].sort((a, b) => a.code.localeCompare(b.code));

function summary(from = core.engine.today(), to = from): ReportSummary {
  return new ReportReader(core.db, null).summary({ from, to }, core.clock.now);
}

describe('wait definitions (found on the running app)', () => {
  it('counts the wait of a citizen marked absent and called back to the FIRST call', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const { ticket } = core.engine.issue({ serviceId: serviceId(core, 'A'), priority: 'none' }, actor);
    core.clock.advance(2000);
    core.engine.callNext(q1, actor);
    core.clock.advance(1000);
    core.engine.noShow(ticket.id, q1, actor);
    core.clock.advance(2000);
    core.engine.call(ticket.id, q1, actor);
    core.clock.advance(60_000);
    core.engine.resolve(ticket.id, q1, { outcome: 'completed' }, actor);
    const report = summary();
    expect(report.wait).toMatchObject({ count: 1, p50Seconds: 2, maxSeconds: 2 });
    expect(report.calledBack).toBe(1);
    expect(report.absent).toBe(0);
    // Service runs from the call they answered (nobody pressed start) to the resolve.
    expect(report.service.p50Seconds).toBe(60);
  });

  it('starts the wait of a case transferred to the front when it joined that queue, not at its first ticket', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const desk = pointId(core, 'Bàn hỗ trợ người cao tuổi');
    const { ticket } = core.engine.issue({ serviceId: serviceId(core, 'A'), priority: 'none' }, actor);
    core.clock.advance(2000);
    core.engine.callNext(q1, actor);
    core.engine.start(ticket.id, q1, actor);
    core.clock.advance(3000);
    const moved = core.engine.transfer(
      ticket.id,
      q1,
      { toServiceId: serviceId(core, 'H'), placement: 'front' },
      actor,
    ).ticket;
    expect(moved.queuedAt).toBe(ticket.queuedAt); // ordering keeps the original time …
    const called = core.engine.callNext(desk, actor)!;
    expect(called.ticket.id).toBe(moved.id);
    const report = summary();
    // … but the citizen waited 2 s at the counter and 0 s at the desk.
    expect(report.byService.map((s) => [s.serviceId, s.wait.maxSeconds])).toEqual([
      [serviceId(core, 'A'), 2],
      [serviceId(core, 'H'), 0],
    ]);
    expect(report.issued).toBe(1);
    expect(report.transferred).toBe(1);
  });
});

describe('every figure, recomputed from a simulated event log', () => {
  it('matches the model over three busy days, from the event log and from cached digests', () => {
    core = testCore();
    const model = simulateDays(core, { days: 3, steps: 260, seed: 7 });
    const targets = new Map(core.setup.services().map((s) => [s.id, s.targetWaitMinutes]));
    const expected = expectedFigures(model, targets);
    const days = [...model.points.keys()];
    const from = days[0]!;
    const to = days[days.length - 1]!;
    const cache = new DigestCache(digestCacheFile(`${core.dir}/luot.db`), 'test');
    const reader = new ReportReader(core.db, cache);
    const fresh = reader.summary({ from, to }, core.clock.now);
    const fromCache = reader.summary({ from, to }, core.clock.now);
    cache.close();
    expect(fromCache).toEqual(fresh);
    const actual = {
      ...fresh,
      byOutcome: byCode(fresh.byOutcome),
      helpKinds: byCode(fresh.helpKinds.map(({ code, count }) => ({ code, count }))),
      priority: { ...fresh.priority, byClass: byCode(fresh.priority.byClass) },
      byStaff: fresh.byStaff
        .map(({ name: _n, role: _r, signedInSeconds: _s, ...rest }) => rest)
        .sort((a, b) => (a.staffId ?? -1) - (b.staffId ?? -1)),
    };
    const ignored = { generatedAt: 0, from: '', to: '' };
    expect({ ...actual, ...ignored }).toEqual({ ...expected, ...ignored });
    // The simulation really exercised what the definitions are about.
    expect(expected.served).toBeGreaterThan(50);
    // Kinds of help come with setup's names, never the code alone.
    for (const kind of fresh.helpKinds) expect(kind.name.vi).not.toBe(kind.code);
    expect(expected.calledBack).toBeGreaterThan(0);
    expect(expected.transferred).toBeGreaterThan(5);
    expect(expected.closedAtDayEnd).toBeGreaterThan(0);
    expect(expected.byPoint.some((p) => p.pausedSeconds > 0)).toBe(true);
  });
});
