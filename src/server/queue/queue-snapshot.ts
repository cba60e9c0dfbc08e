/**
 * `GET /api/queue` (shape in src/shared/api.ts): what every screen fetches when it connects. Its cost must not
 * grow with the queue (sixty screens reconnect at once after a network blip): counts come from the counters the
 * triggers keep, and each service lists only the heads a screen can show — the first tickets of each class,
 * plus the few that jump the order (cases sent back to the front, transfers to a named point).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { QueueSnapshot } from '../../shared/api';
import type { Ticket } from '../../shared/domain';
import { byArrival } from '../../shared/pick-order';
import type { SetupStore } from '../setup/setup-store';
import type { QueueEngine } from './queue-engine';

/**
 * Tickets of each class listed per service (a display shows up to 20 next numbers a service; a counter's list,
 * 20 of each class in the order it will call them). Counts are always exact.
 */
export const SNAPSHOT_WAITING_LIMIT = 20;

export function queueSnapshot(engine: QueueEngine, setup: SetupStore): QueueSnapshot {
  const serviceDay = engine.today();
  const { tickets } = engine;
  const special = tickets.waitingSpecial(serviceDay);
  const currentByPoint = new Map<number, Ticket>();
  for (const ticket of tickets.currentOn(serviceDay)) currentByPoint.set(ticket.servicePointId!, ticket);
  return {
    serviceDay,
    lastEventId: engine.log.lastEventId(),
    services: setup.services().map((s) => {
      const listed = new Map<number, Ticket>();
      for (const ticket of [
        ...tickets.waitingHeads(serviceDay, s.id, true, SNAPSHOT_WAITING_LIMIT),
        ...tickets.waitingHeads(serviceDay, s.id, false, SNAPSHOT_WAITING_LIMIT),
        ...special.filter((t) => t.serviceId === s.id),
      ])
        listed.set(ticket.id, ticket);
      return {
        serviceId: s.id,
        waitingCount: tickets.countWaiting(serviceDay, s.id),
        waiting: [...listed.values()].sort(byArrival),
        pace: tickets.paceToday(s.id, serviceDay),
        issuedToday: tickets.issuedCount(serviceDay, s.id),
        appointmentHold: engine.appointmentHolds.holdOf(s.id, serviceDay),
      };
    }),
    servicePoints: setup.servicePoints().map((p) => ({
      servicePointId: p.id,
      paused: p.paused,
      pauseReason: p.pauseReason,
      current: currentByPoint.get(p.id) ?? null,
      regularStreak: tickets.regularStreak(p.id, serviceDay),
    })),
  };
}

/**
 * `GET /api/queue`'s answer as JSON text, made again only when the database has changed. Sixty screens asking
 * for the same picture each got the same rows read and written out again (≈ 1 ms each at 5,900 waiting, issue 25);
 * now the first pays and the rest are sent the same bytes.
 *
 * The text is kept against the database's own change counters rather than the last event id: `total_changes()`
 * (every row this connection inserted, updated or deleted, triggers included — setup, appointments and pauses
 * too, events or not) and `data_version` (a commit by any other connection). Either moving, or the service day
 * turning at midnight, makes it again. Everything the snapshot shows is read from the database, so an unchanged
 * database is an unchanged snapshot. Public screens get their own text (no private details). Never kept while a
 * transaction is open: what it read might still be rolled back.
 */
export class SnapshotText {
  private readonly version: Statement<[], string>;
  private key = '';
  private snapshot: QueueSnapshot | null = null;
  private readonly texts = new Map<'full' | 'public', string>();

  constructor(
    private readonly db: Database,
    private readonly make: () => QueueSnapshot,
    private readonly today: () => string,
  ) {
    this.version = db
      .prepare<[], string>("SELECT total_changes() || ',' || data_version FROM pragma_data_version")
      .pluck();
  }

  text(audience: 'full' | 'public', shown: (snapshot: QueueSnapshot) => QueueSnapshot): string {
    if (this.db.inTransaction) return JSON.stringify(shown(this.make()));
    const key = `${this.today()},${this.version.get()}`;
    if (key !== this.key) {
      this.key = key;
      this.snapshot = null;
      this.texts.clear();
    }
    let text = this.texts.get(audience);
    if (text === undefined) {
      this.snapshot ??= this.make();
      this.texts.set(audience, (text = JSON.stringify(shown(this.snapshot))));
    }
    return text;
  }
}
