/**
 * The queue engine: every state change of a ticket or a service point, each one IMMEDIATE transaction that
 * updates the row under a "still in the expected status" guard and appends its event. Events reach screens
 * only after the commit (see Transactor).
 */
import type { Database } from 'better-sqlite3';
import type { ServicePoint, Ticket, TicketStatus } from '../../shared/domain';
import { notFound } from '../../shared/errors';
import type { ServicePointChanged, TicketChanged, TicketEventType, WaitingCounts } from '../../shared/events';
import { dailyCapRefusal, issuingRefusal } from '../../shared/issuing';
import { pickNext } from '../../shared/pick-order';
import { nextStreak } from '../../shared/priority-policy';
import type { CancelInput, IssueTicketInput, ResolveInput, TransferInput } from '../../shared/schemas';
import { formatDisplayCode } from '../../shared/ticket-code';
import { serviceDayOf } from '../../shared/time';
import type { SetupStore } from '../setup/setup-store';
import {
  alreadyInQueue,
  helpKindRequired,
  illegalStep,
  inactivePoint,
  notCurrentHere,
  notServedHere,
  pointBusy,
  pointHasNoService,
  pointPaused,
  ticketOfAnotherDay,
} from './refusals';
import { setPointPaused } from './point-pause';
import { TicketStore, type TicketChanges } from './ticket-store';
import type { Transactor } from './transactor';

/** Who asked: the device (for the log) and, for a counter device, the one point it may act for. */
export interface Actor {
  deviceId: number | null;
  staffId?: number | null;
}

export type Clock = () => number;

export class QueueEngine {
  readonly tickets: TicketStore;
  private sweptDay = '';

  constructor(
    db: Database,
    private readonly setup: SetupStore,
    private readonly tx: Transactor,
    private readonly clock: Clock = Date.now,
  ) {
    this.tickets = new TicketStore(db);
  }

  today(): string {
    return serviceDayOf(this.clock());
  }

  // ---- issuing ----

  issue(input: IssueTicketInput, actor: Actor): TicketChanged {
    return this.change(() => {
      const now = this.clock();
      const service = this.setup.service(input.serviceId);
      const refusal = issuingRefusal(service, now);
      if (refusal) throw refusal;
      const day = serviceDayOf(now);
      const number = this.tickets.takeNumber(day, service.id);
      if (service.dailyCap !== null && number > service.dailyCap) throw dailyCapRefusal(service);
      const ticket = this.tickets.insert({
        serviceDay: day,
        number,
        displayCode: formatDisplayCode(service.prefix, number),
        serviceId: service.id,
        priority: input.priority,
        note: input.note || null,
        queuedAt: now,
        issuedAt: now,
        targetServicePointId: null,
        transferredFromId: null,
        procedureId: input.procedureId ?? null,
      });
      return this.record('issued', ticket, actor, null, {
        priority: input.priority,
        ...(input.procedureId ? { procedureId: input.procedureId } : {}),
      });
    });
  }

  // ---- calling ----

  /** Calls the next waiting ticket for a point under the center's priority policy; null when nobody waits. */
  callNext(servicePointId: number, actor: Actor): TicketChanged | null {
    return this.change(() => {
      const point = this.readyPoint(servicePointId);
      const day = this.today();
      // One rule for who is next (src/shared/pick-order.ts); the heads are one index seek each.
      const ticket = pickNext(
        {
          returning: this.tickets.returningFor(day, point.id, point.serviceIds),
          priority: this.tickets.oldestWaiting(day, point.id, point.serviceIds, true),
          regular: this.tickets.oldestWaiting(day, point.id, point.serviceIds, false),
        },
        this.setup.settings().priorityPolicy,
        this.streakOf(point.id, day),
      );
      if (ticket === null) return null;
      return this.callTicket(ticket, point, actor, { via: ticket.keepsTurn ? 'returning' : 'next' });
    });
  }

