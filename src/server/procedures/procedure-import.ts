/**
 * From a catalogue file to changes: each row is matched to a procedure already here (by Lượt's id, then the
 * province's code, then the name written without diacritics), compared, and planned as added, updated or
 * unchanged. A column the file does not have leaves that field as it is. Nothing is applied while any row has
 * a problem: a half-imported catalogue is worse than none.
 */
import type { Service } from '../../shared/domain';
import { procedureInput, type ProcedureInput } from '../../shared/procedure-schemas';
import { foldText } from '../../shared/procedure-search';
import type { Procedure, ProcedureImportAnswer } from '../../shared/procedures';
import type { CatalogueTable, Column } from './procedure-file';
import type { ProcedureStore } from './procedure-store';

type Problem = ProcedureImportAnswer['problems'][number];

export interface ImportPlan {
  add: ProcedureInput[];
  update: { id: number; patch: Partial<ProcedureInput> }[];
  unchanged: number;
  retire: number[];
  problems: Problem[];
}

const FIELD_WORDS: Record<Column, { vi: string; en: string }> = {
  id: { vi: 'Mã trong Lượt', en: 'Lượt id' },
  code: { vi: 'Mã thủ tục', en: 'Code' },
  nameVi: { vi: 'Tên thủ tục', en: 'Procedure name' },
  nameEn: { vi: 'Tên tiếng Anh', en: 'English name' },
  aliases: { vi: 'Cách gọi khác', en: 'Other names' },
  service: { vi: 'Dịch vụ', en: 'Service' },
  documents: { vi: 'Giấy tờ cần mang', en: 'Papers to bring' },
  onlineFiling: { vi: 'Nộp trực tuyến', en: 'Online filing' },
  fee: { vi: 'Lệ phí', en: 'Fee' },
  timeLimit: { vi: 'Thời hạn giải quyết', en: 'Time limit' },
  resultAt: { vi: 'Nơi trả kết quả', en: 'Where results are returned' },
  checked: { vi: 'Đã đối chiếu', en: 'Checked' },
  active: { vi: 'Đang sử dụng', en: 'In use' },
};

const YES = new Set(['co', 'c', 'x', '1', 'true', 'yes', 'i', 'dung']);
const NO = new Set(['khong', 'k', '0', 'false', 'no', 'n', 'sai', '']);

/** A list in one cell: one item per line (Excel's Alt+Enter), or separated by ";" when written on one line. */
export function splitList(cell: string): string[] {
  const parts = /\r?\n/.test(cell) ? cell.split(/\r?\n/) : cell.split(';');
  return parts.map((part) => part.replace(/^\s*(?:\d{1,2}[.)]|[-•+*–])\s+/, '').trim()).filter(Boolean);
}

/** The service a cell names: its prefix ("A"), its name, or a part of its name ("Hộ tịch"), when only one fits. */
function serviceNamed(cell: string, services: Service[]): Service | null {
  const wanted = cell.trim();
  const byPrefix = services.find((s) => s.prefix === wanted.toUpperCase());
  if (byPrefix) return byPrefix;
  const folded = ` ${foldText(wanted)} `;
  if (folded.trim() === '') return null;
  const exact = services.filter((s) => ` ${foldText(s.nameVi)} ` === folded);
  if (exact.length === 1) return exact[0]!;
  const partial = services.filter((s) => ` ${foldText(s.nameVi)} `.includes(folded));
  return partial.length === 1 ? partial[0]! : null;
}

