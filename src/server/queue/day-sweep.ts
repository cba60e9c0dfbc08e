/**
 * The day change. At local midnight (Asia/Ho_Chi_Minh) the service day turns: what an earlier day left open is
 * closed as `cancelled` with reason `day_ended` (docs/queue-policy.md), kept, never deleted, and every screen is
 * told so it moves to the new day by itself.
 *
 * The sweep is its own committed step: run by a timer at midnight, at start, and before the first change of a
 * day (the Transactor's preflight) — never inside another request's transaction, so a refused request cannot
 * undo it. It is idempotent: the day it last completed is stored, and a sweep that found nothing writes nothing.
 */
import type { Database, Statement } from 'better-sqlite3';
import { STEPS } from '../../shared/contract/steps';
import { localParts, serviceDayOf } from '../../shared/time';
import { CORE_ACTOR, type EventLog } from '../events/event-log';
import type { TicketStore } from './ticket-store';
import type { Transactor } from './transactor';

/** The watcher looks again at least this often, so a moved clock (or a sleeping PC) is noticed within a minute. */
const MAX_CHECK_MS = 60_000;

export class DaySweep {
  private sweptDay = '';
  private timer: NodeJS.Timeout | undefined;
  private readonly readSwept: Statement<[], { value: string }>;
  private readonly writeSwept: Statement<[string]>;

  constructor(
    db: Database,
    private readonly tickets: TicketStore,
    private readonly log: EventLog,
    private readonly tx: Transactor,
    private readonly clock: () => number,
  ) {
    this.readSwept = db.prepare("SELECT value FROM center_state WHERE key = 'swept_day'");
    this.writeSwept = db.prepare(
      "INSERT INTO center_state (key, value) VALUES ('swept_day', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    );
  }

  /** Closes what earlier days left open; returns how many tickets it closed. Cheap when the day is already swept. */
  closeEndedDays(): number {
    const today = serviceDayOf(this.clock());
    if (this.sweptDay === today) return 0;
    // Inside another change it would share that change's fate; the preflight runs it before the next one.
    if (this.tx.inTransaction) return 0;
    const closed = this.tx.run(() => {
      const stale = this.tickets.openBefore(today);
      const now = this.clock();
      for (const ticket of stale) {
        const updated = this.tickets.update(ticket.id, STEPS.closeDay.from, {
          status: STEPS.closeDay.to,
          resolvedAt: now,
        });
        if (updated)
          this.log.ticket(STEPS.closeDay.event, updated, CORE_ACTOR, ticket.servicePointId, { reason: 'day_ended' });
      }
      const last = this.readSwept.get()?.value ?? null;
      if (last !== today) {
        const ended = last ?? stale.at(-1)?.serviceDay ?? null;
        if (ended !== null) this.log.dayClosed({ serviceDay: ended, newServiceDay: today, closed: stale.length });
        this.writeSwept.run(today);
      }
      return stale.length;
    });
    this.sweptDay = today;
    return closed;
  }

  /** Runs the sweep at every local midnight while the core is open. */
  watch(maxCheckMs = MAX_CHECK_MS): void {
    const tick = () => {
      try {
        this.closeEndedDays();
      } catch (error) {
        console.error('[luot] the day-end sweep failed; it runs again before the next change', error);
      }
      this.timer = setTimeout(tick, Math.min(maxCheckMs, msToNextMidnight(this.clock()) + 200));
      this.timer.unref();
    };
    tick();
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

function msToNextMidnight(now: number): number {
  return (1440 - localParts(now).minuteOfDay) * 60_000 - (now % 60_000);
}
