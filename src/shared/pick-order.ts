/**
 * The order in which a service point calls the people waiting for it — the one rule behind "Gọi tiếp" (the
 * engine), the wall display's "next numbers" and the ticket's "people ahead of you". Pure.
 *
 * 1. A case sent back "to the front" (`keepsTurn`) already had its turn: it comes first, oldest first.
 * 2. Then an appointment checked in within its window (`appointment.first`, issue 22): before every walk-in,
 *    priority classes included — the earliest booked time first, then the earliest check-in. A priority citizen
 *    who booked is still an appointment; one who came late is a walk-in of their class.
 * 3. Otherwise the center's priority policy chooses the class (src/shared/priority-policy.ts), and within a
 *    class the oldest ticket (`queuedAt`, then id) is called.
 * Each call moves the point's regular streak on, so the order of a whole queue is the same rule applied again.
 */
import type { PriorityPolicy, TicketPriority } from './domain';
import { chooseNextClass, nextStreak } from './priority-policy';

/** What the rule reads of a waiting ticket. */
export interface Waiter {
  id: number;
  queuedAt: number;
  priority: TicketPriority;
  keepsTurn: boolean;
  /** Checked in on time for an appointment at `time` (`HH:mm`): called before the walk-ins. */
  appointment?: { time: string; first: boolean } | null;
}

export const byArrival = (a: Waiter, b: Waiter): number => a.queuedAt - b.queuedAt || a.id - b.id;

/** An appointment checked in on time (and not a case sent back to the front, which goes before it). */
export const isAppointmentFirst = (w: Waiter): boolean => !w.keepsTurn && w.appointment?.first === true;
/** Appointments among themselves: the booked time, then arrival. */
export const byAppointment = (a: Waiter, b: Waiter): number =>
  (a.appointment?.time ?? '').localeCompare(b.appointment?.time ?? '') || byArrival(a, b);

export type PickClass = 'priority' | 'regular';
export const classOf = (w: Pick<Waiter, 'priority'>): PickClass => (w.priority === 'none' ? 'regular' : 'priority');

/** The heads a point can see: the oldest returning case, the oldest priority and the oldest regular ticket. */
export interface PickHeads<T extends Waiter> {
  returning?: T | undefined;
  appointment?: T | undefined;
  priority?: T | undefined;
  regular?: T | undefined;
}

/** The ticket a point calls next, or null when nobody waits for it. */
export function pickNext<T extends Waiter>(
  heads: PickHeads<T>,
  policy: PriorityPolicy,
  regularStreak: number | null,
): T | null {
  if (heads.returning) return heads.returning;
  if (heads.appointment) return heads.appointment;
  const chosen = chooseNextClass(
    policy,
    { priorityWaiting: !!heads.priority, regularWaiting: !!heads.regular },
    regularStreak,
  );
  if (chosen === null) return null;
  return (chosen === 'priority' ? heads.priority : heads.regular) ?? null;
}

/**
 * The first `limit` tickets in the order a point would call them if nobody new arrived. `waiting` may be in any
 * order; `regularStreak` is the point's streak now (null: no priority ticket called yet today).
 */
export function pickOrder<T extends Waiter>(
  waiting: readonly T[],
  policy: PriorityPolicy,
  regularStreak: number | null,
  limit = Infinity,
): T[] {
  const sorted = [...waiting].sort(byArrival);
  const returning = sorted.filter((w) => w.keepsTurn);
  const appointment = sorted.filter(isAppointmentFirst).sort(byAppointment);
  const walkIn = (w: T) => !w.keepsTurn && !isAppointmentFirst(w);
  const priority = sorted.filter((w) => walkIn(w) && classOf(w) === 'priority');
  const regular = sorted.filter((w) => walkIn(w) && classOf(w) === 'regular');
  const order: T[] = [];
  const at = { returning: 0, appointment: 0, priority: 0, regular: 0 };
  let streak = regularStreak;
  while (order.length < Math.min(limit, sorted.length)) {
    const next = pickNext(
      {
        returning: returning[at.returning],
        appointment: appointment[at.appointment],
        priority: priority[at.priority],
        regular: regular[at.regular],
      },
      policy,
      streak,
    )!;
    if (next.keepsTurn) at.returning++;
    else if (isAppointmentFirst(next)) at.appointment++;
    else at[classOf(next)]++;
    streak = nextStreak(streak, classOf(next));
    order.push(next);
  }
  return order;
}

/** How many of `waiting` will be called before `ticket` at a point following this rule. */
export function aheadOf<T extends Waiter>(
  ticket: Pick<Waiter, 'id'>,
  waiting: readonly T[],
  policy: PriorityPolicy,
  regularStreak: number | null,
): number {
  const order = pickOrder(waiting, policy, regularStreak);
  const position = order.findIndex((w) => w.id === ticket.id);
  return position === -1 ? order.length : position;
}

/**
 * The point that will most likely call a service's next ticket — an open point serving it with nobody at it, else
 * any open point serving it — whose streak orders the display's "next numbers" and the ticket's "people ahead".
 */
export function likelyCaller<P extends { id: number; active: boolean; paused: boolean; serviceIds: readonly number[] }>(
  points: readonly P[],
  serviceId: number,
  isBusy: (pointId: number) => boolean,
): P | undefined {
  const open = points.filter((p) => p.active && !p.paused && p.serviceIds.includes(serviceId));
  return open.find((p) => !isBusy(p.id)) ?? open[0];
}
