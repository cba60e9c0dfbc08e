/**
 * SQL for tickets and the event log, prepared once. No rules here: the engine decides, this reads and writes.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Ticket, TicketPriority, TicketStatus } from '../../shared/domain';
import type { ServicePace } from '../../shared/estimate';
import { ticketFromRow, type TicketRow } from './ticket-rows';

export interface NewTicket {
  serviceDay: string;
  number: number;
  displayCode: string;
  serviceId: number;
  priority: TicketPriority;
  note: string | null;
  queuedAt: number;
  issuedAt: number;
  targetServicePointId: number | null;
  transferredFromId: number | null;
  /** A case transferred "to the front": it is called before the others waiting where it goes. */
  keepsTurn?: boolean;
  /** The case this ticket carries on; omitted for a freshly issued ticket, which starts its own case. */
  caseId?: number;
  /** The procedure the citizen came for (a transfer carries it on). */
  procedureId?: number | null;
  /** Checked in for an appointment (a transfer carries it on, no longer first). */
  appointment?: Ticket['appointment'];
  selfIssued?: boolean;
}

export type TicketChanges = Partial<{
  status: TicketStatus;
  /** null only when a step is undone (src/server/queue/undo.ts). */
  calledAt: number | null;
  startedAt: number;
  resolvedAt: number | null;
  servicePointId: number | null;
  targetServicePointId: null;
  staffId: number | null;
  outcome: string;
  helpKind: string | null;
  fileCode: string | null;
  note: string | null;
  recallCount: number;
}>;

const COLUMN: Record<keyof TicketChanges, string> = {
  status: 'status',
  calledAt: 'called_at',
  startedAt: 'started_at',
  resolvedAt: 'resolved_at',
  servicePointId: 'service_point_id',
  targetServicePointId: 'target_service_point_id',
  staffId: 'staff_id',
  outcome: 'outcome',
  helpKind: 'help_kind',
  fileCode: 'file_code',
  note: 'note',
  recallCount: 'recall_count',
};

export class TicketStore {
  private readonly byId: Statement<[number], TicketRow>;
  private readonly currentAt: Statement<[number], TicketRow>;
  private readonly nextNumber: Statement<[string, number], { last_number: number }>;
  private readonly insertTicket: Statement;
  private readonly waitingCount: Statement<[string, number], { n: number }>;
  private readonly lastNumber: Statement<[string, number], { n: number }>;
  private readonly serviceHead: Statement<[string, number, number, number], TicketRow>;
  private readonly targetedHead: Statement<[string, number, number], TicketRow>;
  private readonly nextId: Statement<[], { id: number }>;
  private readonly returningWaiting: Statement<[string], TicketRow>;
  private readonly appointmentsFirst: Statement<[string], TicketRow>;
  private readonly readStreak: Statement<[number], { regular_streak: number | null; streak_day: string | null }>;
  private readonly writeStreak: Statement<[number | null, string, number]>;
  private readonly servedToday: Statement<[string, number], { n: number; mean: number | null }>;
  private readonly pointDay: Statement<
    [number, string],
    { called: number; resolved: number; noShow: number; transferred: number; avgServiceMs: number | null }
  >;
  private readonly updates = new Map<string, Statement>();
  private readonly headsOf: Statement<[string, number, number, number], TicketRow>;
  private readonly special: Statement<[string, string, string], TicketRow>;
  private readonly currentOnDay: Statement<[string], TicketRow>;

