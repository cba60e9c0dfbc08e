/**
 * Undo: a point takes back the last step it took on a ticket — a call, a resolve or a transfer — within a minute
 * (issue 19 §6). The step's own event stays in the log; an `undone` event naming it is appended, and reports read
 * the log as if the undone event had never been written (src/server/reports/day-facts.ts).
 *
 * - A call: the number goes back to its place (waiting with its queue time, or absent again when it was called
 *   back from the absent list), and the point's priority streak is what it was before the call.
 * - A resolve: the case is being served again; its outcome, help kind and file code stay for editing.
 * - A transfer: the case is back at this point as it was (called or serving); the ticket that had carried it on
 *   is withdrawn — unless the point it went to has called it already, which makes it too late.
 */
import type { Database, Statement } from 'better-sqlite3';
import { parseStoredEvent, UNDOABLE_EVENTS, type StoredEvent, type UndoableEvent } from '../../shared/contract/events';
import { STEPS } from '../../shared/contract/steps';
import type { ServicePoint, Ticket, TicketStatus } from '../../shared/domain';
import { conflict, LuotError } from '../../shared/errors';
import type { TicketChanged } from '../../shared/events';
import type { Actor, EventLog } from '../events/event-log';
import type { SetupStore } from '../setup/setup-store';
import { illegalStep } from './refusals';
import type { TicketChanges, TicketStore } from './ticket-store';
import type { Transactor } from './transactor';

/** How long a step may be taken back. */
export const UNDO_WINDOW_MS = 60_000;

/** The events that are a ticket's steps (printing and ratings are not). */
const STEP_EVENTS = ['issued', 'called', 'recalled', 'no_show', 'started', 'resolved', 'transferred', 'cancelled'];

export interface UndoContext {
  db: Database;
  tickets: TicketStore;
  log: EventLog;
  setup: SetupStore;
  tx: Transactor;
  clock: () => number;
  getTicket: (id: number) => Ticket;
}

export class Undo {
  private readonly stepsOf: Statement<[number]>;

  constructor(private readonly c: UndoContext) {
    const types = [...STEP_EVENTS, 'undone'].map((t) => `'${t}'`).join(', ');
    this.stepsOf = c.db.prepare(`SELECT * FROM events WHERE ticket_id = ? AND type IN (${types}) ORDER BY id DESC`);
  }

  /** Takes back the ticket's last step, taken by `servicePointId` less than a minute ago. */
  undo(ticketId: number, servicePointId: number, actor: Actor): TicketChanged {
    return this.c.tx.run(() => {
      const ticket = this.c.getTicket(ticketId);
      const point = this.c.setup.servicePoint(servicePointId);
      const last = this.lastStep(ticket);
      if (last === null || !(UNDOABLE_EVENTS as readonly string[]).includes(last.type))
        throw nothingToUndo(ticket, last?.type === 'undone');
      if (last.servicePointId !== point.id) throw notThisPointsStep(ticket, point);
      if (this.c.clock() - last.at > UNDO_WINDOW_MS) throw undoTooLate(ticket);
      const step = last.type as UndoableEvent;
      // A resolve or a transfer brings the case back to the point: it must not be serving someone else by now.
      const current = this.c.tickets.currentAtPoint(point.id);
      if (step !== 'called' && current && current.id !== ticket.id) throw pointServingAnother(point, current);
      if (step === 'called') return this.undoCall(ticket, last, point, actor);
      if (step === 'resolved') return this.reopen(ticket, 'serving', { resolvedAt: null }, last, actor);
      return this.undoTransfer(ticket, last, actor);
    });
  }

  /** The ticket's newest step; a step undone counts as not taken, so it cannot be undone twice. */
  private lastStep(ticket: Ticket): StoredEvent | null {
    const rows = this.stepsOf.all(ticket.id) as Parameters<typeof readRow>[0][];
    const newest = rows[0];
    return newest ? readRow(newest) : null;
  }

  private undoCall(ticket: Ticket, call: StoredEvent, point: ServicePoint, actor: Actor): TicketChanged {
    const data = call.data as { previousStatus?: TicketStatus; streakBefore?: number | null };
    const back: TicketStatus = data.previousStatus === 'no_show' ? 'no_show' : 'waiting';
    // Absent again: as it was when marked absent (which point, which call); waiting: never called.
    const before = back === 'no_show' ? this.callBefore(ticket, call.id) : null;
    const changes: TicketChanges = {
      calledAt: before?.at ?? null,
      servicePointId: before?.servicePointId ?? null,
      staffId: before ? before.staffId : null,
    };
    if (data.streakBefore === undefined) return this.reopen(ticket, back, changes, call, actor);
    this.c.tickets.setRegularStreak(point.id, data.streakBefore, ticket.serviceDay);
    // The screens' "next" lists follow the streak put back (src/shared/queue-view.ts).
    const streak = { servicePointId: point.id, regularStreak: data.streakBefore };
    return this.reopen(ticket, back, changes, call, actor, streak);
  }

