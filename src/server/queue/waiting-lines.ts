/**
 * "How many will be called before this ticket", for the printed ticket and the citizen's status page alike, in
 * the engine's own pick order (src/shared/pick-order.ts).
 *
 * A ticket sent to one point waits for that point, with everyone else that point may take. Any other waits for
 * its service, ordered as the point that will most likely call next would call it — an open point serving it with
 * nobody at it, else any open point — as the wall display chooses it (queue-view.ts `nextNumbers`). With nobody
 * open to call, the order of arrival, as the display lists it. Other services a point also serves are not
 * counted, as on the display: the estimate stays "about".
 */
import type { Database, Statement } from 'better-sqlite3';
import type { PriorityClass, ServicePoint, Ticket } from '../../shared/domain';
import { byArrival, likelyCaller, pickOrder, type Waiter } from '../../shared/pick-order';
import type { SetupStore } from '../setup/setup-store';
import type { QueueEngine } from './queue-engine';

interface WaiterRow {
  id: number;
  queued_at: number;
  priority: PriorityClass;
  keeps_turn: number;
  appointment_time: string | null;
  appointment_first: number;
}

const waiterOf = (r: WaiterRow): Waiter => ({
  id: r.id,
  queuedAt: r.queued_at,
  priority: r.priority,
  keepsTurn: r.keeps_turn === 1,
  appointment: r.appointment_time === null ? null : { time: r.appointment_time, first: r.appointment_first === 1 },
});

/** A ticket's line: positions in call order, and how many open points call from it. */
export interface WaitingLine {
  position: ReadonlyMap<number, number>;
  length: number;
  openPoints: number;
}

export class WaitingLines {
  private readonly forService: Statement<[string, number], WaiterRow>;
  private readonly forPoint: Statement<[string, number], WaiterRow>;

  constructor(
    db: Database,
    private readonly setup: SetupStore,
    private readonly engine: QueueEngine,
  ) {
    // The columns the pick order reads, through the queue's own waiting indexes.
    this.forService = db.prepare(
      `SELECT id, queued_at, priority, keeps_turn, appointment_time, appointment_first FROM tickets
       WHERE status = 'waiting' AND service_day = ? AND service_id = ? AND target_service_point_id IS NULL`,
    );
    this.forPoint = db.prepare(
      `SELECT id, queued_at, priority, keeps_turn, appointment_time, appointment_first FROM tickets
       WHERE status = 'waiting' AND service_day = ? AND target_service_point_id = ?`,
    );
  }

  /** Which line a ticket stands in: tickets in the same line share one answer (see `CachedLines`). */
  static keyOf(ticket: Ticket): string {
    return ticket.targetServicePointId === null ? `s${ticket.serviceId}` : `p${ticket.targetServicePointId}`;
  }

  /** The line a ticket stands in, as the queue is now. */
  lineOf(ticket: Ticket): WaitingLine {
    const day = ticket.serviceDay;
    const points = this.setup.servicePoints();
    const open = (p: ServicePoint) => p.active && !p.paused;
    let waiting: Waiter[];
    let caller: ServicePoint | undefined;
    if (ticket.targetServicePointId !== null) {
      const point = points.find((p) => p.id === ticket.targetServicePointId);
      const rows = this.forPoint.all(day, ticket.targetServicePointId);
      for (const serviceId of point?.serviceIds ?? []) rows.push(...this.forService.all(day, serviceId));
      waiting = rows.map(waiterOf);
      caller = point && open(point) ? point : undefined;
    } else {
      waiting = this.forService.all(day, ticket.serviceId).map(waiterOf);
      caller = likelyCaller(points, ticket.serviceId, (id) => !!this.engine.tickets.currentAtPoint(id));
    }
    const order = caller
      ? pickOrder(waiting, this.setup.settings().priorityPolicy, this.engine.tickets.regularStreak(caller.id, day))
      : [...waiting].sort(byArrival);
    return {
      position: new Map(order.map((w, i) => [w.id, i])),
      length: order.length,
      openPoints:
        ticket.targetServicePointId !== null
          ? Number(caller !== undefined)
          : points.filter((p) => open(p) && p.serviceIds.includes(ticket.serviceId)).length,
    };
  }
}

/** People who will be called before a ticket of this line (none once it is no longer waiting). */
export const aheadIn = (line: WaitingLine, ticket: Ticket): number =>
  ticket.status !== 'waiting' ? 0 : (line.position.get(ticket.id) ?? line.length);

/**
 * Lines read once per batch of queue changes and shared by every reader waiting in them (the status pages: 500
 * phones in one hall stand in a handful of lines). `reset` when the queue changed.
 */
export class CachedLines {
  private cache = new Map<string, WaitingLine>();

  constructor(private readonly lines: WaitingLines) {}

  reset(): void {
    this.cache.clear();
  }

  lineOf(ticket: Ticket): WaitingLine {
    const key = WaitingLines.keyOf(ticket);
    let line = this.cache.get(key);
    if (!line) {
      line = this.lines.lineOf(ticket);
      this.cache.set(key, line);
    }
    return line;
  }

  ahead(ticket: Ticket): number {
    return aheadIn(this.lineOf(ticket), ticket);
  }
}
