/**
 * How a screen keeps its copy of the queue current: the snapshot from `GET /api/queue`, then each event applied
 * as it arrives. Pure, so the same rules run in every screen and in the tests.
 */
import type { QueueSnapshot } from './api';
import type { PriorityPolicy, Service, ServicePoint, Ticket } from './domain';
import { NO_PACE, waitMinutes, type WaitEstimate } from './estimate';
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
  // An undone call put the point's streak back.
  const { streak } = event;
  if (streak)
    next = {
      ...next,
      servicePoints: next.servicePoints.map((p) =>
        p.servicePointId === streak.servicePointId ? { ...p, regularStreak: streak.regularStreak } : p,
      ),
    };
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
      const pace = event.pace?.[s.serviceId];
      const counted =
        count === undefined && pace === undefined
          ? s
          : { ...s, waitingCount: count ?? s.waitingCount, pace: pace ?? s.pace };
      // A new number (not a transfer, which carries its number on) moves the day's count for the daily cap.
      return event.type === 'issued' && s.serviceId === ticket.serviceId
        ? { ...counted, issuedToday: Math.max(counted.issuedToday, ticket.number) }
        : counted;
    }),
  };
}

/**
 * The picture to show when a snapshot arrives that was asked for while events kept coming: the events it
 * predates (`heard` since the request went out) are laid over it, and a snapshot older than the picture already
 * shown (an earlier request answered last, or yesterday's) is dropped. Without this, a slow snapshot undid a
 * call the screen had already heard — a display missed the day's first call after midnight.
 */
export function catchUp(shown: QueueView | null, snapshot: QueueView, heard: readonly LuotEvent[]): QueueView {
  const caught = heard.reduce(applyEvent, snapshot);
  if (!shown) return caught;
  if (shown.serviceDay !== caught.serviceDay) return shown.serviceDay > caught.serviceDay ? shown : caught;
  return shown.lastEventId > caught.lastEventId ? shown : caught;
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

type PointState = Pick<ServicePoint, 'id' | 'serviceIds' | 'active' | 'paused'>;
const isOpen = (p: PointState) => p.active && !p.paused;

/** Points that can call a service's tickets right now. */
export function openPointsOf(serviceId: number, points: readonly PointState[]): number {
  return points.filter((p) => isOpen(p) && p.serviceIds.includes(serviceId)).length;
}

/**
 * The one wait (src/shared/estimate.ts) for a ticket, as this screen's view knows it: the same "ahead" and
 * minutes as its printed ticket and status page (src/server/queue/wait-estimates.ts).
 */
export function waitInView(
  view: QueueView,
  ticket: Ticket,
  service: Pick<Service, 'id' | 'handlingMinutes'>,
  points: readonly PointState[],
  policy: PriorityPolicy,
): WaitEstimate {
  const ahead = ticket.status === 'waiting' ? aheadInView(view, ticket, points, policy) : 0;
  const target = ticket.targetServicePointId;
  const open =
    target === null ? openPointsOf(service.id, points) : Number(points.some((p) => p.id === target && isOpen(p)));
  return { ahead, minutes: waitMinutes(ahead, open, service.handlingMinutes, paceIn(view, service.id)) };
}

/** The one wait for a citizen who takes a number of this service now: everyone waiting for it is ahead. */
export function newcomerWait(
  view: QueueView,
  service: Pick<Service, 'id' | 'handlingMinutes'>,
  points: readonly PointState[],
): WaitEstimate {
  const ahead = view.services.find((s) => s.serviceId === service.id)?.waitingCount ?? 0;
  return {
    ahead,
    minutes: waitMinutes(ahead, openPointsOf(service.id, points), service.handlingMinutes, paceIn(view, service.id)),
  };
}

const paceIn = (view: QueueView, serviceId: number) =>
  view.services.find((s) => s.serviceId === serviceId)?.pace ?? NO_PACE;
