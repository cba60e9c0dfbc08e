/**
 * What a printed ticket says, gathered from the queue at print time: plain strings, so drawing it (raster or
 * text) needs no database and a sample ticket for the setup preview is just another value.
 */
import type { Database } from 'better-sqlite3';
import type { ServicePoint, Ticket, TicketPriority } from '../../shared/domain';
import { formatDisplayCode } from '../../shared/ticket-code';
import { formatDateTime } from '../../shared/time';
import type { ProcedureOnTicket } from '../procedures/printed-checklist';
import { procedureOnTicketReader } from '../procedures/ticket-procedure';
import { TicketLinks } from '../citizen/ticket-links';
import type { QueueEngine } from '../queue/queue-engine';
import { ticketWait } from '../queue/wait-estimates';
import { WaitingLines } from '../queue/waiting-lines';
import type { SetupStore } from '../setup/setup-store';

export interface TicketFacts {
  centerName: string;
  displayCode: string;
  serviceName: string;
  /** e.g. "Người cao tuổi"; null for a regular ticket. */
  priority: string | null;
  zoneName: string | null;
  directions: string | null;
  /** The points serving the service, e.g. "Quầy số 1, 2, 5". */
  servicePoints: string | null;
  /** `dd/MM/yyyy HH:mm`, local time of the center. */
  issuedAt: string;
  /** People who will be called before this ticket, in the engine's own pick order (src/shared/pick-order.ts). */
  ahead: number;
  waitMinutes: number | null;
  /**
   * What the QR code carries: the ticket's live status page (`http://<host>/s/<ref>`, src/server/citizen), or
   * `LUOT/<day>/<code>/<id>` while the host knows no address phones can reach.
   */
  reference: string;
  /** The status page's address without `http://`, printed under the QR code for a phone that cannot scan. */
  referenceLine?: string;
  /** The center's Wi-Fi, printed with a joining QR code when setup asks for it. */
  wifi?: { name: string; qr: string };
  footer: string;
  /** Printed again by "In lại": the ticket says so, so two copies of one number are not taken for a mistake. */
  reprint?: boolean;
  /** The citizen's procedure, when setup prints it (src/server/procedures/ticket-procedure.ts). */
  procedure?: ProcedureOnTicket | null;
  /** Checked in for an appointment: "Có hẹn 09:30" (issue 22). */
  appointment?: string | null;
}

/** How the ticket names a priority class: the words on the sign at the counter. */
export const PRIORITY_ON_TICKET: Record<TicketPriority, string | null> = {
  none: null,
  elderly: 'Người cao tuổi',
  disability: 'Người khuyết tật',
  pregnant: 'Phụ nữ mang thai',
  small_child: 'Người đi cùng trẻ nhỏ',
  merit: 'Người có công với cách mạng',
  withheld: 'Ưu tiên',
};

export function ticketReference(ticket: Pick<Ticket, 'serviceDay' | 'displayCode' | 'id'>): string {
  return `LUOT/${ticket.serviceDay}/${ticket.displayCode}/${ticket.id}`;
}

/** "Quầy số 1, 2, 5" when only counters serve it; otherwise their names, e.g. "Bàn hỗ trợ VNeID". */
export function pointsInWords(points: ServicePoint[]): string | null {
  if (points.length === 0) return null;
  if (points.every((p) => p.kind === 'counter')) return `Quầy số ${points.map((p) => p.number).join(', ')}`;
  return points.map((p) => p.nameVi).join(', ');
}

export class TicketFactsReader {
  private readonly lines: WaitingLines;
  private readonly procedureOf: ReturnType<typeof procedureOnTicketReader>;
  private readonly links: TicketLinks;

  constructor(
    db: Database,
    private readonly setup: SetupStore,
    private readonly engine: QueueEngine,
  ) {
    this.links = new TicketLinks(db);
    this.procedureOf = procedureOnTicketReader(db);
    this.lines = new WaitingLines(db, setup, engine);
  }

  read(ticket: Ticket, options: { reprint?: boolean } = {}): TicketFacts {
    const settings = this.setup.settings();
    const service = this.setup.service(ticket.serviceId);
    const zone = service.zoneId === null ? null : this.setup.zone(service.zoneId);
    const points = this.setup
      .servicePoints()
      .filter((p) =>
        ticket.targetServicePointId !== null
          ? p.id === ticket.targetServicePointId
          : p.active && p.serviceIds.includes(service.id),
      );
    const wait = ticketWait(
      ticket,
      this.lines.lineOf(ticket),
      service,
      this.engine.tickets.paceToday(service.id, ticket.serviceDay),
    );
    return {
      centerName: settings.centerNameVi,
      displayCode: ticket.displayCode,
      serviceName: service.nameVi,
      priority: PRIORITY_ON_TICKET[ticket.priority],
      zoneName: zone?.nameVi ?? null,
      directions: zone?.directionsVi || null,
      servicePoints: pointsInWords(points),
      issuedAt: formatDateTime(ticket.issuedAt),
      ahead: wait.ahead,
      waitMinutes: wait.minutes,
      reference: ticketReference(ticket),
      ...this.links.facts(ticket),
      footer: settings.ticketFooterVi,
      ...(options.reprint ? { reprint: true } : {}),
      procedure: this.procedureOf(ticket),
      appointment: ticket.appointment ? `Có hẹn ${ticket.appointment.time}` : null,
    };
  }

  /**
   * The setup preview's and test print's ticket: the sample, with what this center's real tickets print for
   * phones — the status page's QR code and short address, the Wi-Fi — made by the same code. Its reference names
   * no case, so a phone that scans it reaches the host (the point of trying) and gets "Không tìm thấy phiếu".
   */
  sample(centerName: string, footer: string, at: number): TicketFacts {
    return {
      ...sampleFacts(centerName, footer, at),
      ...this.ownService(),
      ...this.links.facts({ caseId: SAMPLE_CASE }),
    };
  }

  /** The center's own first service on the sample (its prefix, name, zone and points), not a made-up one. */
  private ownService(): Partial<TicketFacts> {
    const service = this.setup.services().find((s) => s.active);
    if (!service) return {};
    const zone = service.zoneId === null ? null : this.setup.zone(service.zoneId);
    const points = this.setup.servicePoints().filter((p) => p.active && p.serviceIds.includes(service.id));
    return {
      displayCode: formatDisplayCode(service.prefix, 12),
      serviceName: service.nameVi,
      zoneName: zone?.nameVi ?? null,
      directions: zone?.directionsVi || null,
      servicePoints: pointsInWords(points),
    };
  }
}

/** The case a sample ticket's link names: none (cases start at 1). */
const SAMPLE_CASE = 0;

/** The setup preview and the test print: a realistic ticket with long Vietnamese words. */
export function sampleFacts(centerName: string, footer: string, at: number): TicketFacts {
  return {
    centerName,
    displayCode: 'A012',
    serviceName: 'Hộ tịch – Chứng thực (đăng ký khai sinh, kết hôn)',
    priority: 'Người cao tuổi',
    zoneName: 'Khu tiếp nhận hồ sơ',
    directions: 'Tầng 1, sảnh chính',
    servicePoints: 'Quầy số 1, 2, 5',
    issuedAt: formatDateTime(at),
    ahead: 4,
    waitMinutes: 12,
    reference: 'LUOT/mau/A012/0',
    footer,
  };
}
