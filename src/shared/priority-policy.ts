/**
 * Which waiting ticket a service point calls next. Pure, so the rule can be read, tested and explained on
 * its own (docs/queue-policy.md says the same in words for the center).
 *
 * Tickets are first split into two classes: priority (any class other than `none`) and regular.
 * Within a class the order is strictly by arrival (`queuedAt`, then id): first come, first served.
 *
 * - `strict`: any waiting priority ticket is called before any regular ticket.
 * - `ratio` (N): after N regular tickets at this point, the next call takes a priority ticket if one waits.
 *   A point that has not called anyone yet today treats a priority ticket as due, so an elderly citizen who
 *   arrives at opening is not made to wait behind N others. When only one class waits, that class is called.
 */
import type { PriorityPolicy } from './domain';

export type NextClass = 'priority' | 'regular' | null;

export interface WaitingHeads {
  /** Is at least one priority ticket waiting for this point? */
  priorityWaiting: boolean;
  /** Is at least one regular ticket waiting for this point? */
  regularWaiting: boolean;
}

/**
 * @param regularStreak regular tickets this point called since its last priority ticket today;
 *   `null` when it has called no priority ticket yet today.
 */
export function chooseNextClass(policy: PriorityPolicy, heads: WaitingHeads, regularStreak: number | null): NextClass {
  if (!heads.priorityWaiting) return heads.regularWaiting ? 'regular' : null;
  if (!heads.regularWaiting) return 'priority';
  if (policy.kind === 'strict') return 'priority';
  const due = regularStreak === null || regularStreak >= policy.regularPerPriority;
  return due ? 'priority' : 'regular';
}

/** The point's streak after it calls a ticket of `calledClass`. */
export function nextStreak(current: number | null, calledClass: 'priority' | 'regular'): number | null {
  if (calledClass === 'priority') return 0;
  return current === null ? null : current + 1;
}
