/**
 * `GET /api/queue` (shape in src/shared/api.ts): what every screen fetches when it connects. Its cost must not
 * grow with the queue (sixty screens reconnect at once after a network blip): counts come from the counters the
 * triggers keep, and each service lists only the heads a screen can show — the first tickets of each class,
 * plus the few that jump the order (cases sent back to the front, transfers to a named point).
 */
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
