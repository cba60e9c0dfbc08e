import type { Database } from 'better-sqlite3';
import type { LuotEvent } from '../../shared/events';

/** Hears the events of one commit together, in order. */
export type EventListener = (events: LuotEvent[]) => void;

interface QueuedChange {
  fn: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Changes committed together at most; a busy morning has a handful at a time. */
const MAX_GROUP = 64;

/**
 * Runs state changes in IMMEDIATE transactions and publishes their events only after the commit — so a
 * screen never sees a change that was rolled back, and a request wrapper (idempotency) can join the engine's
 * transaction.
 *
 * Changes from the network go through `runGrouped`: those that arrive in the same turn of the event loop
 * (ten counters pressing "Gọi tiếp" at once) commit in one transaction — one fsync for all — each inside its own
 * savepoint, so a refused change leaves the others. Nobody is answered before the commit that holds their change.
 */
export class Transactor {
  private depth = 0;
  private pending: LuotEvent[] = [];
  private queue: QueuedChange[] = [];
  private readonly listeners = new Set<EventListener>();
  private preflight: (() => void) | null = null;
  private preflighting = false;

  constructor(private readonly db: Database) {}

  /** Is a change being applied right now (work done now joins its transaction)? */
  get inTransaction(): boolean {
    return this.depth > 0;
  }

  /**
   * Work that must be committed on its own before any change (the day-end sweep): run before each transaction,
   * outside it, so a change that is refused cannot undo it. A failure is logged, not passed to the change.
   */
  setPreflight(fn: () => void): void {
    this.preflight = fn;
  }

  run<T>(fn: () => T): T {
    if (this.depth > 0) return fn();
    this.runPreflight();
    this.depth = 1;
    let result: T;
    try {
      result = this.db.transaction(fn).immediate();
    } catch (error) {
      this.pending = [];
      throw error;
    } finally {
      this.depth = 0;
    }
    const events = this.pending;
    this.pending = [];
    this.publish(events);
    return result;
  }

  /** Like `run`, but commits together with the other changes queued in this turn of the event loop. */
  runGrouped<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (this.queue.length === 1) setImmediate(() => this.flush());
    });
  }

  /** Queues an event for after the commit (or publishes now when no transaction is open). */
  emit(event: LuotEvent): void {
    if (this.depth > 0) this.pending.push(event);
    else this.publish([event]);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private flush(): void {
    const group = this.queue.splice(0, MAX_GROUP);
    if (this.queue.length > 0) setImmediate(() => this.flush());
    if (group.length === 1) {
      // Alone in this turn: a plain transaction, no savepoint needed.
      const [change] = group as [QueuedChange];
      try {
        change.resolve(this.run(change.fn));
      } catch (error) {
        change.reject(error);
      }
      return;
    }
    const outcomes: ({ ok: true; value: unknown; events: LuotEvent[] } | { ok: false; error: unknown })[] = [];
    this.runPreflight();
    this.depth = 1;
    try {
      this.db
        .transaction(() => {
          for (const change of group) {
            this.pending = [];
            try {
              // A nested better-sqlite3 transaction is a SAVEPOINT: a throw undoes this change alone.
              outcomes.push({ ok: true, value: this.db.transaction(change.fn)(), events: this.pending });
            } catch (error) {
              outcomes.push({ ok: false, error });
            }
          }
        })
        .immediate();
    } catch (error) {
      for (const change of group) change.reject(error);
      return;
    } finally {
      this.depth = 0;
      this.pending = [];
    }
    // One publication for the whole commit: each screen gets one message instead of one per change.
    this.publish(outcomes.flatMap((outcome) => (outcome.ok ? outcome.events : [])));
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) group[i]!.resolve(outcome.value);
      else group[i]!.reject(outcome.error);
    });
  }

  private runPreflight(): void {
    if (!this.preflight || this.preflighting) return;
    this.preflighting = true;
    try {
      this.preflight();
    } catch (error) {
      console.error('[luot] preflight step failed; it runs again before the next change', error);
    } finally {
      this.preflighting = false;
    }
  }

  private publish(events: LuotEvent[]): void {
    if (events.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch (error) {
        // One broken screen connection must not stop the others from hearing about a call.
        console.error('event listener failed', error);
      }
    }
  }
}
