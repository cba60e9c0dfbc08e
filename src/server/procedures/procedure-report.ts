/**
 * Report figures of the procedure guide (issue 15, feeding the reports of issue 8): tickets by procedure, and
 * the procedures — and papers — that most often send citizens back. Reads tickets and the missing papers log for
 * a range of service days; every query is bounded by the day indexes.
 */
import type { Database } from 'better-sqlite3';
import type { ProcedureReport, ProcedureReportRow } from '../../shared/procedures';

interface Count {
  procedure_id: number;
  n: number;
}

export function procedureReport(db: Database, from: string, to: string): ProcedureReport {
  const counts = (sql: string) => new Map((db.prepare(sql).all(from, to) as Count[]).map((r) => [r.procedure_id, r.n]));
  // A case is counted once: a transfer's new ticket carries the procedure on but is not a new citizen.
  const tickets = counts(
    `SELECT procedure_id, count(*) AS n FROM tickets
     WHERE service_day BETWEEN ? AND ? AND procedure_id IS NOT NULL AND transferred_from_id IS NULL
     GROUP BY procedure_id`,
  );
  const incomplete = counts(
    `SELECT procedure_id, count(*) AS n FROM tickets
     WHERE service_day BETWEEN ? AND ? AND procedure_id IS NOT NULL AND outcome = 'incomplete_documents'
     GROUP BY procedure_id`,
  );
  const sentHome = counts(
    `SELECT procedure_id, count(*) AS n FROM missing_papers
     WHERE service_day BETWEEN ? AND ? AND action = 'home' GROUP BY procedure_id`,
  );
  const sentToHelp = counts(
    `SELECT procedure_id, count(*) AS n FROM missing_papers
     WHERE service_day BETWEEN ? AND ? AND action = 'help_desk' GROUP BY procedure_id`,
  );
  const ids = new Set([...tickets.keys(), ...incomplete.keys(), ...sentHome.keys(), ...sentToHelp.keys()]);
  const names = new Map(
    (
      db.prepare('SELECT id, name_vi, name_en, service_id FROM procedures').all() as {
        id: number;
        name_vi: string;
        name_en: string;
        service_id: number;
      }[]
    ).map((p) => [p.id, p]),
  );
  const rows: ProcedureReportRow[] = [...ids].map((id) => {
    const p = names.get(id)!;
    const row = {
      procedureId: id,
      nameVi: p.name_vi,
      nameEn: p.name_en || p.name_vi,
      serviceId: p.service_id,
      tickets: tickets.get(id) ?? 0,
      incompleteAtCounter: incomplete.get(id) ?? 0,
      sentHome: sentHome.get(id) ?? 0,
      sentToHelpDesk: sentToHelp.get(id) ?? 0,
    };
    return { ...row, sentBack: row.incompleteAtCounter + row.sentHome + row.sentToHelpDesk };
  });
  rows.sort((a, b) => b.tickets - a.tickets || a.nameVi.localeCompare(b.nameVi, 'vi'));
  const missingDocuments = db
    .prepare(
      `SELECT m.procedure_id AS procedureId, d.value AS document, count(*) AS times
       FROM missing_papers m, json_each(m.missing) d
       WHERE m.service_day BETWEEN ? AND ?
       GROUP BY m.procedure_id, d.value ORDER BY times DESC, m.procedure_id LIMIT 50`,
    )
    .all(from, to) as ProcedureReport['missingDocuments'];
  const { n: withoutProcedure } = db
    .prepare(
      `SELECT count(*) AS n FROM tickets
       WHERE service_day BETWEEN ? AND ? AND procedure_id IS NULL AND transferred_from_id IS NULL`,
    )
    .get(from, to) as { n: number };
  return {
    from,
    to,
    rows,
    mostSentBack: rows
      .filter((r) => r.sentBack > 0)
      .sort((a, b) => b.sentBack - a.sentBack || b.tickets - a.tickets)
      .slice(0, 10),
    missingDocuments,
    ticketsWithoutProcedure: withoutProcedure,
  };
}
