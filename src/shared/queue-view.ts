/**
 * How a screen keeps its copy of the queue current: the snapshot from `GET /api/queue`, then each event applied
 * as it arrives. Pure, so the same rules run in every screen and in the tests.
 */
import type { QueueSnapshot } from './api';
import type { PriorityPolicy, ServicePoint, Ticket } from './domain';
import type { LuotEvent } from './events';
import { byArrival, classOf, likelyCaller, pickOrder } from './pick-order';
import { nextStreak } from './priority-policy';

export type QueueView = QueueSnapshot;

function withoutTicket(view: QueueView, ids: Set<number>): QueueView {
  return {
    ...view,
    services: view.services.map((s) =>
      s.waiting.some((t) => ids.has(t.id)) ? { ...s, waiting: s.waiting.filter((t) => !ids.has(t.id)) } : s,
    ),
    servicePoints: view.servicePoints.map((p) => (p.current && ids.has(p.current.id) ? { ...p, current: null } : p)),
  };
}

/** The view after one event. Events already included in the view (by id) change nothing. */
export function applyEvent(view: QueueView, event: LuotEvent): QueueView {
  if (event.kind === 'servicePoint') {
    if (event.eventId <= view.lastEventId) return view;
    const { servicePoint } = event;
    return {
      ...view,
      lastEventId: event.eventId,
      servicePoints: view.servicePoints.map((p) =>
        p.servicePointId === servicePoint.id
          ? { ...p, paused: servicePoint.paused, pauseReason: servicePoint.pauseReason }
          : p,
      ),
    };
  }
  if (event.kind !== 'ticket' || event.eventId <= view.lastEventId) return view;
  const { ticket } = event;
  if (ticket.serviceDay !== view.serviceDay) return view;
  let next = withoutTicket(view, new Set([ticket.id, ...(event.from ? [event.from.id] : [])]));
  if (ticket.status === 'waiting') {
    next = {
      ...next,
      services: next.services.map((s) =>
        s.serviceId === ticket.serviceId ? { ...s, waiting: [...s.waiting, ticket].sort(byArrival) } : s,
      ),
    };
  } else if ((ticket.status === 'called' || ticket.status === 'serving') && ticket.servicePointId !== null) {
    next = {
      ...next,
      servicePoints: next.servicePoints.map((p) =>
        p.servicePointId === ticket.servicePointId
          ? {
              ...p,
              current: ticket,
              // The engine moves the point's streak on each call; the same rule here keeps "next" honest.
              regularStreak: event.type === 'called' ? nextStreak(p.regularStreak, classOf(ticket)) : p.regularStreak,
            }
          : p,
      ),
    };
  }
  return {
    ...next,
    lastEventId: event.eventId,
    services: next.services.map((s) => {
      const count = event.waiting[s.serviceId];
      const counted = count === undefined ? s : { ...s, waitingCount: count };
      // A new number (not a transfer, which carries its number on) moves the day's count for the daily cap.
      return event.type === 'issued' && s.serviceId === ticket.serviceId
        ? { ...counted, issuedToday: Math.max(counted.issuedToday, ticket.number) }
        : counted;
    }),
  };
}

/** Waiting tickets a point may call: its services' queues and tickets sent to it by name, in arrival order. */
export function waitingFor(view: QueueView, point: { id: number; serviceIds: number[] }): Ticket[] {
  return view.services
    .flatMap((s) => s.waiting)
    .filter((t) =>
      t.targetServicePointId === null ? point.serviceIds.includes(t.serviceId) : t.targetServicePointId === point.id,
    )
    .sort(byArrival);
}

/** What a point will call next, in the engine's own order (src/shared/pick-order.ts). */
export function nextFor(
  view: QueueView,
  point: { id: number; serviceIds: number[] },
  policy: PriorityPolicy,
  limit = Infinity,
): Ticket[] {
  const streak = view.servicePoints.find((p) => p.servicePointId === point.id)?.regularStreak ?? null;
  return pickOrder(waitingFor(view, point), policy, streak, limit);
}

/**
 * A service's next numbers as the wall display lists them: in the order of the point that will take them — a
 * free, open point serving the service if there is one, else any open point serving it — and by arrival when no
 * point serves it.
 */
export function nextNumbers(
  view: QueueView,
  serviceId: number,
  points: readonly Pick<ServicePoint, 'id' | 'serviceIds' | 'active' | 'paused'>[],
  policy: PriorityPolicy,
  limit = Infinity,
): Ticket[] {
  const waiting = (view.services.find((s) => s.serviceId === serviceId)?.waiting ?? []).filter(
    (t) => t.targetServicePointId === null,
  );
  const state = (id: number) => view.servicePoints.find((p) => p.servicePointId === id);
  const taker = likelyCaller(points, serviceId, (id) => !!state(id)?.current);
  if (!taker) return [...waiting].sort(byArrival).slice(0, limit);
  return pickOrder(waiting, policy, state(taker.id)?.regularStreak ?? null, limit);
}

/**
 * A ticket as this screen's view knows it now: waiting in a listed queue, or at a point; else as it was given
 * (a long queue lists only its heads).
 */
export function liveTicket(view: QueueView, ticket: Ticket): Ticket {
  for (const service of view.services) {
    const found = service.waiting.find((t) => t.id === ticket.id);
    if (found) return found;
  }
  return view.servicePoints.find((p) => p.current?.id === ticket.id)?.current ?? ticket;
}

/** How many a point will call before this waiting ticket, in the engine's order (the greeter's "N ahead"). */
export function aheadInView(
  view: QueueView,
  ticket: Ticket,
  points: readonly Pick<ServicePoint, 'id' | 'serviceIds' | 'active' | 'paused'>[],
  policy: PriorityPolicy,
): number {
  const order = nextNumbers(view, ticket.serviceId, points, policy);
  const position = order.findIndex((t) => t.id === ticket.id);
  if (position !== -1) return position;
  // Beyond the listed heads: everyone listed, and then some.
  const count = view.services.find((s) => s.serviceId === ticket.serviceId)?.waitingCount ?? 0;
  return Math.max(order.length, count - 1);
}
