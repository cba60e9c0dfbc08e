/**
 * The ONE wait (issue 19 §5): how many are ahead and about how long, the same on the greeter, the printed ticket,
 * the citizen's status page and the counter. The server reads a ticket's "ahead" from its line
 * (src/server/queue/wait-estimates.ts); screens that follow the queue live count it the same way
 * (src/shared/queue-view.ts `aheadInView`). The minutes come from here alone. Pure.
 */

/** A service's typical handling time until setup says otherwise. */
export const DEFAULT_HANDLING_MINUTES = 8;

/** Today's cases of a service needed before the estimate trusts today's own handling time over setup's. */
export const CASES_TO_LEARN = 10;

/** What today has shown of a service's handling time: its resolved cases and their mean (start → resolve). */
export interface ServicePace {
  casesToday: number;
  meanSecondsToday: number | null;
}

export const NO_PACE: ServicePace = { casesToday: 0, meanSecondsToday: null };

/** Seconds one case takes, as the estimate believes it now: today's mean once it has seen enough, else setup's. */
export function handlingSeconds(typicalMinutes: number, pace: ServicePace): number {
  if (pace.casesToday >= CASES_TO_LEARN && pace.meanSecondsToday !== null) return pace.meanSecondsToday;
  return typicalMinutes * 60;
}

/**
 * Minutes until a ticket with `ahead` people before it is likely called: ahead × handling time ÷ the open points
 * that take it — never less than half of what setup's typical time says (a few quick "tư vấn" cases must not
 * make the hall promise a wait it cannot keep), and at least a minute while anyone is ahead. 0 with nobody
 * ahead; null when no point is open (nobody can say).
 */
export function waitMinutes(
  ahead: number,
  openPoints: number,
  typicalMinutes: number,
  pace: ServicePace,
): number | null {
  if (openPoints <= 0) return null;
  if (ahead <= 0) return 0;
  const learned = (ahead * handlingSeconds(typicalMinutes, pace)) / openPoints;
  const floor = (ahead * typicalMinutes * 60) / openPoints / 2;
  return Math.max(1, Math.round(Math.max(learned, floor) / 60));
}

/** "How many are ahead and about how long" for one ticket (or a newcomer to a service), at one moment. */
export interface WaitEstimate {
  ahead: number;
  /** Null: no point that takes it is open. */
  minutes: number | null;
}
