/** Pausing and resuming a service point: its own event in the log, and the point's state for every screen. */
import type { ServicePointChanged } from '../../shared/events';
import type { SetupStore } from '../setup/setup-store';
import type { Actor, Clock } from './queue-engine';
import { pauseUnchanged } from './refusals';
import type { TicketStore } from './ticket-store';
import type { Transactor } from './transactor';

export interface PointContext {
  setup: SetupStore;
  tickets: TicketStore;
  tx: Transactor;
  clock: Clock;
}

export function setPointPaused(
  { setup, tickets, tx, clock }: PointContext,
  servicePointId: number,
  paused: boolean,
  reason: string | null,
  actor: Actor,
): ServicePointChanged {
  return tx.run(() => {
    const point = setup.servicePoint(servicePointId);
    if (point.paused === paused) throw pauseUnchanged(point, paused);
    setup.writePause(point.id, paused, reason);
    const at = clock();
    const type = paused ? 'paused' : 'resumed';
    const eventId = tickets.appendEvent({
      at,
      type,
      ticketId: null,
      servicePointId: point.id,
      deviceId: actor.deviceId,
      staffId: actor.staffId ?? point.staffId,
      data: reason ? { reason } : null,
    });
    const event: ServicePointChanged = {
      kind: 'servicePoint',
      eventId,
      type,
      at,
      servicePoint: setup.servicePoint(point.id),
    };
    tx.emit(event);
    return event;
  });
}
