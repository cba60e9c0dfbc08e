import type { Database } from 'better-sqlite3';
import type { LuotEvent } from '../../shared/events';

export type EventListener = (event: LuotEvent) => void;

/**
 * Runs state changes as one IMMEDIATE transaction each and publishes their events only after the outermost
 * transaction commits — so a screen never sees a change that was rolled back, and a request wrapper
 * (idempotency) can join the engine's transaction.
 */
export class Transactor {
  private depth = 0;
  private pending: LuotEvent[] = [];
  private readonly listeners = new Set<EventListener>();

  constructor(private readonly db: Database) {}

  run<T>(fn: () => T): T {
    if (this.depth > 0) return fn();
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
    for (const event of events) this.publish(event);
    return result;
  }

  /** Queues an event for after the commit (or publishes now when no transaction is open). */
  emit(event: LuotEvent): void {
    if (this.depth > 0) this.pending.push(event);
    else this.publish(event);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private publish(event: LuotEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // One broken screen connection must not stop the others from hearing about a call.
        console.error('event listener failed', error);
      }
    }
  }
}
