/**
 * Ratings: one per ticket, recorded by the rating device of the point that resolved it, with the staff member
 * signed in there; stored in `ratings` and as a `rated` event through the one event writer. Runs inside the
 * transaction of the request (a queue step: group commit, Idempotency-Key).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { ratingInput } from '../../shared/citizen-schemas';
import type { Ticket } from '../../shared/domain';
import { conflict } from '../../shared/errors';
import type { Rating, RatingLevel, RatingPrompt, RatingReason } from '../../shared/rating';
import type { Actor, EventLog } from '../events/event-log';
import type { QueueEngine } from '../queue/queue-engine';
import type { SetupStore } from '../setup/setup-store';

type RatingInput = z.output<typeof ratingInput>;

interface RatingRow {
  ticket_id: number;
  service_day: string;
  service_id: number;
  service_point_id: number;
  staff_id: number | null;
  level: RatingLevel | null;
  reasons: string;
  comment: string | null;
  at: number;
}

export const ratingFromRow = (r: RatingRow): Rating => ({
  ticketId: r.ticket_id,
  serviceDay: r.service_day,
  serviceId: r.service_id,
  servicePointId: r.service_point_id,
  staffId: r.staff_id,
  level: r.level,
  reasons: JSON.parse(r.reasons) as RatingReason[],
  comment: r.comment,
  at: r.at,
});

export class RatingsStore {
  private readonly insert: Statement;
  private readonly byTicket: Statement<[number], RatingRow>;
  private readonly lastResolved: Statement<[number, number], { id: number; display_code: string; resolved_at: number }>;

  constructor(
    db: Database,
    private readonly setup: SetupStore,
    private readonly engine: QueueEngine,
    private readonly log: EventLog,
    private readonly clock: () => number,
  ) {
    this.insert = db.prepare(
      `INSERT INTO ratings (ticket_id, service_day, service_id, service_point_id, staff_id, level, reasons, comment,
         commented, at, device_id)
       VALUES (@ticketId, @serviceDay, @serviceId, @servicePointId, @staffId, @level, @reasons, @comment,
         @comment IS NOT NULL, @at, @deviceId)`,
    );
    this.byTicket = db.prepare('SELECT * FROM ratings WHERE ticket_id = ?');
    this.lastResolved = db.prepare(
      `SELECT t.id, t.display_code, t.resolved_at FROM tickets t INDEXED BY tickets_resolved_at_point
       WHERE t.service_point_id = ? AND t.status = 'resolved' AND t.resolved_at >= ?
         AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.ticket_id = t.id)
       ORDER BY t.resolved_at DESC LIMIT 1`,
    );
  }

  get(ticketId: number): Rating | null {
    const row = this.byTicket.get(ticketId);
    return row ? ratingFromRow(row) : null;
  }

  /** The ticket a point resolved within the last `timeoutSeconds` and nobody rated yet: what its device asks. */
  prompt(servicePointId: number, timeoutSeconds: number): RatingPrompt | null {
    const now = this.clock();
    const row = this.lastResolved.get(servicePointId, now - timeoutSeconds * 1000);
    if (!row) return null;
    const secondsLeft = Math.ceil((row.resolved_at + timeoutSeconds * 1000 - now) / 1000);
    return { ticketId: row.id, displayCode: row.display_code, secondsLeft, timeoutSeconds };
  }

  /** Records the rating of a ticket resolved today at `servicePointId`; once per ticket. */
  record(ticketId: number, servicePointId: number, input: RatingInput, actor: Actor): Rating {
    const ticket = this.engine.getTicket(ticketId);
    if (ticket.status !== 'resolved' || ticket.servicePointId !== servicePointId) throw notRateableHere(ticket);
    if (ticket.serviceDay !== this.engine.today()) throw notRateableHere(ticket);
    if (this.byTicket.get(ticket.id)) throw alreadyRated(ticket);
    const rating: Rating = {
      ticketId: ticket.id,
      serviceDay: ticket.serviceDay,
      serviceId: ticket.serviceId,
      servicePointId,
      staffId: ticket.staffId ?? this.setup.servicePoint(servicePointId).staffId,
      level: input.level,
      // Reasons are asked only of an unhappy citizen; a rating without a level has none.
      reasons: input.level === null ? [] : input.reasons,
      comment: input.level === null || input.comment === '' ? null : input.comment,
      at: this.clock(),
    };
    this.insert.run({ ...rating, reasons: JSON.stringify(rating.reasons), deviceId: actor.deviceId });
    this.log.rated(ticket, servicePointId, rating.staffId, actor, {
      level: rating.level,
      reasons: rating.reasons,
      hasComment: rating.comment !== null,
    });
    return rating;
  }
}

const notRateableHere = (ticket: Ticket) =>
  conflict(
    'NOT_RATEABLE_HERE',
    {
      vi: `Phiếu ${ticket.displayCode} không vừa hoàn thành tại quầy này hôm nay nên không đánh giá ở đây được.`,
      en: `Ticket ${ticket.displayCode} was not just resolved at this point today, so it cannot be rated here.`,
    },
    { ticketId: ticket.id },
  );

const alreadyRated = (ticket: Ticket) =>
  conflict(
    'ALREADY_RATED',
    {
      vi: `Phiếu ${ticket.displayCode} đã được đánh giá. Mỗi phiếu chỉ đánh giá một lần.`,
      en: `Ticket ${ticket.displayCode} has already been rated. Each ticket is rated once.`,
    },
    { ticketId: ticket.id },
  );
