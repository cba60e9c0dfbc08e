/**
 * What each role may see. A public screen — the wall display in the hall — gets numbers, points, services and
 * counts, never a citizen's note, the application's file code, the staff member's id, the outcome, or why a ticket
 * has priority (disability, pregnancy…): only that it has. Pure; applied at the edge (REST answers and the
 * WebSocket), so nothing private leaves the host towards such a screen.
 */
import type { QueueSnapshot } from '../api';
import type { ServicePoint, Ticket } from '../domain';
import type { LuotEvent } from '../events';

/** Which roles' screens are public: the role table says (src/shared/contract/roles.ts). */
export { isPublicRole, PUBLIC_ROLES } from './roles';

/** What a public screen receives of one ticket field: the value as it is (`true`), or what it gets instead. */
type FieldRule<K extends keyof Ticket> = true | ((ticket: Ticket) => Ticket[K]);

/**
 * Every field of a ticket and whether a public screen (wall display, rating tablet) receives it: an allow-list, so
 * a new field stays on the host until it is listed here — a Ticket field missing from this table does not compile,
 * and tests/unit/public-ticket.test.ts checks the stored ticket against it.
 */
export const PUBLIC_TICKET: { [K in keyof Ticket]-?: FieldRule<K> } = {
  id: true,
  serviceDay: true,
  number: true,
  displayCode: true,
  serviceId: true,
  /** That it has priority (it is called earlier), never why. */
  priority: (ticket) => (ticket.priority === 'none' ? 'none' : 'withheld'),
  note: () => null,
  status: true,
  // The times, the point, the target point, the turn kept and the appointment's time order the "next numbers".
  queuedAt: true,
  issuedAt: true,
  calledAt: true,
  startedAt: true,
  resolvedAt: true,
  servicePointId: true,
  targetServicePointId: true,
  staffId: () => null,
  outcome: () => null,
  helpKind: () => null,
  fileCode: () => null,
  recallCount: true,
  transferredFromId: true,
  keepsTurn: true,
  caseId: true,
  /** What the citizen came for is theirs: a public screen shows numbers, not procedures. */
  procedureId: () => null,
  appointment: (ticket) =>
    ticket.appointment && { id: 0, time: ticket.appointment.time, first: ticket.appointment.first },
  selfIssued: () => false,
};

export function publicTicket(ticket: Ticket): Ticket {
  const shown: Record<string, unknown> = {};
  for (const [field, rule] of Object.entries(PUBLIC_TICKET) as [keyof Ticket, FieldRule<keyof Ticket>][])
    shown[field] = rule === true ? ticket[field] : rule(ticket);
  return shown as unknown as Ticket;
}

export const publicPoint = (point: ServicePoint): ServicePoint => ({ ...point, staffId: null });

export function publicSnapshot(snapshot: QueueSnapshot): QueueSnapshot {
  return {
    ...snapshot,
    services: snapshot.services.map((s) => ({ ...s, waiting: s.waiting.map(publicTicket) })),
    servicePoints: snapshot.servicePoints.map((p) => ({ ...p, current: p.current && publicTicket(p.current) })),
  };
}

/** The event as a public screen receives it; null when such a screen has no use for it at all. */
export function publicEvent(event: LuotEvent): LuotEvent | null {
  switch (event.kind) {
    case 'ticket':
      return {
        ...event,
        ticket: publicTicket(event.ticket),
        ...(event.from ? { from: publicTicket(event.from) } : {}),
      };
    case 'servicePoint':
      return { ...event, servicePoint: publicPoint(event.servicePoint) };
    case 'print':
    case 'rating':
    case 'ratingDevice':
    case 'displaySound':
    case 'board':
      return null;
    default:
      return event;
  }
}