  /** Calls a chosen ticket: one waiting, or one marked absent today who came back. */
  call(ticketId: number, servicePointId: number, actor: Actor): TicketChanged {
    return this.change(() => {
      const point = this.readyPoint(servicePointId);
      const ticket = this.getTicket(ticketId);
      if (ticket.serviceDay !== this.today()) throw ticketOfAnotherDay(ticket);
      if (ticket.status !== 'waiting' && ticket.status !== 'no_show') throw illegalStep(ticket, 'call');
      const servesIt =
        ticket.targetServicePointId === point.id ||
        (ticket.targetServicePointId === null && point.serviceIds.includes(ticket.serviceId));
      if (!servesIt) throw notServedHere(ticket, point);
      return this.callTicket(ticket, point, actor, { via: 'chosen', previousStatus: ticket.status });
    });
  }

  recall(ticketId: number, servicePointId: number | null, actor: Actor): TicketChanged {
    return this.change(() => {
      const ticket = this.currentTicket(ticketId, servicePointId, ['called'], 'recall');
      const updated = this.apply(ticket, ['called'], { recallCount: ticket.recallCount + 1 });
      return this.record('recalled', updated, actor, updated.servicePointId, { recallCount: updated.recallCount });
    });
  }

  noShow(ticketId: number, servicePointId: number | null, actor: Actor): TicketChanged {
    return this.change(() => {
      const ticket = this.currentTicket(ticketId, servicePointId, ['called'], 'noShow');
      const updated = this.apply(ticket, ['called'], { status: 'no_show', resolvedAt: this.clock() });
      return this.record('no_show', updated, actor, ticket.servicePointId, null);
    });
  }

  start(ticketId: number, servicePointId: number | null, actor: Actor): TicketChanged {
    return this.change(() => {
      const ticket = this.currentTicket(ticketId, servicePointId, ['called'], 'start');
      const updated = this.apply(ticket, ['called'], { status: 'serving', startedAt: this.clock() });
      return this.record('started', updated, actor, ticket.servicePointId, null);
    });
  }

  /**
   * Finishes the case at this point. A counter that skipped "start" is allowed: the case is taken to have
   * started when it was called. A help desk must say what kind of help it gave.
   */
  resolve(ticketId: number, servicePointId: number | null, input: ResolveInput, actor: Actor): TicketChanged {
    return this.change(() => {
      const ticket = this.currentTicket(ticketId, servicePointId, ['called', 'serving'], 'resolve');
      const point = this.setup.servicePoint(ticket.servicePointId!);
      if (point.kind === 'help_desk' && !input.helpKind) throw helpKindRequired();
      const changes: TicketChanges = {
        status: 'resolved',
        resolvedAt: this.clock(),
        outcome: input.outcome,
        helpKind: input.helpKind ?? null,
        fileCode: input.fileCode || null,
      };
      if (ticket.startedAt === null) changes.startedAt = ticket.calledAt!;
      if (input.note) changes.note = ticket.note ? `${ticket.note} · ${input.note}` : input.note;
      const updated = this.apply(ticket, ['called', 'serving'], changes);
      return this.record('resolved', updated, actor, ticket.servicePointId, {
        outcome: input.outcome,
        ...(input.helpKind ? { helpKind: input.helpKind } : {}),
        ...(input.fileCode ? { fileCode: input.fileCode } : {}),
      });
    });
  }

  // ---- moving and ending ----

