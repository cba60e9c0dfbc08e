/**
 * Reads one service day's event log and reduces it to a digest (day-digest.ts). The definitions live here and
 * in docs/metrics.md; the two must say the same thing.
 *
 * - A visit joins its queue at its first event: `issued`, or the `transferred` that created it. A case sent
 *   "to the front" keeps its original queue time for ordering, but its wait there starts at the transfer.
 * - Wait = joined → FIRST `called`. A citizen marked absent and called back waited until the first call.
 * - Service = the last `started` (or, when nobody pressed start, the call that brought them) → `resolved`.
 */
import type { Database } from 'better-sqlite3';
import { addDays, startOfDay, weekdayOf } from '../../shared/report-range';
import { END, F, FLAG, STRIDE, type DayDigest, type PointDay } from './day-digest';
import { measureDay, type Interval } from './point-time';

type TicketRow = [
  id: number,
  caseId: number,
  serviceId: number,
  priority: string,
  status: string,
  outcome: string | null,
  helpKind: string | null,
  transferredFromId: number | null,
  keepsTurn: number,
  queuedAt: number,
];
type EventRow = [
  ticketId: number,
  at: number,
  type: string,
  servicePointId: number | null,
  staffId: number | null,
  data: string | null,
];

type StoredRow = [...EventRow, id: number];

const ENDING = new Set(['no_show', 'resolved', 'transferred', 'cancelled']);

export class DayFacts {
  private readonly tickets;
  private readonly events;
  private readonly pointEvents;
  private readonly pointKinds;

  constructor(db: Database) {
    this.tickets = db
      .prepare(
        `SELECT id, case_id, service_id, priority, status, outcome, help_kind, transferred_from_id, keeps_turn,
                queued_at
         FROM tickets WHERE service_day = ? ORDER BY id`,
      )
      .raw();
    this.events = db
      .prepare(
        `SELECT ticket_id, at, type, service_point_id, staff_id,
                CASE WHEN type IN ('cancelled', 'undone') THEN data END, id
         FROM events WHERE ticket_id IN (SELECT id FROM tickets WHERE service_day = ?) ORDER BY id`,
      )
      .raw();
    this.pointEvents = db
      .prepare(
        `SELECT at, type, service_point_id FROM events INDEXED BY events_point_changes
         WHERE ticket_id IS NULL AND at >= ? AND at < ? AND type IN ('paused', 'resumed') ORDER BY id`,
      )
      .raw();
    this.pointKinds = db.prepare('SELECT id, kind FROM service_points');
  }

  /** The digest of `day`; `now` ends what is still going on (a citizen at a point, today). */
  digest(day: string, now: number): DayDigest {
    const dayStart = startOfDay(day);
    const dayEnd = startOfDay(addDays(day, 1));
    const helpDesks = new Set(
      (this.pointKinds.all() as { id: number; kind: string }[]).filter((p) => p.kind === 'help_desk').map((p) => p.id),
    );
    const byTicket = new Map<number, EventRow[]>();
    const { standing, withdrawn } = foldUndone(this.events.all(day) as StoredRow[]);
    for (const event of standing) {
      const list = byTicket.get(event[0]);
      if (list) list.push(event);
      else byTicket.set(event[0], [event]);
    }
    // A ticket whose making was undone (the case was sent on, then taken back) was never a visit.
    const tickets = (this.tickets.all(day) as TicketRow[]).filter((ticket) => !withdrawn.has(ticket[0]));
    const codes: string[] = [];
    const codeOf = (code: string) => {
      const i = codes.indexOf(code);
      return i >= 0 ? i : codes.push(code) - 1;
    };
    const busy = new Map<number, Interval[]>();
    const activity = new Map<number, number[]>();
    const touch = (point: number, at: number) => {
      const list = activity.get(point);
      if (list) list.push(at);
      else activity.set(point, [at]);
    };
    const visits = new Int32Array(tickets.length * STRIDE);
    tickets.forEach((ticket, i) => {
      const record = visits.subarray(i * STRIDE, (i + 1) * STRIDE);
      const events = byTicket.get(ticket[0]) ?? [];
      describeVisit(record, ticket, events, { dayStart, now, helpDesks, codeOf });
      // The point's busy time: from each call until what ended it (absent, resolved, moved, cancelled).
      let calledAt: number | null = null;
      let calledBy: number | null = null;
      events.forEach(([, at, type, point], index) => {
        // The event that made the visit (issue, transfer in) is no act of the point it was sent to; and the
        // sweep that closes a day's leftovers the next morning is no act of that day.
        if (point !== null && index > 0 && at < dayEnd) touch(point, at);
        if (type === 'called' && point !== null) {
          calledAt = at;
          calledBy = point;
        } else if (ENDING.has(type) && calledAt !== null && calledBy !== null) {
          pushInterval(busy, calledBy, [calledAt, at]);
          calledAt = null;
        }
      });
      if (calledAt !== null && calledBy !== null && (ticket[4] === 'called' || ticket[4] === 'serving')) {
        const end = Math.min(now, dayEnd);
        pushInterval(busy, calledBy, [calledAt, end]);
        touch(calledBy, end);
      }
    });
    const paused = new Map<number, Interval[]>();
    const pausedSince = new Map<number, number>();
    for (const [at, type, point] of this.pointEvents.all(dayStart, dayEnd) as [number, string, number][]) {
      touch(point, at);
      if (type === 'paused') pausedSince.set(point, at);
      else if (pausedSince.has(point)) {
        pushInterval(paused, point, [pausedSince.get(point)!, at]);
        pausedSince.delete(point);
      }
    }
    // A pause never resumed that day lasts until the point's last activity (see docs/metrics.md).
    for (const [point, since] of pausedSince) pushInterval(paused, point, [since, Math.max(...activity.get(point)!)]);
    const points: PointDay[] = [...activity.entries()]
      .map(([servicePointId, times]) => ({
        servicePointId,
        ...measureDay(Math.min(...times), Math.max(...times), busy.get(servicePointId), paused.get(servicePointId)),
      }))
      .sort((a, b) => a.servicePointId - b.servicePointId);
    return { day, weekday: weekdayOf(day), codes, visits, points };
  }
}

