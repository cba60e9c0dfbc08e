/** The greeter's and the ticket's "about how long": a rough, honest estimate. Pure. */

/** Assumed service time when a service has no recent cases to learn from. */
export const DEFAULT_SERVICE_SECONDS = 8 * 60;

/**
 * Minutes until a newcomer is likely called: the people ahead, times the recent mean service time, shared by
 * the open points that serve the service. Null when no point is open (nobody can say).
 */
export function estimateWaitMinutes(
  ahead: number,
  avgServiceSeconds: number | null,
  openPoints: number,
): number | null {
  if (openPoints <= 0) return null;
  const seconds = (ahead * (avgServiceSeconds ?? DEFAULT_SERVICE_SECONDS)) / openPoints;
  return Math.round(seconds / 60);
}
