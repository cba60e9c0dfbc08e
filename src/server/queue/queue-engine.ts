/**
 * The queue engine: every state change of a ticket or a service point, each one IMMEDIATE transaction that
 * updates the row under a "still in the expected status" guard and appends its event through the one writer
 * (EventLog). Which status a step may start from and lead to comes from the steps table
 * (src/shared/contract/steps.ts), which the screens' buttons read too. Events reach screens only after the
 * commit (see Transactor).
 */
import type { Database } from 'better-sqlite3';
import { scopeBlock, STEPS, startsFrom, type StepName, type TicketStepName } from '../../shared/contract/steps';
import { heldNow, heldRefusal, type AppointmentHold } from '../../shared/appointments';
import type { DeviceRole, ServicePoint, Ticket, TicketAppointment } from '../../shared/domain';
import { notFound } from '../../shared/errors';
import type { ServicePointChanged, TicketChanged } from '../../shared/events';
import { dailyCapRefusal, issuingRefusal } from '../../shared/issuing';
import { pickNext } from '../../shared/pick-order';
import { nextStreak } from '../../shared/priority-policy';
import type { CancelInput, IssueTicketInput, ResolveInput, TransferInput } from '../../shared/contract/bodies/queue';
import { formatDisplayCode } from '../../shared/ticket-code';
import { serviceDayOf } from '../../shared/time';
import { EventLog, type Actor } from '../events/event-log';
import type { SetupStore } from '../setup/setup-store';
import { DaySweep } from './day-sweep';
import { setPointPaused } from './point-pause';
import {
  alreadyInQueue,
  helpKindRequired,
  illegalStep,
  inactivePoint,
  notCurrentHere,
  notServedHere,
  notYoursToMove,
  pointBusy,
  pointHasNoService,
  pointPaused,
  ticketOfAnotherDay,
} from './refusals';
import { TicketStore, type TicketChanges } from './ticket-store';
import type { Transactor } from './transactor';
import { Undo } from './undo';

export type { Actor } from '../events/event-log';
export type Clock = () => number;

/** Who acts on a ticket: their role narrows some steps (the greeter withdraws only waiting tickets). */
export interface StepContext {
  role?: DeviceRole | null;
}

/** What each service holds of its daily cap for appointments (the appointment book answers). */
export interface AppointmentHolds {
  holdOf(serviceId: number, serviceDay: string): AppointmentHold | null;
}

/** How a ticket came to be issued, beyond what the greeter sends. */
export interface IssueExtra {
  /** Checked in for an appointment; on time (`first`), it skips the issuing hours, the cap and the hold. */
  appointment?: TicketAppointment;
  /** Taken by the citizen at the kiosk. */
  selfIssued?: boolean;
  /** The kiosk asked "lấy thêm số?" and the citizen said yes: recorded on the event. */
  confirmedRepeat?: boolean;
}

export class QueueEngine {
  readonly tickets: TicketStore;
  appointmentHolds: AppointmentHolds = { holdOf: () => null };
  readonly log: EventLog;
  readonly days: DaySweep;
  private readonly undoing: Undo;

  constructor(
    db: Database,
    private readonly setup: SetupStore,
    private readonly tx: Transactor,
    private readonly clock: Clock = Date.now,
  ) {
    this.tickets = new TicketStore(db);
    this.log = new EventLog(
      db,
      tx,
      clock,
      (day, serviceId) => this.tickets.countWaiting(day, serviceId),
      (day, serviceId) => this.tickets.paceToday(serviceId, day),
    );
    this.days = new DaySweep(db, this.tickets, this.log, tx, clock);
    this.undoing = new Undo({
      db,
      tickets: this.tickets,
      log: this.log,
      setup,
      tx,
      clock,
      getTicket: (id) => this.getTicket(id),
    });
    // The day-end sweep is its own committed step, run before any change of a new day — never inside one.
    tx.setPreflight(() => this.days.closeEndedDays());
  }

  today(): string {
    return serviceDayOf(this.clock());
  }

  // ---- issuing ----

