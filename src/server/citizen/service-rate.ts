/**
 * Today's actual service rate of a service, and the status page's wait estimate from it (defined in
 * docs/metrics.md, "Status page: wait estimate"): tickets of the service called per minute over the last hour
 * of today (or since its first call today, when that is more recent). A call is the queue moving by one,
 * whatever came of it (served, absent, transferred), so the rate already holds how many points are open, how
 * long cases take and how many do not come.
 */
import type { Database, Statement } from 'better-sqlite3';
import { estimateWaitMinutes } from '../../shared/estimate';

export const RATE_WINDOW_MS = 60 * 60_000;
/** Fewer calls, or a shorter span, than this tells too little: the estimate falls back to service times. */
export const RATE_MIN_CALLS = 3;
export const RATE_MIN_SPAN_MS = 5 * 60_000;

export class ServiceRates {
  private readonly calls: Statement<[number, string, number], { first: number | null; recent: number }>;

  constructor(db: Database) {
    this.calls = db.prepare(
      `SELECT min(called_at) AS first, count(*) FILTER (WHERE called_at >= ?) AS recent
       FROM tickets INDEXED BY tickets_by_day
       WHERE service_day = ? AND service_id = ? AND called_at IS NOT NULL`,
    );
  }

  /** Calls per minute today; null when today has too few calls to tell. */
  callsPerMinute(serviceId: number, serviceDay: string, now: number): number | null {
    const windowStart = now - RATE_WINDOW_MS;
    const row = this.calls.get(windowStart, serviceDay, serviceId)!;
    if (row.first === null) return null;
    const span = now - Math.max(windowStart, row.first);
    if (row.recent < RATE_MIN_CALLS || span < RATE_MIN_SPAN_MS) return null;
    return row.recent / (span / 60_000);
  }
}

/**
 * Minutes until a ticket with `ahead` people before it is likely called: `ahead ÷ rate` when today's rate is
 * known; else the greeter's estimate from recent service times shared by the open points. Null when no point
 * is open (nobody can say).
 */
export function waitEstimate(
  ahead: number,
  callsPerMinute: number | null,
  openPoints: number,
  recentServiceSeconds: number | null,
): number | null {
  if (openPoints <= 0) return null;
  if (callsPerMinute !== null && callsPerMinute > 0) return Math.round(ahead / callsPerMinute);
  return estimateWaitMinutes(ahead, recentServiceSeconds, openPoints);
}