/**
 * The log as if each undone step had never been written: an `undone` event and the event it names both drop out.
 * `withdrawn`: tickets whose first event (the one that made them) was undone.
 */
function foldUndone(rows: StoredRow[]): { standing: EventRow[]; withdrawn: Set<number> } {
  const undone = new Set<number>();
  for (const row of rows) if (row[2] === 'undone') undone.add((JSON.parse(row[5]!) as { eventId: number }).eventId);
  const standing: EventRow[] = [];
  const seen = new Set<number>();
  const withdrawn = new Set<number>();
  for (const row of rows) {
    const first = !seen.has(row[0]);
    seen.add(row[0]);
    if (undone.has(row[6])) {
      if (first) withdrawn.add(row[0]);
    } else if (row[2] !== 'undone') standing.push(row.slice(0, 6) as EventRow);
  }
  return { standing, withdrawn };
}

function pushInterval(map: Map<number, Interval[]>, point: number, interval: Interval): void {
  const list = map.get(point);
  if (list) list.push(interval);
  else map.set(point, [interval]);
}

interface VisitContext {
  dayStart: number;
  now: number;
  helpDesks: Set<number>;
  codeOf: (code: string) => number;
}

/** Fills one visit record from its ticket row and its events (oldest first). */
function describeVisit(record: Int32Array, ticket: TicketRow, events: EventRow[], context: VisitContext): void {
  const [id, caseId, serviceId, priority, status, outcome, helpKind, transferredFromId, keepsTurn, queuedAt] = ticket;
  const joinedAt = events[0]?.[1] ?? queuedAt;
  let firstCall: number | null = null;
  let lastCall: number | null = null;
  let lastStart: number | null = null;
  let resolvedAt: number | null = null;
  let point = -1;
  let callStaff = -1;
  let resolveStaff = -1;
  let resolvedAtPoint = -1;
  let absentSeen = false;
  let calledBack = false;
  let recalls = 0;
  let cancelReason: string | null = null;
  for (const [, at, type, servicePointId, staffId, data] of events) {
    if (type === 'called') {
      firstCall ??= at;
      lastCall = at;
      lastStart = null;
      point = servicePointId ?? -1;
      callStaff = staffId ?? -1;
      if (absentSeen) calledBack = true;
    } else if (type === 'started') lastStart = at;
    else if (type === 'no_show') absentSeen = true;
    else if (type === 'recalled') recalls++;
    else if (type === 'resolved') {
      resolvedAt = at;
      resolveStaff = staffId ?? -1;
      resolvedAtPoint = servicePointId ?? point;
    } else if (type === 'cancelled' && data) cancelReason = (JSON.parse(data) as { reason?: string }).reason ?? null;
  }
  const serviceStart = lastStart ?? lastCall;
  let flags = 0;
  if (transferredFromId === null) flags |= FLAG.issued;
  else flags |= FLAG.transferredIn;
  if (keepsTurn) flags |= FLAG.keptTurn;
  if (calledBack) flags |= FLAG.calledBack;
  if (status === 'resolved' && context.helpDesks.has(resolvedAtPoint)) flags |= FLAG.helpDesk;
  record[F.ticketId] = id;
  record[F.caseId] = caseId;
  record[F.serviceId] = serviceId;
  record[F.pointId] = point;
  record[F.staffId] = status === 'resolved' ? resolveStaff : callStaff;
  record[F.priority] = context.codeOf(priority);
  record[F.end] = endOf(status, cancelReason);
  record[F.outcome] = status === 'resolved' && outcome ? context.codeOf(outcome) : -1;
  record[F.helpKind] = status === 'resolved' && helpKind ? context.codeOf(helpKind) : -1;
  record[F.joinedSecond] = Math.floor((joinedAt - context.dayStart) / 1000);
  record[F.waitMs] = firstCall === null ? -1 : firstCall - joinedAt;
  record[F.serviceMs] =
    status === 'resolved' && resolvedAt !== null && serviceStart !== null ? resolvedAt - serviceStart : -1;
  record[F.flags] = flags;
  record[F.recalls] = recalls;
}

function endOf(status: string, cancelReason: string | null): number {
  switch (status) {
    case 'resolved':
      return END.resolved;
    case 'no_show':
      return END.absent;
    case 'transferred':
      return END.transferred;
    case 'cancelled':
      return cancelReason === 'day_ended' ? END.closedAtDayEnd : END.cancelled;
    case 'called':
      return END.called;
    case 'serving':
      return END.serving;
    default:
      return END.waiting;
  }
}
