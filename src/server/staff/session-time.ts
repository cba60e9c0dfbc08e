/**
 * How long each person was signed in, day by day and shift by shift, from the staff sessions. A session still
 * open runs until now on its own day; one left open on a day that has ended (nobody signed out) runs until the
 * last thing its point did that day — never overnight. Read-only: used by reports (in the report worker too).
 */
import type { Database, Statement } from 'better-sqlite3';
import { AFTERNOON_STARTS_MINUTE, type Shift } from '../../shared/report-labels';
import { addDays, startOfDay, type DayRange } from '../../shared/report-range';
import { serviceDayOf } from '../../shared/time';

export interface SignedInTime {
  day: string;
  staffId: number;
  shift: Shift;
  ms: number;
  servicePointIds: number[];
}

interface SessionRow {
  staff_id: number;
  service_point_id: number;
  service_day: string;
  signed_in_at: number;
  signed_out_at: number | null;
}

export class SessionTime {
  private readonly sessions: Statement<[string, string], SessionRow>;
  private readonly lastActivity: Statement<[string, number], { at: number | null }>;

  constructor(db: Database) {
    this.sessions = db.prepare(
      `SELECT staff_id, service_point_id, service_day, signed_in_at, signed_out_at FROM staff_sessions
       WHERE service_day BETWEEN ? AND ? ORDER BY signed_in_at`,
    );
    this.lastActivity = db.prepare(
      `SELECT max(max(called_at), max(coalesce(resolved_at, 0))) AS at FROM tickets
       WHERE service_day = ? AND service_point_id = ?`,
    );
  }

  /** Signed-in time per day, person and shift within `range` (only non-zero entries). */
  inRange(range: DayRange, now: number): SignedInTime[] {
    const today = serviceDayOf(now);
    const out = new Map<string, SignedInTime>();
    for (const s of this.sessions.all(range.from, range.to)) {
      const dayStart = startOfDay(s.service_day);
      const dayEnd = startOfDay(addDays(s.service_day, 1));
      const end = Math.min(dayEnd, s.signed_out_at ?? this.openEnd(s, today, now));
      const noon = dayStart + AFTERNOON_STARTS_MINUTE * 60_000;
      const parts: [Shift, number][] = [
        ['morning', Math.max(0, Math.min(end, noon) - Math.max(s.signed_in_at, dayStart))],
        ['afternoon', Math.max(0, Math.min(end, dayEnd) - Math.max(s.signed_in_at, noon))],
      ];
      for (const [shift, ms] of parts) {
        if (ms <= 0) continue;
        const key = `${s.service_day}|${s.staff_id}|${shift}`;
        const entry = out.get(key) ?? { day: s.service_day, staffId: s.staff_id, shift, ms: 0, servicePointIds: [] };
        entry.ms += ms;
        if (!entry.servicePointIds.includes(s.service_point_id)) entry.servicePointIds.push(s.service_point_id);
        out.set(key, entry);
      }
    }
    return [...out.values()];
  }

  /** Seconds signed in per person over the range. */
  secondsByStaff(range: DayRange, now: number): Map<number, number> {
    const totals = new Map<number, number>();
    for (const t of this.inRange(range, now)) totals.set(t.staffId, (totals.get(t.staffId) ?? 0) + t.ms / 1000);
    return totals;
  }

  private openEnd(s: SessionRow, today: string, now: number): number {
    if (s.service_day >= today) return now;
    const at = this.lastActivity.get(s.service_day, s.service_point_id)?.at ?? null;
    return Math.max(s.signed_in_at, at ?? s.signed_in_at);
  }
}