  constructor(private readonly db: Database) {
    this.byId = db.prepare('SELECT * FROM tickets WHERE id = ?');
    this.currentAt = db.prepare("SELECT * FROM tickets WHERE service_point_id = ? AND status IN ('called', 'serving')");
    this.nextNumber = db.prepare(
      `INSERT INTO daily_counters (service_day, service_id, last_number) VALUES (?, ?, 1)
       ON CONFLICT (service_day, service_id) DO UPDATE SET last_number = last_number + 1
       RETURNING last_number`,
    );
    this.insertTicket = db.prepare(
      `INSERT INTO tickets (id, service_day, number, display_code, service_id, priority, note, status, queued_at,
         issued_at, target_service_point_id, transferred_from_id, keeps_turn, case_id, procedure_id,
         appointment_id, appointment_time, appointment_first, self_issued)
       VALUES (@id, @serviceDay, @number, @displayCode, @serviceId, @priority, @note, 'waiting', @queuedAt,
         @issuedAt, @targetServicePointId, @transferredFromId, @keepsTurn, @caseId, @procedureId,
         @appointmentId, @appointmentTime, @appointmentFirst, @selfIssued)`,
    );
    this.waitingCount = db.prepare(
      'SELECT coalesce(sum(waiting), 0) AS n FROM daily_counters WHERE service_day = ? AND service_id = ?',
    );
    this.lastNumber = db.prepare(
      'SELECT coalesce(max(last_number), 0) AS n FROM daily_counters WHERE service_day = ? AND service_id = ?',
    );
    // The oldest waiting ticket of one service and one class that this point may take. Matches the
    // tickets_waiting index column for column, so it is one index seek however long the queue is.
    this.serviceHead = db.prepare(
      `SELECT * FROM tickets
       WHERE status = 'waiting' AND service_day = ? AND service_id = ? AND (priority <> 'none') = ?
         AND (target_service_point_id IS NULL OR target_service_point_id = ?)
       ORDER BY queued_at, id LIMIT 1`,
    );
    this.targetedHead = db.prepare(
      `SELECT * FROM tickets
       WHERE status = 'waiting' AND service_day = ? AND target_service_point_id = ? AND (priority <> 'none') = ?
       ORDER BY queued_at, id LIMIT 1`,
    );
    this.headsOf = db.prepare(
      `SELECT * FROM tickets INDEXED BY tickets_waiting
       WHERE status = 'waiting' AND service_day = ? AND service_id = ? AND (priority <> 'none') = ?
       ORDER BY queued_at, id LIMIT ?`,
    );
    this.special = db.prepare(
      `SELECT * FROM tickets INDEXED BY tickets_returning WHERE status = 'waiting' AND keeps_turn = 1 AND service_day = ?
       UNION
       SELECT * FROM tickets INDEXED BY tickets_waiting_targeted
         WHERE status = 'waiting' AND target_service_point_id IS NOT NULL AND service_day = ?
       UNION
       SELECT * FROM tickets INDEXED BY tickets_appointment_first
         WHERE status = 'waiting' AND appointment_first = 1 AND service_day = ?`,
    );
    this.currentOnDay = db.prepare(
      `SELECT * FROM tickets INDEXED BY tickets_current_per_point
       WHERE status IN ('called', 'serving') AND service_day = ?`,
    );
    this.nextId = db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM tickets');
    this.readStreak = db.prepare('SELECT regular_streak, streak_day FROM service_points WHERE id = ?');
    this.writeStreak = db.prepare('UPDATE service_points SET regular_streak = ?, streak_day = ? WHERE id = ?');
    this.appointmentsFirst = db.prepare(
      `SELECT * FROM tickets INDEXED BY tickets_appointment_first
       WHERE status = 'waiting' AND appointment_first = 1 AND service_day = ? ORDER BY appointment_time, queued_at, id`,
    );
    this.returningWaiting = db.prepare(
      "SELECT * FROM tickets WHERE status = 'waiting' AND keeps_turn = 1 AND service_day = ? ORDER BY queued_at, id",
    );
    // Kept by triggers (migration 13), like `waiting`: one row however many cases the day has had.
    this.servedToday = db.prepare(
      `SELECT coalesce(sum(served), 0) AS n, sum(served_ms) * 1.0 / nullif(sum(served), 0) AS mean
       FROM daily_counters WHERE service_day = ? AND service_id = ?`,
    );
    this.pointDay = db.prepare(
      `SELECT count(*) AS called,
              count(*) FILTER (WHERE status = 'resolved') AS resolved,
              count(*) FILTER (WHERE status = 'no_show') AS noShow,
              count(*) FILTER (WHERE status = 'transferred') AS transferred,
              avg(resolved_at - started_at) FILTER (WHERE status = 'resolved') AS avgServiceMs
       FROM tickets WHERE service_point_id = ? AND service_day = ? AND called_at IS NOT NULL`,
    );
  }

