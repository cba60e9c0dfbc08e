/**
 * The steps a ticket or a service point can take — the one table the queue engine applies and the screens'
 * buttons ask. A step names the statuses it may start from, the status it leads to, the event it writes, who may
 * take it and its verb in Vietnamese and English (for refusals: "Không thể gọi lại số A012: số này đã hoàn thành.").
 * Pure: no platform imports.
 */
import type { DeviceRole, TicketPriority, TicketStatus } from '../domain';
import type { LocalizedText } from '../errors';
import type { EventType } from './events';
import { rolesThatMay } from './roles';

/** Whose tickets a point may act on. */
export type StepScope =
  /** The ticket must be the point's current ticket (called or serving there). */
  | 'currentHere'
  /** A waiting (or absent) ticket of a service the point serves, or sent to the point by name. */
  | 'waitingHere'
  /** The point's current ticket, or a waiting ticket it could call. */
  | 'currentOrWaitingHere'
  /** Acts on the point itself, not on a ticket. */
  | 'point'
  /** No point involved (issuing; the day-end sweep). */
  | 'none';

export interface Step {
  /** Statuses the ticket may be in; empty for a step that creates a ticket or acts on a point. */
  from: readonly TicketStatus[];
  /** A narrower start for some roles (the greeter may withdraw only a ticket still waiting). */
  fromFor?: Partial<Record<DeviceRole, readonly TicketStatus[]>>;
  /** The status the ticket is in afterwards (null: a point step). */
  to: TicketStatus | null;
  event: EventType;
  roles: readonly DeviceRole[];
  scope: StepScope;
  /** The verb, as in "Không thể {verb} số A012". */
  verb: LocalizedText;
}

const OPEN: readonly TicketStatus[] = ['waiting', 'called', 'serving'];
/** Who may take a step: the role table says (src/shared/contract/roles.ts). */
const COUNTER = rolesThatMay('serve');

export const STEPS = {
  issue: {
    from: [],
    to: 'waiting',
    event: 'issued',
    roles: rolesThatMay('issue'),
    scope: 'none',
    verb: { vi: 'cấp', en: 'issue' },
  },
  callNext: {
    from: ['waiting'],
    to: 'called',
    event: 'called',
    roles: COUNTER,
    scope: 'waitingHere',
    verb: { vi: 'gọi', en: 'call' },
  },
  /** Call a chosen ticket: one waiting, or one marked absent today who came back ("Gọi lại" from the absent list). */
  call: {
    from: ['waiting', 'no_show'],
    to: 'called',
    event: 'called',
    roles: COUNTER,
    scope: 'waitingHere',
    verb: { vi: 'gọi', en: 'call' },
  },
  recall: {
    from: ['called'],
    to: 'called',
    event: 'recalled',
    roles: COUNTER,
    scope: 'currentHere',
    verb: { vi: 'gọi lại', en: 'recall' },
  },
  noShow: {
    from: ['called'],
    to: 'no_show',
    event: 'no_show',
    roles: COUNTER,
    scope: 'currentHere',
    verb: { vi: 'đánh vắng mặt', en: 'mark absent' },
  },
  start: {
    from: ['called'],
    to: 'serving',
    event: 'started',
    roles: COUNTER,
    scope: 'currentHere',
    verb: { vi: 'bắt đầu', en: 'start' },
  },
  /** A counter that skipped "start" may resolve straight from called. */
  resolve: {
    from: ['called', 'serving'],
    to: 'resolved',
    event: 'resolved',
    roles: COUNTER,
    scope: 'currentHere',
    verb: { vi: 'hoàn thành', en: 'resolve' },
  },
  transfer: {
    from: OPEN,
    fromFor: { greeter: ['waiting'] },
    to: 'transferred',
    event: 'transferred',
    roles: rolesThatMay('moveWaiting'),
    scope: 'currentOrWaitingHere',
    verb: { vi: 'chuyển', en: 'transfer' },
  },
  cancel: {
    from: OPEN,
    fromFor: { greeter: ['waiting'] },
    to: 'cancelled',
    event: 'cancelled',
    roles: rolesThatMay('moveWaiting'),
    scope: 'currentOrWaitingHere',
    verb: { vi: 'huỷ', en: 'cancel' },
  },
  /**
   * Takes back the ticket's last step — a call, a resolve or a transfer — within a minute, at the point that took
   * it (src/server/queue/undo.ts). Where the ticket goes depends on the step undone, so `to` is null here.
   */
  undo: {
    from: ['called', 'resolved', 'transferred'],
    to: null,
    event: 'undone',
    roles: COUNTER,
    scope: 'none',
    verb: { vi: 'hoàn tác', en: 'undo' },
  },
  pause: {
    from: [],
    to: null,
    event: 'paused',
    roles: COUNTER,
    scope: 'point',
    verb: { vi: 'tạm dừng', en: 'pause' },
  },
  resume: {
    from: [],
    to: null,
    event: 'resumed',
    roles: COUNTER,
    scope: 'point',
    verb: { vi: 'tiếp tục', en: 'resume' },
  },
  /** The day-end sweep: what a day left open is closed as `cancelled` (reason `day_ended`), never deleted. */
  closeDay: {
    from: OPEN,
    to: 'cancelled',
    event: 'cancelled',
    roles: [],
    scope: 'none',
    verb: { vi: 'đóng ngày', en: 'close the day for' },
  },
} as const satisfies Record<string, Step>;

