/**
 * Collected durations and their percentiles (nearest rank, docs/metrics.md), in a growable typed array.
 * Percentiles are found by selection (quickselect), not by sorting: a year has half a million waits per slice.
 */
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

  /** The figures of what was pushed. Reorders the values in place: call once, at the end. */
  durations(): Durations {
    return durationsOf(this.values.subarray(0, this.count), this.sum);
  }
}

const seconds = (ms: number) => Math.round(ms / 1000);

/** 1-based nearest rank of percentile p among n values. */
export const rankOf = (n: number, p: number) => Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));

/** Moves the k-th smallest value (0-based) to index k, smaller ones before it, larger after (Hoare's select). */
function select(values: Int32Array, k: number, from = 0, to = values.length - 1): number {
  let left = from;
  let right = to;
  while (right > left) {
    const pivot = values[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k]!;
}

/** Durations of `valuesMs` (reordered in place). */
export function durationsOf(valuesMs: Int32Array, sum?: number): Durations {
  const n = valuesMs.length;
  if (n === 0) return { count: 0, p50Seconds: null, p90Seconds: null, maxSeconds: null, meanSeconds: null };
  let total = 0;
  let max = valuesMs[0]!;
  for (let i = 0; i < n; i++) {
    const v = valuesMs[i]!;
    if (v > max) max = v;
    if (sum === undefined) total += v;
  }
  const k50 = rankOf(n, 50) - 1;
  const p50 = select(valuesMs, k50);
  // After selecting the median, the 90th is among the values above it.
  const p90 = select(valuesMs, rankOf(n, 90) - 1, k50, n - 1);
  return {
    count: n,
    p50Seconds: seconds(p50),
    p90Seconds: seconds(p90),
    maxSeconds: seconds(max),
    meanSeconds: seconds((sum ?? total) / n),
  };
}