  private undoTransfer(ticket: Ticket, out: StoredEvent, actor: Actor): TicketChanged {
    const { toTicketId } = out.data as { toTicketId?: number };
    if (toTicketId === undefined) throw nothingToUndo(ticket, false);
    const carried = this.c.getTicket(toTicketId);
    if (carried.status !== 'waiting') throw transferTaken(ticket, carried);
    const carriedIn = this.lastStep(carried)!;
    const withdrawn = this.c.tickets.update(carried.id, ['waiting'], {
      status: 'cancelled',
      resolvedAt: this.c.clock(),
    });
    if (!withdrawn) throw transferTaken(ticket, carried);
    this.c.log.ticket(STEPS.undo.event, withdrawn, actor, out.servicePointId, {
      step: 'transferred',
      eventId: carriedIn.id,
    });
    return this.reopen(ticket, ticket.startedAt === null ? 'called' : 'serving', { resolvedAt: null }, out, actor);
  }

  /** Moves the ticket back to `status` and logs the undo of `undone`. */
  private reopen(
    ticket: Ticket,
    status: TicketStatus,
    changes: TicketChanges,
    undone: StoredEvent,
    actor: Actor,
    streak?: TicketChanged['streak'],
  ): TicketChanged {
    const updated = this.c.tickets.update(ticket.id, [ticket.status], { status, ...changes });
    if (!updated) throw illegalStep(this.c.getTicket(ticket.id), 'undo');
    return this.c.log.ticket(
      STEPS.undo.event,
      updated,
      actor,
      undone.servicePointId,
      { step: undone.type as UndoableEvent, eventId: undone.id },
      streak ? { streak } : {},
    );
  }

  /** The call before `callId` that still stands: how an absent ticket was last called. */
  private callBefore(ticket: Ticket, callId: number): StoredEvent | null {
    const rows = (this.stepsOf.all(ticket.id) as Parameters<typeof readRow>[0][]).map(readRow);
    const undone = new Set(rows.filter((e) => e.type === 'undone').map((e) => (e.data as { eventId: number }).eventId));
    return rows.find((e) => e.type === 'called' && e.id < callId && !undone.has(e.id)) ?? null;
  }
}

function readRow(row: {
  id: number;
  at: number;
  type: string;
  ticket_id: number | null;
  service_point_id: number | null;
  device_id: number | null;
  staff_id: number | null;
  data: string | null;
}): StoredEvent {
  return parseStoredEvent({
    id: row.id,
    at: row.at,
    type: row.type,
    ticketId: row.ticket_id,
    servicePointId: row.service_point_id,
    deviceId: row.device_id,
    staffId: row.staff_id,
    data: row.data === null ? null : JSON.parse(row.data),
  });
}

// ---- refusals (the step stands) ----

const nothingToUndo = (ticket: Ticket, alreadyUndone: boolean) =>
  conflict(
    'NOTHING_TO_UNDO',
    alreadyUndone
      ? {
          vi: `Bước vừa rồi của số ${ticket.displayCode} đã được hoàn tác.`,
          en: `The last step of ticket ${ticket.displayCode} was already undone.`,
        }
      : {
          vi: `Số ${ticket.displayCode} không có bước nào hoàn tác được (chỉ gọi, hoàn thành, chuyển quầy).`,
          en: `Ticket ${ticket.displayCode} has no step to undo (only a call, a resolve or a transfer).`,
        },
    { ticket },
  );

/** Another point's step is not this point's to touch: 403, as for every step on another point's ticket. */
const notThisPointsStep = (ticket: Ticket, point: ServicePoint) =>
  new LuotError(
    403,
    'UNDO_NOT_THIS_POINT',
    {
      vi: `Bước vừa rồi của số ${ticket.displayCode} không do ${point.nameVi} thực hiện nên không hoàn tác được ở đây.`,
      en: `The last step of ticket ${ticket.displayCode} was not taken by ${point.nameEn}; it cannot be undone here.`,
    },
    { ticket },
  );

const undoTooLate = (ticket: Ticket) =>
  conflict(
    'UNDO_TOO_LATE',
    {
      vi: `Đã quá 60 giây, không hoàn tác được bước vừa rồi của số ${ticket.displayCode}.`,
      en: `More than 60 seconds have passed; the last step of ticket ${ticket.displayCode} can no longer be undone.`,
    },
    { ticket },
  );

const pointServingAnother = (point: ServicePoint, current: Ticket) =>
  conflict(
    'UNDO_POINT_BUSY',
    {
      vi: `${point.nameVi} đang có số ${current.displayCode}: hoàn thành hoặc hoàn tác số đó trước.`,
      en: `${point.nameEn} has ticket ${current.displayCode} now: resolve or undo it first.`,
    },
    { ticket: current },
  );

const transferTaken = (ticket: Ticket, carried: Ticket) =>
  conflict(
    'UNDO_TOO_LATE',
    {
      vi: `Không hoàn tác được: nơi nhận đã tiếp nhận số ${carried.displayCode}.`,
      en: `Cannot undo: ticket ${carried.displayCode} has already been taken where it was sent.`,
    },
    { ticket },
  );