  /**
   * Sends the case to another service and/or a specific point. The ticket here closes as `transferred`; a new
   * ticket with the same number carries the case on. `front` keeps the citizen's turn: they are called next
   * where they go (before the others waiting, whatever the priority policy would pick), keeping their original
   * arrival time among other such cases; `back` queues them anew at the end.
   */
  transfer(
    ticketId: number,
    servicePointId: number | null,
    input: TransferInput,
    actor: Actor,
    waitingOnly = false,
  ): TicketChanged {
    return this.change(() => {
      const ticket = this.getTicket(ticketId);
      const from: TicketStatus[] = waitingOnly ? ['waiting'] : ['waiting', 'called', 'serving'];
      if (!from.includes(ticket.status)) throw illegalStep(ticket, 'transfer');
      if (servicePointId !== null && ticket.status !== 'waiting' && ticket.servicePointId !== servicePointId)
        throw notCurrentHere(ticket, this.setup.servicePoint(servicePointId));
      const targetPoint = input.toServicePointId ? this.setup.servicePoint(input.toServicePointId) : null;
      if (targetPoint && !targetPoint.active) throw inactivePoint(targetPoint);
      const serviceId = input.toServiceId ?? pickServiceFor(targetPoint!, ticket.serviceId);
      const service = this.setup.service(serviceId);
      if (serviceId === ticket.serviceId && targetPoint === null) throw alreadyInQueue(ticket, service);
      const now = this.clock();
      const closed = this.apply(ticket, from, { status: 'transferred', resolvedAt: now });
      const carried = this.tickets.insert({
        serviceDay: ticket.serviceDay,
        number: ticket.number,
        displayCode: ticket.displayCode,
        serviceId,
        priority: ticket.priority,
        note: input.note ? (ticket.note ? `${ticket.note} · ${input.note}` : input.note) : ticket.note,
        queuedAt: input.placement === 'front' ? ticket.queuedAt : now,
        issuedAt: ticket.issuedAt,
        targetServicePointId: targetPoint?.id ?? null,
        transferredFromId: ticket.id,
        keepsTurn: input.placement === 'front',
        caseId: ticket.caseId,
        procedureId: ticket.procedureId,
      });
      const data = {
        toTicketId: carried.id,
        toServiceId: serviceId,
        toServicePointId: targetPoint?.id ?? null,
        placement: input.placement,
      };
      this.tickets.appendEvent(eventRow('transferred', closed, actor, ticket.servicePointId, now, data));
      return this.record('transferred', carried, actor, targetPoint?.id ?? null, { fromTicketId: ticket.id }, closed, [
        ticket.serviceId,
      ]);
    });
  }

  /** `waitingOnly`: the greeter may withdraw a ticket still waiting, not one a counter is handling. */
  cancel(
    ticketId: number,
    servicePointId: number | null,
    input: CancelInput,
    actor: Actor,
    waitingOnly = false,
  ): TicketChanged {
    return this.change(() => {
      const ticket = this.getTicket(ticketId);
      const from: TicketStatus[] = waitingOnly ? ['waiting'] : ['waiting', 'called', 'serving'];
      if (!from.includes(ticket.status)) throw illegalStep(ticket, 'cancel');
      if (servicePointId !== null && ticket.status !== 'waiting' && ticket.servicePointId !== servicePointId)
        throw notCurrentHere(ticket, this.setup.servicePoint(servicePointId));
      const updated = this.apply(ticket, from, { status: 'cancelled', resolvedAt: this.clock() });
      return this.record(
        'cancelled',
        updated,
        actor,
        ticket.servicePointId,
        input.reason ? { reason: input.reason } : null,
      );
    });
  }

  /** Pause a point with a reason everyone sees; it calls nobody until resumed. */
  pause(servicePointId: number, reason: string, actor: Actor): ServicePointChanged {
    return setPointPaused(this.pointContext(), servicePointId, true, reason, actor);
  }

  resume(servicePointId: number, actor: Actor): ServicePointChanged {
    return setPointPaused(this.pointContext(), servicePointId, false, null, actor);
  }

  /**
   * Closes tickets left open by a day that has ended (the center closed with people still waiting), so the new
   * day starts empty. They are kept, as `cancelled` with the reason, never deleted.
   */
  closeEndedDays(): number {
    const today = this.today();
    if (this.sweptDay === today) return 0;
    const closed = this.tx.run(() => {
      const stale = this.tickets.openBefore(today);
      for (const ticket of stale) {
        const updated = this.apply(ticket, ['waiting', 'called', 'serving'], {
          status: 'cancelled',
          resolvedAt: this.clock(),
        });
        this.tickets.appendEvent(
          eventRow('cancelled', updated, { deviceId: null }, ticket.servicePointId, this.clock(), {
            reason: 'day_ended',
          }),
        );
      }
      return stale.length;
    });
    this.sweptDay = today;
    return closed;
  }

  // ---- helpers ----

  private pointContext() {
    return { setup: this.setup, tickets: this.tickets, tx: this.tx, clock: this.clock };
  }

