/**
 * `GET /api/reports/summary`: counts and times over a range of service days. Times are per ticket row (each
 * queue a case passed through): wait = queued → first call, service = start → resolve.
 */
import type { Database } from 'better-sqlite3';
import { OUTCOMES, TICKET_STATUSES, type Outcome, type TicketStatus } from '../../shared/domain';

export interface Percentiles {
  count: number;
  p50Seconds: number | null;
  p90Seconds: number | null;
  meanSeconds: number | null;
}

export interface ReportSummary {
  from: string;
  to: string;
  issued: number;
  byStatus: Record<TicketStatus, number>;
  byOutcome: Record<Outcome, number>;
  byHelpKind: Record<string, number>;
  wait: Percentiles;
  service: Percentiles;
  byService: { serviceId: number; tickets: number; resolved: number; noShow: number; wait: Percentiles }[];
}

interface Row {
  service_id: number;
  status: TicketStatus;
  outcome: Outcome | null;
  help_kind: string | null;
  transferred_from_id: number | null;
  wait_ms: number | null;
  service_ms: number | null;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function percentiles(valuesMs: number[]): Percentiles {
  const sorted = [...valuesMs].sort((a, b) => a - b);
  const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null;
  return {
    count: sorted.length,
    p50Seconds: seconds(percentile(sorted, 50)),
    p90Seconds: seconds(percentile(sorted, 90)),
    meanSeconds: seconds(mean),
  };
}

export function reportSummary(db: Database, from: string, to: string): ReportSummary {
  const rows = db
    .prepare(
      `SELECT service_id, status, outcome, help_kind, transferred_from_id,
              called_at - queued_at AS wait_ms,
              CASE WHEN status = 'resolved' THEN resolved_at - started_at END AS service_ms
       FROM tickets WHERE service_day BETWEEN ? AND ?`,
    )
    .all(from, to) as Row[];
  const byStatus = Object.fromEntries(TICKET_STATUSES.map((s) => [s, 0])) as Record<TicketStatus, number>;
  const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const byHelpKind: Record<string, number> = {};
  const waits: number[] = [];
  const services: number[] = [];
  const perService = new Map<number, { tickets: number; resolved: number; noShow: number; waits: number[] }>();
  let issued = 0;
  for (const r of rows) {
    if (r.transferred_from_id === null) issued++;
    byStatus[r.status]++;
    if (r.outcome) byOutcome[r.outcome]++;
    if (r.help_kind) byHelpKind[r.help_kind] = (byHelpKind[r.help_kind] ?? 0) + 1;
    if (r.wait_ms !== null) waits.push(r.wait_ms);
    if (r.service_ms !== null) services.push(r.service_ms);
    const s = perService.get(r.service_id) ?? { tickets: 0, resolved: 0, noShow: 0, waits: [] };
    s.tickets++;
    if (r.status === 'resolved') s.resolved++;
    if (r.status === 'no_show') s.noShow++;
    if (r.wait_ms !== null) s.waits.push(r.wait_ms);
    perService.set(r.service_id, s);
  }
  return {
    from,
    to,
    issued,
    byStatus,
    byOutcome,
    byHelpKind,
    wait: percentiles(waits),
    service: percentiles(services),
    byService: [...perService.entries()].map(([serviceId, s]) => ({
      serviceId,
      tickets: s.tickets,
      resolved: s.resolved,
      noShow: s.noShow,
      wait: percentiles(s.waits),
    })),
  };
}