  issue(input: IssueTicketInput, actor: Actor, extra: IssueExtra = {}): TicketChanged {
    return this.tx.run(() => {
      const now = this.clock();
      const service = this.setup.service(input.serviceId);
      // An appointment checked in on time was promised its place: the hours, the cap and the hold were for it.
      const promised = extra.appointment?.first === true;
      const refusal = issuingRefusal(service, now);
      if (refusal && !promised) throw refusal;
      const day = serviceDayOf(now);
      const number = this.tickets.takeNumber(day, service.id);
      if (!promised && service.dailyCap !== null) {
        if (number > service.dailyCap) throw dailyCapRefusal(service);
        const hold = this.appointmentHolds.holdOf(service.id, day);
        const held = heldNow(hold, now);
        if (held > 0 && number + held > service.dailyCap) throw heldRefusal(service, held, hold!.heldUntil);
      }
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
        appointment: extra.appointment ?? null,
        selfIssued: extra.selfIssued ?? false,
      });
      return this.log.ticket(STEPS.issue.event, ticket, actor, null, {
        priority: input.priority,
        ...(input.procedureId ? { procedureId: input.procedureId } : {}),
        ...(extra.appointment ? { appointmentId: extra.appointment.id, onTime: extra.appointment.first } : {}),
        ...(extra.selfIssued ? { selfIssued: true } : {}),
        ...(extra.confirmedRepeat ? { confirmedRepeat: true } : {}),
      });
    });
  }

  // ---- calling ----

  /** Calls the next waiting ticket for a point under the center's priority policy; null when nobody waits. */
  callNext(servicePointId: number, actor: Actor): TicketChanged | null {
    return this.tx.run(() => {
      const point = this.readyPoint(servicePointId);
      const day = this.today();
      // One rule for who is next (src/shared/pick-order.ts); the heads are one index seek each.
      const ticket = pickNext(
        {
          returning: this.tickets.returningFor(day, point.id, point.serviceIds),
          appointment: this.tickets.appointmentFor(day, point.id, point.serviceIds),
          priority: this.tickets.oldestWaiting(day, point.id, point.serviceIds, true),
          regular: this.tickets.oldestWaiting(day, point.id, point.serviceIds, false),
        },
        this.setup.settings().priorityPolicy,
        this.tickets.regularStreak(point.id, day),
      );
      if (ticket === null) return null;
      return this.callTicket('callNext', ticket, point, actor, {
        via: ticket.keepsTurn ? 'returning' : ticket.appointment?.first ? 'appointment' : 'next',
      });
    });
  }

  /** Calls a chosen ticket: one waiting, or one marked absent today who came back. */
  call(ticketId: number, servicePointId: number, actor: Actor): TicketChanged {
    return this.tx.run(() => {
      const point = this.readyPoint(servicePointId);
      const ticket = this.getTicket(ticketId);
      if (ticket.serviceDay !== this.today()) throw ticketOfAnotherDay(ticket);
      // Whose it is first (another point's work is refused as such), then whether its status allows the call.
      const servesIt =
        ticket.targetServicePointId === point.id ||
        (ticket.targetServicePointId === null && point.serviceIds.includes(ticket.serviceId));
      if (!servesIt) throw notServedHere(ticket, point);
      this.assertFrom('call', ticket);
      return this.callTicket('call', ticket, point, actor, { via: 'chosen', previousStatus: ticket.status });
    });
  }

  recall(ticketId: number, servicePointId: number | null, actor: Actor): TicketChanged {
    return this.tx.run(() => {
      const ticket = this.currentTicket('recall', ticketId, servicePointId);
      const updated = this.apply('recall', ticket, { recallCount: ticket.recallCount + 1 });
      return this.log.ticket(STEPS.recall.event, updated, actor, updated.servicePointId, {
        recallCount: updated.recallCount,
      });
    });
  }

  noShow(ticketId: number, servicePointId: number | null, actor: Actor): TicketChanged {
    return this.tx.run(() => {
      const ticket = this.currentTicket('noShow', ticketId, servicePointId);
      const updated = this.apply('noShow', ticket, { resolvedAt: this.clock() });
      return this.log.ticket(STEPS.noShow.event, updated, actor, ticket.servicePointId, null);
    });
  }

  start(ticketId: number, servicePointId: number | null, actor: Actor): TicketChanged {
    return this.tx.run(() => {
      const ticket = this.currentTicket('start', ticketId, servicePointId);
      const updated = this.apply('start', ticket, { startedAt: this.clock() });
      return this.log.ticket(STEPS.start.event, updated, actor, ticket.servicePointId, null);
    });
  }

  /**
   * Finishes the case at this point. A counter that skipped "start" is allowed: the case is taken to have
   * started when it was called. A help desk must say what kind of help it gave.
   */
  resolve(ticketId: number, servicePointId: number | null, input: ResolveInput, actor: Actor): TicketChanged {
    return this.tx.run(() => {
      const ticket = this.currentTicket('resolve', ticketId, servicePointId);
      const point = this.setup.servicePoint(ticket.servicePointId!);
      if (point.kind === 'help_desk' && !input.helpKind) throw helpKindRequired();
      if (input.helpKind) this.setup.helpKinds.assertKnown(input.helpKind);
      const changes: TicketChanges = {
        resolvedAt: this.clock(),
        outcome: input.outcome,
        helpKind: input.helpKind ?? null,
        fileCode: input.fileCode || null,
      };
      if (ticket.startedAt === null) changes.startedAt = ticket.calledAt!;
      if (input.note) changes.note = ticket.note ? `${ticket.note} · ${input.note}` : input.note;
      const updated = this.apply('resolve', ticket, changes);
      return this.log.ticket(STEPS.resolve.event, updated, actor, ticket.servicePointId, {
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
    context: StepContext = {},
  ): TicketChanged {
    return this.tx.run(() => {
      const ticket = this.getTicket(ticketId);
      this.assertFrom('transfer', ticket, context);
      this.assertScope('transfer', ticket, servicePointId);
      const targetPoint = input.toServicePointId ? this.setup.servicePoint(input.toServicePointId) : null;
      if (targetPoint && !targetPoint.active) throw inactivePoint(targetPoint);
      const serviceId = input.toServiceId ?? pickServiceFor(targetPoint!, ticket.serviceId);
      const service = this.setup.service(serviceId);
      if (serviceId === ticket.serviceId && targetPoint === null) throw alreadyInQueue(ticket, service);
      const now = this.clock();
      const closed = this.apply('transfer', ticket, { resolvedAt: now }, context);
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
        // Still the appointment's case, but no longer ahead of the walk-ins where it goes.
        appointment: ticket.appointment && { ...ticket.appointment, first: false },
        selfIssued: ticket.selfIssued,
      });
      this.log.ticket(STEPS.transfer.event, closed, actor, ticket.servicePointId, {
        toTicketId: carried.id,
        toServiceId: serviceId,
        toServicePointId: targetPoint?.id ?? null,
        placement: input.placement,
      });
      return this.log.ticket(
        STEPS.transfer.event,
        carried,
        actor,
        targetPoint?.id ?? null,
        { fromTicketId: ticket.id },
        { from: closed, alsoServiceIds: [ticket.serviceId] },
      );
    });
  }

  /** The greeter (context.role) may withdraw a ticket still waiting, not one a counter is handling. */
  cancel(
    ticketId: number,
    servicePointId: number | null,
    input: CancelInput,
    actor: Actor,
    context: StepContext = {},
  ): TicketChanged {
    return this.tx.run(() => {
      const ticket = this.getTicket(ticketId);
      this.assertFrom('cancel', ticket, context);
      this.assertScope('cancel', ticket, servicePointId);
      const updated = this.apply('cancel', ticket, { resolvedAt: this.clock() }, context);
      return this.log.ticket(
        STEPS.cancel.event,
        updated,
        actor,
        ticket.servicePointId,
        input.reason ? { reason: input.reason } : null,
      );
    });
  }

  /** Takes back this point's last step on the ticket (a call, a resolve, a transfer) within a minute. */
  undo(ticketId: number, servicePointId: number, actor: Actor): TicketChanged {
    return this.undoing.undo(ticketId, servicePointId, actor);
  }

  /** Pause a point with a reason everyone sees; it calls nobody until resumed. */
  pause(servicePointId: number, reason: string, actor: Actor): ServicePointChanged {
    return setPointPaused(this.pointContext(), servicePointId, { paused: true, reason }, actor);
  }

  resume(servicePointId: number, actor: Actor): ServicePointChanged {
    return setPointPaused(this.pointContext(), servicePointId, { paused: false }, actor);
  }

  /** Today's tickets marked absent at a point, newest first: the counter can call one back. */
  absentAt(servicePointId: number): Ticket[] {
    return this.tickets.absentAt(servicePointId, this.today());
  }

  // ---- helpers ----

  private pointContext() {
    return { setup: this.setup, log: this.log, tx: this.tx };
  }

  /** A ticket by id, or TICKET_NOT_FOUND. */
  getTicket(id: number): Ticket {
    const ticket = this.tickets.get(id);
    if (!ticket) throw notFound('TICKET_NOT_FOUND', { vi: `Không có phiếu #${id}.`, en: `No ticket #${id}.` });
    return ticket;
  }

  private assertFrom(step: StepName, ticket: Ticket, context: StepContext = {}): void {
    if (!startsFrom(step, context.role).includes(ticket.status)) throw illegalStep(ticket, step);
  }

  /** A point acts only on its own current ticket and the waiting tickets of the services it serves. */
  private assertScope(step: StepName, ticket: Ticket, servicePointId: number | null): void {
    if (servicePointId === null) return;
    const point = this.setup.servicePoint(servicePointId);
    const block = scopeBlock(STEPS[step].scope, point, ticket);
    if (block === 'notServedHere') throw notYoursToMove(ticket, point);
    if (block === 'notCurrentHere') throw notCurrentHere(ticket, point);
  }

  /** The ticket, which must be current (called or serving) at the given point and where `step` may start. */
  private currentTicket(step: TicketStepName, ticketId: number, servicePointId: number | null): Ticket {
    const ticket = this.getTicket(ticketId);
    if (servicePointId !== null && ticket.servicePointId !== servicePointId)
      throw notCurrentHere(ticket, this.setup.servicePoint(servicePointId));
    this.assertFrom(step, ticket);
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

  private callTicket(
    step: 'call' | 'callNext',
    ticket: Ticket,
    point: ServicePoint,
    actor: Actor,
    data: { via: 'next' | 'chosen' | 'returning' | 'appointment'; previousStatus?: Ticket['status'] },
  ): TicketChanged {
    const day = ticket.serviceDay;
    // A staff id sent by a screen must name someone in the staff list (a clear 404, not a database error).
    if (actor.staffId != null) this.setup.staffMember(actor.staffId);
    const updated = this.apply(step, ticket, {
      calledAt: this.clock(),
      servicePointId: point.id,
      staffId: actor.staffId ?? point.staffId,
    });
    const streakBefore = this.tickets.regularStreak(point.id, day);
    const streak = nextStreak(streakBefore, ticket.priority === 'none' ? 'regular' : 'priority');
    this.tickets.setRegularStreak(point.id, streak, day);
    return this.log.ticket(STEPS[step].event, updated, actor, point.id, { ...data, streakBefore });
  }

  /** Moves the ticket on by `step`: from the statuses the step allows to the status it leads to. */
  private apply(step: TicketStepName, ticket: Ticket, changes: TicketChanges, context: StepContext = {}): Ticket {
    const rule = STEPS[step];
    const updated = this.tickets.update(ticket.id, startsFrom(step, context.role), { status: rule.to, ...changes });
    // The guard failed: something changed the ticket since it was read. Refuse rather than half-apply.
    if (!updated) throw illegalStep(this.getTicket(ticket.id), step);
    return updated;
  }
}

/** The service a ticket joins when sent to a point without naming one: its own if the point serves it. */
function pickServiceFor(point: ServicePoint, currentServiceId: number): number {
  if (point.serviceIds.includes(currentServiceId)) return currentServiceId;
  const first = point.serviceIds[0];
  if (first === undefined) throw pointHasNoService(point);
  return first;
}
