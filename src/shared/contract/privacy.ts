/**
 * What each role may see. A public screen — the wall display in the hall — gets numbers, points, services and
 * counts, never a citizen's note, the application's file code, the staff member's id, the outcome, or why a ticket
 * has priority (disability, pregnancy…): only that it has. Pure; applied at the edge (REST answers and the
 * WebSocket), so nothing private leaves the host towards such a screen.
 */
import type { QueueSnapshot } from '../api';
import type { DeviceRole, ServicePoint, Ticket } from '../domain';
import type { LuotEvent } from '../events';

/** Roles whose screens are public: the wall display, and the rating screen that faces the citizen. */
export const PUBLIC_ROLES: readonly DeviceRole[] = ['display', 'rating'];
export const isPublicRole = (role: DeviceRole): boolean => PUBLIC_ROLES.includes(role);

export function publicTicket(ticket: Ticket): Ticket {
  return {
    ...ticket,
    priority: ticket.priority === 'none' ? 'none' : 'withheld',
    note: null,
    fileCode: null,
    staffId: null,
    outcome: null,
    helpKind: null,
  };
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
      return null;
    default:
      return event;
  }
}