  get(id: number): Ticket | undefined {
    const row = this.byId.get(id);
    return row && ticketFromRow(row);
  }

  currentAtPoint(servicePointId: number): Ticket | undefined {
    const row = this.currentAt.get(servicePointId);
    return row && ticketFromRow(row);
  }

  /** Takes the next number of a service for a day; never hands the same number out twice. */
  takeNumber(serviceDay: string, serviceId: number): number {
    return this.nextNumber.get(serviceDay, serviceId)!.last_number;
  }

  insert(ticket: NewTicket): Ticket {
    // Ids are assigned here so a new case can point at itself in the same statement (one writer, in a transaction).
    const id = this.nextId.get()!.id;
    const { appointment, selfIssued, ...rest } = ticket;
    this.insertTicket.run({
      ...rest,
      id,
      caseId: ticket.caseId ?? id,
      keepsTurn: ticket.keepsTurn ? 1 : 0,
      procedureId: ticket.procedureId ?? null,
      appointmentId: appointment?.id ?? null,
      appointmentTime: appointment?.time ?? null,
      appointmentFirst: appointment?.first ? 1 : 0,
      selfIssued: selfIssued ? 1 : 0,
    });
    return this.get(id)!;
  }

  /** Applies changes only while the ticket is still in `expected` status: the guard against stale requests. */
  update(id: number, expected: readonly TicketStatus[], changes: TicketChanges): Ticket | undefined {
    const keys = Object.keys(changes) as (keyof TicketChanges)[];
    const sqlKey = `${keys.join(',')}|${expected.join(',')}`;
    let statement = this.updates.get(sqlKey);
    if (!statement) {
      const sets = keys.map((k) => `${COLUMN[k]} = @${k}`).join(', ');
      const statuses = expected.map((s) => `'${s}'`).join(', ');
      statement = this.db.prepare(`UPDATE tickets SET ${sets} WHERE id = @id AND status IN (${statuses})`);
      this.updates.set(sqlKey, statement);
    }
    const { changes: updated } = statement.run({ ...changes, id });
    return updated === 1 ? this.get(id) : undefined;
  }

  countWaiting(serviceDay: string, serviceId: number): number {
    return this.waitingCount.get(serviceDay, serviceId)!.n;
  }

  /** Numbers a service has issued on a day (numbers are never reused, so it is the last one). */
  issuedCount(serviceDay: string, serviceId: number): number {
    return this.lastNumber.get(serviceDay, serviceId)!.n;
  }

  oldestWaiting(
    serviceDay: string,
    servicePointId: number,
    serviceIds: readonly number[],
    priorityClass: boolean,
  ): Ticket | undefined {
    const flag = priorityClass ? 1 : 0;
    let best = this.targetedHead.get(serviceDay, servicePointId, flag);
    for (const serviceId of serviceIds) {
      const head = this.serviceHead.get(serviceDay, serviceId, flag, servicePointId);
      if (
        head &&
        (!best || head.queued_at < best.queued_at || (head.queued_at === best.queued_at && head.id < best.id))
      )
        best = head;
    }
    return best && ticketFromRow(best);
  }

  /** What today has shown of a service's handling time: its resolved cases and their mean (the one wait's pace). */
  paceToday(serviceId: number, serviceDay: string): ServicePace {
    const row = this.servedToday.get(serviceDay, serviceId)!;
    return { casesToday: row.n, meanSecondsToday: row.mean === null ? null : Math.round(row.mean / 1000) };
  }

