/** SQLite rows ↔ tickets. The one place that knows the ticket columns. */
import type { Ticket } from '../../shared/domain';

export interface TicketRow {
  id: number;
  service_day: string;
  number: number;
  display_code: string;
  service_id: number;
  priority: Ticket['priority'];
  note: string | null;
  status: Ticket['status'];
  queued_at: number;
  issued_at: number;
  called_at: number | null;
  started_at: number | null;
  resolved_at: number | null;
  service_point_id: number | null;
  target_service_point_id: number | null;
  staff_id: number | null;
  outcome: Ticket['outcome'];
  help_kind: Ticket['helpKind'];
  file_code: string | null;
  recall_count: number;
  transferred_from_id: number | null;
  keeps_turn: number;
  case_id: number;
  procedure_id: number | null;
  appointment_id: number | null;
  appointment_time: string | null;
  appointment_first: number;
  self_issued: number;
}

export function ticketFromRow(r: TicketRow): Ticket {
  return {
    id: r.id,
    serviceDay: r.service_day,
    number: r.number,
    displayCode: r.display_code,
    serviceId: r.service_id,
    priority: r.priority,
    note: r.note,
    status: r.status,
    queuedAt: r.queued_at,
    issuedAt: r.issued_at,
    calledAt: r.called_at,
    startedAt: r.started_at,
    resolvedAt: r.resolved_at,
    servicePointId: r.service_point_id,
    targetServicePointId: r.target_service_point_id,
    staffId: r.staff_id,
    outcome: r.outcome,
    helpKind: r.help_kind,
    fileCode: r.file_code,
    recallCount: r.recall_count,
    transferredFromId: r.transferred_from_id,
    keepsTurn: r.keeps_turn === 1,
    caseId: r.case_id,
    procedureId: r.procedure_id,
    appointment:
      r.appointment_id === null
        ? null
        : { id: r.appointment_id, time: r.appointment_time ?? '', first: r.appointment_first === 1 },
    selfIssued: r.self_issued === 1,
  };
}
