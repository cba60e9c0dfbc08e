/**
 * The one writer of the event log. Each method stores one event of the table in src/shared/contract/events.ts
 * and queues what screens must hear about it for after the commit (Transactor): nothing is stored unseen, and
 * nothing is seen that was rolled back. Call it inside the transaction of the change it records.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { EventData, EventType, NewEvent, SetupSubject, StoredEvent } from '../../shared/contract/events';
import { parseStoredEvent } from '../../shared/contract/events';
import type { ServicePoint, Settings, Ticket } from '../../shared/domain';
import type {
  DayChanged,
  PrintOutcome,
  PointEventType,
  RatingRecorded,
  ServicePointChanged,
  SetupChanged,
  TicketChanged,
  TicketEventType,
  WaitingCounts,
} from '../../shared/events';
import type { Transactor } from '../queue/transactor';
import { NO_PACE, type ServicePace } from '../../shared/estimate';

/** Who took a step: the device (null for the core itself) and the staff member signed in there. */
export interface Actor {
  deviceId: number | null;
  staffId?: number | null;
}

type PrintEventType = 'printed' | 'print_sent' | 'print_failed';
/** How a print's outcome is kept in the ticket's history. */
export const PRINT_EVENT: Record<PrintOutcome['type'], PrintEventType> = {
  printed: 'printed',
  sent: 'print_sent',
  failed: 'print_failed',
};

/** The core acting on its own (the day-end sweep). */
export const CORE_ACTOR: Actor = { deviceId: null, staffId: null };

interface EventRow {
  id: number;
  at: number;
  type: string;
  ticket_id: number | null;
  service_point_id: number | null;
  device_id: number | null;
  staff_id: number | null;
  data: string | null;
}

export class EventLog {
  private readonly insert: Statement;
  private readonly last: Statement<[], { id: number | null }>;

  constructor(
    private readonly db: Database,
    private readonly tx: Transactor,
    private readonly clock: () => number,
    private readonly waitingCount: (serviceDay: string, serviceId: number) => number,
    private readonly paceToday: (serviceDay: string, serviceId: number) => ServicePace = () => NO_PACE,
  ) {
    this.insert = db.prepare(
      `INSERT INTO events (at, type, ticket_id, service_point_id, device_id, staff_id, data)
       VALUES (@at, @type, @ticketId, @servicePointId, @deviceId, @staffId, @data)`,
    );
    this.last = db.prepare('SELECT max(id) AS id FROM events');
  }

  /** A ticket's step; screens get the ticket as it is now and the waiting counts of the services it touched. */
  ticket<T extends TicketEventType>(
    type: T,
    ticket: Ticket,
    actor: Actor,
    servicePointId: number | null,
    data: EventData<T>,
    options: { from?: Ticket; alsoServiceIds?: number[]; streak?: TicketChanged['streak'] } = {},
  ): TicketChanged {
    const at = this.clock();
    const eventId = this.store({
      at,
      type,
      ticketId: ticket.id,
      servicePointId,
      deviceId: actor.deviceId,
      staffId: actor.staffId ?? ticket.staffId,
      data,
    } as NewEvent<T>);
    const waiting: WaitingCounts = {};
    for (const serviceId of new Set([ticket.serviceId, ...(options.alsoServiceIds ?? [])]))
      waiting[serviceId] = this.waitingCount(ticket.serviceDay, serviceId);
    const event: TicketChanged = {
      kind: 'ticket',
      eventId,
      type,
      at,
      ticket,
      waiting,
      ...(options.from ? { from: options.from } : {}),
      ...(options.streak ? { streak: options.streak } : {}),
      // A resolve (or undoing one) is what changes the wait estimate's pace of a service (src/shared/estimate.ts).
      ...(type === 'resolved' || type === 'undone'
        ? { pace: { [ticket.serviceId]: this.paceToday(ticket.serviceDay, ticket.serviceId) } }
        : {}),
    };
    this.tx.emit(event);
    return event;
  }