  /** What a point did today. */
  pointToday(servicePointId: number, serviceDay: string) {
    return this.pointDay.get(servicePointId, serviceDay)!;
  }

  /** The longest-waiting returning case (transferred "to the front") this point may take, if any. */
  returningFor(serviceDay: string, servicePointId: number, serviceIds: readonly number[]): Ticket | undefined {
    const row = this.returningWaiting
      .all(serviceDay)
      .find((r) =>
        r.target_service_point_id === null
          ? serviceIds.includes(r.service_id)
          : r.target_service_point_id === servicePointId,
      );
    return row && ticketFromRow(row);
  }

  /**
   * The appointment checked in on time that this point calls before the walk-ins, if any: the earliest booked
   * time, then the earliest check-in.
   */
  appointmentFor(serviceDay: string, servicePointId: number, serviceIds: readonly number[]): Ticket | undefined {
    const row = this.appointmentsFirst
      .all(serviceDay)
      .find((r) =>
        r.target_service_point_id === null
          ? serviceIds.includes(r.service_id)
          : r.target_service_point_id === servicePointId,
      );
    return row && ticketFromRow(row);
  }

  /** The ratio policy's count at a point: regular calls since its last priority call on `serviceDay`. */
  regularStreak(servicePointId: number, serviceDay: string): number | null {
    const row = this.readStreak.get(servicePointId)!;
    return row.streak_day === serviceDay ? row.regular_streak : null;
  }

  setRegularStreak(servicePointId: number, streak: number | null, serviceDay: string): void {
    this.writeStreak.run(streak, serviceDay, servicePointId);
  }

  /** Open tickets of days before `serviceDay`: left over when a day ended with people still waiting. */
  openBefore(serviceDay: string): Ticket[] {
    return this.open('service_day < ?', serviceDay);
  }

  /**
   * The first `limit` waiting tickets of one service and class, oldest first — one index range, however long
   * the queue (the snapshot's cost must not grow with it).
   */
  waitingHeads(serviceDay: string, serviceId: number, priorityClass: boolean, limit: number): Ticket[] {
    return this.headsOf.all(serviceDay, serviceId, priorityClass ? 1 : 0, limit).map(ticketFromRow);
  }

  /**
   * Waiting tickets that must go first or to one point: cases sent back to the front, appointments checked in on
   * time, and transfers by name.
   */
  waitingSpecial(serviceDay: string): Ticket[] {
    return this.special.all(serviceDay, serviceDay, serviceDay).map(ticketFromRow);
  }

  /** Every ticket waiting on a day, oldest first. */
  waitingOn(serviceDay: string): Ticket[] {
    return (
      this.db
        .prepare("SELECT * FROM tickets WHERE status = 'waiting' AND service_day = ? ORDER BY queued_at, id")
        .all(serviceDay) as TicketRow[]
    ).map(ticketFromRow);
  }

  /** Tickets at a point (called or serving) on a day. */
  currentOn(serviceDay: string): Ticket[] {
    return this.currentOnDay.all(serviceDay).map(ticketFromRow);
  }

  /** Tickets marked absent at a point on a day, newest first. */
  absentAt(servicePointId: number, serviceDay: string): Ticket[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM tickets WHERE service_point_id = ? AND service_day = ? AND status = 'no_show'
         ORDER BY resolved_at DESC, id DESC`,
      )
      .all(servicePointId, serviceDay) as TicketRow[];
    return rows.map(ticketFromRow);
  }

  // Two arms so each is answered by its small partial index (waiting tickets; tickets at a point) rather
  // than by a scan of a year of history.
  private open(dayCondition: string, serviceDay: string): Ticket[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM tickets WHERE status = 'waiting' AND ${dayCondition}
         UNION ALL
         SELECT * FROM tickets INDEXED BY tickets_current_per_point
           WHERE status IN ('called', 'serving') AND ${dayCondition}
         ORDER BY queued_at, id`,
      )
      .all(serviceDay, serviceDay) as TicketRow[];
    return rows.map(ticketFromRow);
  }
}