  private change<T>(fn: () => T): T {
    this.closeEndedDays();
    return this.tx.run(fn);
  }

  /** A ticket by id, or TICKET_NOT_FOUND. */
  getTicket(id: number): Ticket {
    const ticket = this.tickets.get(id);
    if (!ticket) throw notFound('TICKET_NOT_FOUND', { vi: `Không có phiếu #${id}.`, en: `No ticket #${id}.` });
    return ticket;
  }

  /** The ticket, which must be current (called or serving) at the given point, in one of `statuses`. */
  private currentTicket(
    ticketId: number,
    servicePointId: number | null,
    statuses: TicketStatus[],
    step: string,
  ): Ticket {
    const ticket = this.getTicket(ticketId);
    if (!statuses.includes(ticket.status)) throw illegalStep(ticket, step);
    if (servicePointId !== null && ticket.servicePointId !== servicePointId)
      throw notCurrentHere(ticket, this.setup.servicePoint(servicePointId));
    return ticket;
  }

  private readyPoint(servicePointId: number): ServicePoint {
    const point = this.setup.servicePoint(servicePointId);
    if (!point.active) throw inactivePoint(point);
    if (point.paused) throw pointPaused(point);
    const current = this.tickets.currentAtPoint(point.id);
    if (current) throw pointBusy(point, current);
    return point;
  }

  private callTicket(ticket: Ticket, point: ServicePoint, actor: Actor, data: Record<string, unknown>): TicketChanged {
    const day = ticket.serviceDay;
    const from = ticket.status === 'no_show' ? (['no_show'] as const) : (['waiting'] as const);
    const updated = this.apply(ticket, from, {
      status: 'called',
      calledAt: this.clock(),
      servicePointId: point.id,
      staffId: actor.staffId ?? point.staffId,
    });
    const streak = nextStreak(this.streakOf(point.id, day), ticket.priority === 'none' ? 'regular' : 'priority');
    this.tickets.setRegularStreak(point.id, streak, day);
    return this.record('called', updated, actor, point.id, data);
  }

  private streakOf(servicePointId: number, day: string): number | null {
    return this.tickets.regularStreak(servicePointId, day);
  }

  private apply(ticket: Ticket, expected: readonly TicketStatus[], changes: TicketChanges): Ticket {
    const updated = this.tickets.update(ticket.id, expected, changes);
    // The guard failed: something changed the ticket since it was read. Refuse rather than half-apply.
    if (!updated) throw illegalStep(this.getTicket(ticket.id), String(changes.status ?? 'update'));
    return updated;
  }

  private record(
    type: TicketEventType,
    ticket: Ticket,
    actor: Actor,
    servicePointId: number | null,
    data: Record<string, unknown> | null,
    from?: Ticket,
    alsoServiceIds: number[] = [],
  ): TicketChanged {
    const at = this.clock();
    const eventId = this.tickets.appendEvent(eventRow(type, ticket, actor, servicePointId, at, data));
    const waiting: WaitingCounts = {};
    for (const serviceId of new Set([ticket.serviceId, ...alsoServiceIds]))
      waiting[serviceId] = this.tickets.countWaiting(ticket.serviceDay, serviceId);
    const event: TicketChanged = { kind: 'ticket', eventId, type, at, ticket, waiting, ...(from ? { from } : {}) };
    this.tx.emit(event);
    return event;
  }
}

function eventRow(
  type: string,
  ticket: Ticket,
  actor: Actor,
  servicePointId: number | null,
  at: number,
  data: Record<string, unknown> | null,
) {
  return {
    at,
    type,
    ticketId: ticket.id,
    servicePointId,
    deviceId: actor.deviceId,
    staffId: actor.staffId ?? ticket.staffId,
    data,
  };
}

/** The service a ticket joins when sent to a point without naming one: its own if the point serves it. */
function pickServiceFor(point: ServicePoint, currentServiceId: number): number {
  if (point.serviceIds.includes(currentServiceId)) return currentServiceId;
  const first = point.serviceIds[0];
  if (first === undefined) throw pointHasNoService(point);
  return first;
}
