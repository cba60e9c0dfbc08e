/**
 * A service point's day in time: open from its first to its last activity; busy while a citizen is called or
 * at the point; paused between pause and resume; idle the rest. Busy and paused may overlap (a point paused
 * while it finishes with someone): what is both counts as busy and paused, and idle is what is neither.
 */
import type { PointDay } from './day-digest';

export type Interval = [start: number, end: number];

export function measureDay(
  first: number,
  last: number,
  busy: Interval[] = [],
  paused: Interval[] = [],
): Omit<PointDay, 'servicePointId'> {
  const clip = (list: Interval[]) =>
    list.map(([s, e]): Interval => [Math.max(s, first), Math.min(e, last)]).filter(([s, e]) => e > s);
  const busyMs = unionLength(clip(busy));
  const pausedMs = unionLength(clip(paused));
  const eitherMs = unionLength([...clip(busy), ...clip(paused)]);
  const openMs = last - first;
  return { openMs, busyMs, pausedMs, idleMs: Math.max(0, openMs - eitherMs), pauses: paused.length };
}

/** Total length covered by a set of intervals, overlaps counted once. */
export function unionLength(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let start = -Infinity;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (s > end) {
      if (end > start) total += end - start;
      start = s;
      end = e;
    } else if (e > end) end = e;
  }
  if (end > start) total += end - start;
  return total;
}
