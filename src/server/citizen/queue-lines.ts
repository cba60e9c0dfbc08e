/**
 * "How many are ahead of me" for the status page, in the engine's own pick order (src/shared/pick-order.ts):
 * the whole waiting line of the ticket's service (or of the point it was sent to), ordered as the point that
 * will most likely call next would call it — an open point with nobody at it, else any open point, as the wall
 * display chooses (queue-view.ts `nextNumbers`). Lines are computed once per batch of changes and shared by all
 * the status pages waiting in them.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { PriorityClass, ServicePoint, Ticket } from '../../shared/domain';
import { byArrival, likelyCaller, pickOrder, type Waiter } from '../../shared/pick-order';
import type { QueueEngine } from '../queue/queue-engine';
import type { SetupStore } from '../setup/setup-store';

interface WaiterRow {
  id: number;
  queued_at: number;
  priority: PriorityClass;
  keeps_turn: number;
}

const waiterOf = (r: WaiterRow): Waiter => ({
  id: r.id,
  queuedAt: r.queued_at,
  priority: r.priority,
  keepsTurn: r.keeps_turn === 1,
});

/** A ticket's line: positions in call order, and how many open points call from it. */
export interface Line {
  position: Map<number, number>;
  length: number;
  openPoints: number;
}

export class QueueLines {
  private readonly forService: Statement<[string, number], WaiterRow>;
  private readonly forPoint: Statement<[string, number], WaiterRow>;
  private cache = new Map<string, Line>();

  constructor(
    db: Database,
    private readonly setup: SetupStore,
    private readonly engine: QueueEngine,
  ) {
    // The columns the pick order reads, through the queue's own waiting indexes.
    this.forService = db.prepare(
      `SELECT id, queued_at, priority, keeps_turn FROM tickets
       WHERE status = 'waiting' AND service_day = ? AND service_id = ? AND target_service_point_id IS NULL`,
    );
    this.forPoint = db.prepare(
      `SELECT id, queued_at, priority, keeps_turn FROM tickets
       WHERE status = 'waiting' AND service_day = ? AND target_service_point_id = ?`,
    );
  }

  /** Forget the lines: the queue changed. */
  reset(): void {
    this.cache.clear();
  }

  /** The line a waiting ticket stands in. */
  lineOf(ticket: Ticket): Line {
    const key = ticket.targetServicePointId === null ? `s${ticket.serviceId}` : `p${ticket.targetServicePointId}`;
    let line = this.cache.get(key);
    if (!line) {
      line = this.compute(ticket);
      this.cache.set(key, line);
    }
    return line;
  }

  /** People who will be called before the ticket. */
  ahead(ticket: Ticket): number {
    const line = this.lineOf(ticket);
    return line.position.get(ticket.id) ?? line.length;
  }

  private compute(ticket: Ticket): Line {
    const day = ticket.serviceDay;
    const points = this.setup.servicePoints();
    const open = (p: ServicePoint) => p.active && !p.paused;
    let waiting: Waiter[];
    let caller: ServicePoint | undefined;
    if (ticket.targetServicePointId !== null) {
      // Sent to one point: it also calls everyone waiting for its services.
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
