/** SQLite rows ↔ procedures. The one place that knows the procedure columns. */
import type { Procedure } from '../../shared/procedures';
import type { ProcedureInput } from '../../shared/procedure-schemas';

export interface ProcedureRow {
  id: number;
  code: string | null;
  name_vi: string;
  name_en: string;
  aliases: string;
  service_id: number;
  documents: string;
  online_filing: number;
  fee: string;
  time_limit: string;
  result_at: string;
  checked: number;
  active: number;
  sort_order: number;
}

export function procedureFromRow(r: ProcedureRow): Procedure {
  return {
    id: r.id,
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    aliases: JSON.parse(r.aliases) as string[],
    serviceId: r.service_id,
    documents: JSON.parse(r.documents) as string[],
    onlineFiling: r.online_filing === 1,
    fee: r.fee,
    timeLimit: r.time_limit,
    resultAt: r.result_at,
    checked: r.checked === 1,
    active: r.active === 1,
  };
}

/** Named parameters for the INSERT and UPDATE statements. */
export function procedureParams(p: ProcedureInput) {
  return {
    code: p.code,
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    aliases: JSON.stringify(p.aliases),
    serviceId: p.serviceId,
    documents: JSON.stringify(p.documents),
    onlineFiling: p.onlineFiling ? 1 : 0,
    fee: p.fee,
    timeLimit: p.timeLimit,
    resultAt: p.resultAt,
    checked: p.checked ? 1 : 0,
    active: p.active ? 1 : 0,
  };
}