export type StepName = keyof typeof STEPS;
export type TicketStepName = {
  [K in StepName]: (typeof STEPS)[K]['to'] extends null ? never : K;
}[StepName];

/** The statuses `step` may start from when `role` takes it. */
export function startsFrom(step: StepName, role?: DeviceRole | null): readonly TicketStatus[] {
  const rule: Step = STEPS[step];
  return (role && rule.fromFor?.[role]) || rule.from;
}

/** What a step needs to know about the point that takes it. */
export interface PointView {
  id: number;
  serviceIds: readonly number[];
  paused?: boolean;
}

/** What a step reads of a ticket. */
export interface TicketView {
  status: TicketStatus;
  serviceId: number;
  servicePointId: number | null;
  targetServicePointId: number | null;
  priority?: TicketPriority;
}

/** Why a step may not be taken now; null when it may. */
export type StepBlock = 'role' | 'status' | 'notCurrentHere' | 'notServedHere' | 'paused' | 'busy';

/** May this point's screen (or a screen of `role`) take `step` on `ticket` right now? */
export function stepBlock(
  step: StepName,
  actor: { role: DeviceRole; point: PointView | null },
  ticket: TicketView | null,
  current: TicketView | null = null,
): StepBlock | null {
  const rule: Step = STEPS[step];
  if (!rule.roles.includes(actor.role)) return 'role';
  const { point } = actor;
  if (rule.scope === 'point') return null;
  if (step === 'callNext' || step === 'call') {
    if (point?.paused) return 'paused';
    if (current) return 'busy';
  }
  if (ticket === null) return step === 'callNext' || step === 'issue' ? null : 'status';
  if (!startsFrom(step, actor.role).includes(ticket.status)) return 'status';
  if (point === null) return null;
  return scopeBlock(rule.scope, point, ticket);
}

/** Whether a point may act on this ticket under a step's scope. */
export function scopeBlock(scope: StepScope, point: PointView, ticket: TicketView): StepBlock | null {
  const isCurrentHere =
    ticket.servicePointId === point.id && (ticket.status === 'called' || ticket.status === 'serving');
  const isWaitingHere =
    (ticket.status === 'waiting' || ticket.status === 'no_show') &&
    (ticket.targetServicePointId === null
      ? point.serviceIds.includes(ticket.serviceId)
      : ticket.targetServicePointId === point.id);
  switch (scope) {
    case 'currentHere':
      return isCurrentHere ? null : 'notCurrentHere';
    case 'waitingHere':
      return isWaitingHere ? null : 'notServedHere';
    case 'currentOrWaitingHere':
      if (ticket.status === 'waiting') return isWaitingHere ? null : 'notServedHere';
      return isCurrentHere ? null : 'notCurrentHere';
    default:
      return null;
  }
}