export function planImport(
  table: CatalogueTable,
  existing: Procedure[],
  services: Service[],
  retireMissing: boolean,
): ImportPlan {
  const plan: ImportPlan = { add: [], update: [], unchanged: 0, retire: [], problems: [] };
  const problem = (line: number, vi: string, en: string) =>
    plan.problems.push({ line, vi: `Dòng ${line}: ${vi}`, en: `Line ${line}: ${en}` });

  const byId = new Map(existing.map((p) => [p.id, p]));
  const byCode = new Map(existing.filter((p) => p.code).map((p) => [p.code!, p]));
  const byName = new Map(existing.map((p) => [foldText(p.nameVi), p]));
  const seen = new Map<number | string, number>();

  for (const { line, cells } of table.rows) {
    const cell = (column: Column) => {
      const index = table.columns[column];
      return index === undefined ? undefined : (cells[index] ?? '').trim();
    };
    const name = cell('nameVi') ?? '';
    const idCell = Number(cell('id'));
    const match =
      (Number.isInteger(idCell) && idCell > 0 ? byId.get(idCell) : undefined) ??
      (cell('code') ? byCode.get(cell('code')!) : undefined) ??
      byName.get(foldText(name));
    const key = match?.id ?? `name:${foldText(name)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem(line, `trùng với dòng ${earlier} (cùng thủ tục).`, `the same procedure as line ${earlier}.`);
      continue;
    }
    seen.set(key, line);

    const fields: Record<string, unknown> = {};
    const read = (column: Column, as: (value: string) => unknown) => {
      const value = cell(column);
      if (value !== undefined) fields[column] = as(value);
    };
    read('code', (v) => v || null);
    read('nameVi', (v) => v);
    read('nameEn', (v) => v);
    read('aliases', splitList);
    read('documents', splitList);
    read('fee', (v) => v);
    read('timeLimit', (v) => v);
    read('resultAt', (v) => v);
    let rowOk = true;
    for (const column of ['onlineFiling', 'checked', 'active'] as const) {
      const value = cell(column);
      if (value === undefined || value === '') continue;
      const folded = foldText(value);
      if (YES.has(folded)) fields[column] = true;
      else if (NO.has(folded)) fields[column] = false;
      else {
        rowOk = false;
        const words = FIELD_WORDS[column];
        problem(
          line,
          `ô "${words.vi}" ghi "${value}" — hãy ghi "có" hoặc "không".`,
          `"${words.en}" says "${value}" — write "có" (yes) or "không" (no).`,
        );
      }
    }
    const serviceCell = cell('service');
    if (serviceCell) {
      const service = serviceNamed(serviceCell, services);
      if (service) fields.serviceId = service.id;
      else {
        rowOk = false;
        const prefixes = services.map((s) => s.prefix).join(', ');
        problem(
          line,
          `không tìm thấy dịch vụ "${serviceCell}". Ghi chữ cái đầu số của dịch vụ (${prefixes}) hoặc đúng tên dịch vụ.`,
          `no service "${serviceCell}". Write the service's prefix (${prefixes}) or its exact name.`,
        );
      }
    } else if (!match) {
      rowOk = false;
      problem(
        line,
        'thủ tục mới cần ô "Dịch vụ": chữ cái đầu số của dịch vụ nhận thủ tục (ví dụ A).',
        'a new procedure needs the "Dịch vụ" (service) cell: the prefix of the service that takes it (e.g. A).',
      );
    }
    // A province's list is the reference: what it lists is checked and in use, unless the file says otherwise.
    fields.checked ??= true;
    fields.active ??= true;

    const parsed = (match ? procedureInput.partial() : procedureInput).safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? 'nameVi') as Column;
        // The service was judged above, with the prefixes to choose from.
        if ((column as string) === 'serviceId') continue;
        const words = FIELD_WORDS[column] ?? FIELD_WORDS.nameVi;
        const [vi, en] =
          issue.code === 'too_big'
            ? ['quá dài', 'too long']
            : issue.code === 'too_small' || fields[column] === undefined
              ? ['còn trống', 'is empty']
              : ['không hợp lệ', 'is not valid'];
        problem(line, `ô "${words.vi}" ${vi}.`, `"${words.en}" ${en}.`);
      }
      continue;
    }
    if (!rowOk) continue;
    if (!match) {
      plan.add.push(parsed.data as ProcedureInput);
      continue;
    }
    // Only what the file says: a partial parse fills defaults in for columns the file does not have.
    const said = Object.fromEntries(Object.entries(parsed.data).filter(([key]) => key in fields));
    const patch = changedFields(match, said as Partial<ProcedureInput>);
    if (Object.keys(patch).length === 0) plan.unchanged++;
    else plan.update.push({ id: match.id, patch });
  }

  if (retireMissing) {
    const listed = new Set([...seen.keys()].filter((k): k is number => typeof k === 'number'));
    plan.retire = existing.filter((p) => p.active && !listed.has(p.id)).map((p) => p.id);
  }
  return plan;
}

function changedFields(current: Procedure, next: Partial<ProcedureInput>): Partial<ProcedureInput> {
  const old = current as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(old[key])),
  ) as Partial<ProcedureInput>;
}

/** Applies a plan with no problems (the caller's transaction makes it all or nothing). */
export function applyImport(plan: ImportPlan, store: ProcedureStore): void {
  for (const input of plan.add) store.create(input);
  for (const { id, patch } of plan.update) store.update(id, patch);
  for (const id of plan.retire) store.update(id, { active: false });
}

export function importAnswer(plan: ImportPlan, applied: boolean): ProcedureImportAnswer {
  return {
    applied,
    added: plan.add.length,
    updated: plan.update.length,
    unchanged: plan.unchanged,
    retired: plan.retire.length,
    problems: plan.problems,
  };
}
