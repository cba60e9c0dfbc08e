import { describe, expect, it } from 'vitest';
import { durationsOf, Samples } from '../../src/server/reports/durations';

/** Nearest rank by sorting: the definition in docs/metrics.md, the slow way. */
function bySorting(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
  return { p50: Math.round(at(50) / 1000), p90: Math.round(at(90) / 1000), max: Math.round(sorted.at(-1)! / 1000) };
}

describe('percentiles by selection', () => {
  it('agrees with sorting on random lists, with and without repeated values', () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(random() * 400);
      const spread = round % 3 === 0 ? 5 : 3_600_000;
      const values = Array.from({ length: n }, () => Math.floor(random() * spread) * (round % 3 === 0 ? 1000 : 1));
      const samples = new Samples();
      for (const v of values) samples.push(v);
      const got = samples.durations();
      const want = bySorting(values);
      expect([got.p50Seconds, got.p90Seconds, got.maxSeconds]).toEqual([want.p50, want.p90, want.max]);
      expect(got.count).toBe(n);
    }
  });

  it('has no figures for no values', () => {
    expect(durationsOf(new Int32Array(0))).toEqual({
      count: 0,
      p50Seconds: null,
      p90Seconds: null,
      maxSeconds: null,
      meanSeconds: null,
    });
  });
});
