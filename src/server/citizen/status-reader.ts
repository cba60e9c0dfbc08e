/**
 * The status page's view of one case: its latest ticket (a transfer makes a new one, so the page follows the case
 * to its new queue), where it stands, and — while waiting — how many are ahead and about how long. Only what the
 * printed ticket already says; nothing about the citizen or about anyone else.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { CitizenState, CitizenStatus, StatusLinkProblem } from '../../shared/citizen-status';
import type { ServicePoint, Ticket, TicketStatus } from '../../shared/domain';
import type { LocalizedText } from '../../shared/errors';
import type { QueueEngine } from '../queue/queue-engine';
import type { ServicePace } from '../../shared/estimate';
import { ticketWait } from '../queue/wait-estimates';
import { CachedLines, WaitingLines } from '../queue/waiting-lines';
import { ticketFromRow, type TicketRow } from '../queue/ticket-rows';
import type { SetupStore } from '../setup/setup-store';
import { StatusReferences } from './status-references';

const STATE_OF: Record<TicketStatus, CitizenState> = {
  waiting: 'waiting',
  called: 'called',
  serving: 'serving',
  resolved: 'done',
  no_show: 'absent',
  transferred: 'closed',
  cancelled: 'closed',
};

/** "quầy số 3" / "counter 3"; a help desk by its name. */
export function pointInWords(point: ServicePoint): LocalizedText {
  return point.kind === 'counter'
    ? { vi: `quầy số ${point.number}`, en: `counter ${point.number}` }
    : { vi: point.nameVi, en: point.nameEn };
}

export type CaseLookup = { caseId: number; ticket: Ticket } | { problem: StatusLinkProblem };

export class CitizenStatusReader {
  readonly references: StatusReferences;
  readonly lines: CachedLines;
  private readonly latest: Statement<[number], TicketRow>;
  /** Per service, for one batch of pages: what today has shown of its handling time (the same for every page). */
  private readonly paces = new Map<string, ServicePace>();

  constructor(
    db: Database,
    private readonly setup: SetupStore,
    private readonly engine: QueueEngine,
    private readonly clock: () => number,
  ) {
    this.references = new StatusReferences(db);
    this.lines = new CachedLines(new WaitingLines(db, setup, engine));
    this.latest = db.prepare('SELECT * FROM tickets WHERE case_id = ? ORDER BY id DESC LIMIT 1');
  }

  /** Starts a batch of reads: the queue changed, so lines and paces are read again (once for all the pages). */
  beginBatch(): void {
    this.lines.reset();
    this.paces.clear();
  }

  private paceOf(serviceId: number, serviceDay: string): ServicePace {
    const key = `${serviceDay}:${serviceId}`;
    let pace = this.paces.get(key);
    if (!pace) {
      pace = this.engine.tickets.paceToday(serviceId, serviceDay);
      this.paces.set(key, pace);
    }
    return pace;
  }

  /** The case a link names, with its latest ticket; or why the link does not open. */
  lookup(reference: string): CaseLookup {
    const caseId = this.references.caseOf(reference);
    const ticket = caseId === null ? undefined : this.latestOf(caseId);
    if (caseId === null || !ticket) return { problem: 'unknown' };
    if (this.expired(ticket)) return { problem: 'expired' };
    return { caseId, ticket };
  }

  latestOf(caseId: number): Ticket | undefined {
    const row = this.latest.get(caseId);
    return row && ticketFromRow(row);
  }

  /** A link lives until its service day ends (local midnight). */
  expired(ticket: Ticket): boolean {
    return ticket.serviceDay !== this.engine.today();
  }

  /** The status of a case's latest ticket, as of the current batch (`beginBatch`). */
  statusOf(ticket: Ticket): CitizenStatus {
    const service = this.setup.service(ticket.serviceId);
    const settings = this.setup.settings();
    const state = STATE_OF[ticket.status];
    const now = this.clock();
    let ahead: number | null = null;
    let waitMinutes: number | null = null;
    if (state === 'waiting') {
      const wait = ticketWait(ticket, this.lines.lineOf(ticket), service, this.paceOf(service.id, ticket.serviceDay));
      ahead = wait.ahead;
      waitMinutes = wait.minutes;
    }
    const atPoint = (state === 'called' || state === 'serving') && ticket.servicePointId !== null;
    return {
      displayCode: ticket.displayCode,
      centerName: { vi: settings.centerNameVi, en: settings.centerNameEn },
      service: { vi: service.nameVi, en: service.nameEn },
      state,
      ahead,
      waitMinutes,
      point: atPoint ? pointInWords(this.setup.servicePoint(ticket.servicePointId!)) : null,
      calledAt: state === 'called' ? ticket.calledAt : null,
      recallCount: ticket.recallCount,
      transferred: ticket.transferredFromId !== null,
      serviceDay: ticket.serviceDay,
      at: now,
    };
  }
}