  /** A point paused or resumed. */
  servicePoint<T extends PointEventType>(
    type: T,
    point: ServicePoint,
    actor: Actor,
    data: EventData<T>,
  ): ServicePointChanged {
    const at = this.clock();
    const eventId = this.store({
      at,
      type,
      ticketId: null,
      servicePointId: point.id,
      deviceId: actor.deviceId,
      staffId: actor.staffId ?? point.staffId,
      data,
    } as NewEvent<T>);
    const event: ServicePointChanged = { kind: 'servicePoint', eventId, type, at, servicePoint: point };
    this.tx.emit(event);
    return event;
  }

  /** Setup changed: the audit trail says who changed what; screens refetch what they show. */
  setup(
    what: SetupSubject,
    action: EventData<'setup_changed'>['action'],
    id: number | null,
    actor: Actor,
    fields: string[] = [],
    settings?: Settings,
  ): SetupChanged {
    const at = this.clock();
    const eventId = this.store({
      at,
      type: 'setup_changed',
      ticketId: null,
      servicePointId: null,
      deviceId: actor.deviceId,
      staffId: actor.staffId ?? null,
      data: { what, action, id, fields },
    });
    const event: SetupChanged = { kind: 'setup', eventId, at, what, ...(settings ? { settings } : {}) };
    this.tx.emit(event);
    return event;
  }

  /** A citizen rated a ticket at the point that resolved it (or gave no answer in time). */
  rated(
    ticket: Ticket,
    servicePointId: number,
    staffId: number | null,
    actor: Actor,
    data: EventData<'rated'>,
  ): RatingRecorded {
    const at = this.clock();
    const eventId = this.store({
      at,
      type: 'rated',
      ticketId: ticket.id,
      servicePointId,
      deviceId: actor.deviceId,
      staffId,
      data,
    });
    const event: RatingRecorded = { kind: 'rating', eventId, at, ticketId: ticket.id, servicePointId };
    this.tx.emit(event);
    return event;
  }

  /** The service day changed: every screen moves to the new day by itself. */
  dayClosed(data: EventData<'day_closed'>): DayChanged {
    const at = this.clock();
    const eventId = this.store({
      at,
      type: 'day_closed',
      ticketId: null,
      servicePointId: null,
      deviceId: null,
      staffId: null,
      data,
    });
    const event: DayChanged = { kind: 'day', eventId, at, serviceDay: data.newServiceDay };
    this.tx.emit(event);
    return event;
  }

  /** How a print ended: logged against its ticket (a test print is not), and told to the screens. */
  print(outcome: PrintOutcome, deviceId: number | null, data: EventData<PrintEventType>): void {
    if (outcome.ticketId !== null)
      this.store({
        at: outcome.at,
        type: PRINT_EVENT[outcome.type],
        ticketId: outcome.ticketId,
        servicePointId: null,
        deviceId,
        staffId: null,
        data,
      } as NewEvent<PrintEventType>);
    this.tx.emit(outcome);
  }

  lastEventId(): number {
    return this.last.get()!.id ?? 0;
  }

  /** Every event of a case (the ticket and those it was transferred from or to), oldest first. */
  caseHistory(caseId: number): StoredEvent[] {
    const rows = this.db
      .prepare(`SELECT e.* FROM events e JOIN tickets t ON t.id = e.ticket_id WHERE t.case_id = ? ORDER BY e.id`)
      .all(caseId) as EventRow[];
    return rows.map(readRow);
  }

  private store<T extends EventType>(event: NewEvent<T>): number {
    const { lastInsertRowid } = this.insert.run({
      ...event,
      data: event.data === null ? null : JSON.stringify(event.data),
    });
    return Number(lastInsertRowid);
  }
}

export function readRow(r: EventRow): StoredEvent {
  return parseStoredEvent({
    id: r.id,
    at: r.at,
    type: r.type,
    ticketId: r.ticket_id,
    servicePointId: r.service_point_id,
    deviceId: r.device_id,
    staffId: r.staff_id,
    data: r.data === null ? null : (JSON.parse(r.data) as unknown),
  });
}
