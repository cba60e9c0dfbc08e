/** Collected durations and their percentiles (nearest rank, docs/metrics.md), in a growable typed array. */
import type { Durations } from '../../shared/reports';

export class Samples {
  private values = new Int32Array(16);
  private count = 0;
  private sum = 0;

  push(ms: number): void {
    if (this.count === this.values.length) {
      const bigger = new Int32Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.count++] = ms;
    this.sum += ms;
  }

  get size(): number {
    return this.count;
  }

  durations(): Durations {
    return durationsOf(this.values.subarray(0, this.count), this.sum);
  }
}

const seconds = (ms: number) => Math.round(ms / 1000);

/** Nearest rank: the smallest value with at least p% of the values at or below it. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function durationsOf(valuesMs: Int32Array, sum?: number): Durations {
  const n = valuesMs.length;
  if (n === 0) return { count: 0, p50Seconds: null, p90Seconds: null, maxSeconds: null, meanSeconds: null };
  const sorted = valuesMs.slice().sort();
  const total = sum ?? sorted.reduce((a, b) => a + b, 0);
  return {
    count: n,
    p50Seconds: seconds(nearestRank(sorted, 50)),
    p90Seconds: seconds(nearestRank(sorted, 90)),
    maxSeconds: seconds(sorted[n - 1]!),
    meanSeconds: seconds(total / n),
  };
}
