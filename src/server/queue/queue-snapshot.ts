/** `GET /api/queue` (shape in src/shared/api.ts). */
import type { QueueSnapshot } from '../../shared/api';
import type { Ticket } from '../../shared/domain';
import type { SetupStore } from '../setup/setup-store';
import type { QueueEngine } from './queue-engine';

/** At most this many waiting tickets per service are listed; counts are always exact. */
export const SNAPSHOT_WAITING_LIMIT = 50;

export function queueSnapshot(engine: QueueEngine, setup: SetupStore): QueueSnapshot {
  const serviceDay = engine.today();
  const open = engine.tickets.openOn(serviceDay);
  const waitingByService = new Map<number, Ticket[]>();
  const currentByPoint = new Map<number, Ticket>();
  for (const ticket of open) {
    if (ticket.status === 'waiting') {
      const list = waitingByService.get(ticket.serviceId) ?? [];
      list.push(ticket);
      waitingByService.set(ticket.serviceId, list);
    } else if (ticket.servicePointId !== null) {
      currentByPoint.set(ticket.servicePointId, ticket);
    }
  }
  return {
    serviceDay,
    lastEventId: engine.tickets.lastEventId(),
    services: setup.services().map((s) => {
      const waiting = waitingByService.get(s.id) ?? [];
      return {
        serviceId: s.id,
        waitingCount: waiting.length,
        waiting: waiting.slice(0, SNAPSHOT_WAITING_LIMIT),
        avgServiceSeconds: engine.tickets.recentServiceSeconds(s.id, serviceDay),
        issuedToday: engine.tickets.issuedCount(serviceDay, s.id),
      };
    }),
    servicePoints: setup.servicePoints().map((p) => ({
      servicePointId: p.id,
      paused: p.paused,
      pauseReason: p.pauseReason,
      current: currentByPoint.get(p.id) ?? null,
      regularStreak: engine.tickets.regularStreak(p.id, serviceDay),
    })),
  };
}
