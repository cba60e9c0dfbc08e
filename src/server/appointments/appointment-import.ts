/**
 * A day's bookings from a file (issue 22): a booking portal's export or a list typed in Excel — CSV or XLSX, read
 * as the procedure catalogue is (src/server/procedures/procedure-file.ts). Like the procedure import: every line is
 * checked first and reported by its line number in Vietnamese and English; nothing is booked while any line has a
 * problem, and a dry run only says what would be booked.
 */
import type { AppointmentImportAnswer } from '../../shared/appointment-api';
import { bookInput } from '../../shared/appointment-schemas';
import { LuotError } from '../../shared/errors';
import { foldText } from '../../shared/procedure-search';
import type { Core } from '../core';
import { columnOf, COLUMNS, headingRow, type Column } from './appointment-grid';

/** `dd/MM/yyyy`, `d/M/yyyy` or `yyyy-MM-dd` → `yyyy-MM-dd`. */
function dayOf(cell: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cell);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (!y || !m || !d) return null;
  // "31/31/2026" has the shape of a day but is none: the booking would fail on it deep inside (a 500).
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d))
    return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** `9:30`, `09:30`, `9h30`, `9h` → `09:30`. */
function timeOf(cell: string): string | null {
  const match = /^(\d{1,2})\s*[:hH]\s*(\d{2})?$/.exec(cell);
  if (!match) return null;
  return `${match[1]!.padStart(2, '0')}:${match[2] ?? '00'}`;
}

export async function importAppointments(bytes: Buffer, dryRun: boolean, core: Core): Promise<AppointmentImportAnswer> {
  // Read in a worker process: a large or hostile file never holds up a call (issue 24, point 8).
  const grid = await core.imports.appointmentGrid(bytes);
  const at = headingRow(grid);
  if (at === -1)
    throw new LuotError(400, 'APPOINTMENT_FILE_UNREADABLE', {
      vi: 'Không tìm thấy dòng tiêu đề. Dòng đầu cần có ít nhất các cột "Dịch vụ", "Ngày" và "Giờ".',
      en: 'No heading row found. The first row needs at least the columns "Dịch vụ" (service), "Ngày" (day) and "Giờ" (time).',
    });
  const columns: Partial<Record<Column, number>> = {};
  grid[at]!.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && columns[column] === undefined) columns[column] = i;
  });
  const services = core.setup.services();
  const procedures = core.procedures.list();
  const problems: AppointmentImportAnswer['problems'] = [];
  const lines: { line: number; input: ReturnType<typeof bookInput.parse> }[] = [];
  grid.slice(at + 1).forEach((cells, i) => {
    const line = at + i + 2;
    const cell = (c: Column) => (columns[c] === undefined ? '' : String(cells[columns[c]!] ?? '').trim());
    if (COLUMNS.every((c) => cell(c) === '')) return;
    const problem = (vi: string, en: string) => problems.push({ line, vi, en });
    const serviceText = foldText(cell('service'));
    const service = services.find(
      (s) => s.active && [s.prefix, s.nameVi, s.nameEn].some((n) => foldText(n) === serviceText),
    );
    if (!service) return problem(`Không có dịch vụ "${cell('service')}".`, `No service "${cell('service')}".`);
    const day = dayOf(cell('day'));
    if (!day)
      return problem(
        `Ngày "${cell('day')}" không đọc được (dd/MM/yyyy).`,
        `Cannot read the day "${cell('day')}" (dd/MM/yyyy).`,
      );
    const time = timeOf(cell('time'));
    if (!time)
      return problem(
        `Giờ "${cell('time')}" không đọc được (HH:mm).`,
        `Cannot read the time "${cell('time')}" (HH:mm).`,
      );
    let procedureId: number | undefined;
    if (cell('procedure')) {
      const wanted = foldText(cell('procedure'));
      const procedure = procedures.find(
        (p) => foldText(p.nameVi) === wanted || (p.code && foldText(p.code) === wanted),
      );
      if (!procedure)
        return problem(`Không có thủ tục "${cell('procedure')}".`, `No procedure "${cell('procedure')}".`);
      procedureId = procedure.id;
    }
    const phone = cell('phone').replace(/\D/g, '').slice(-4);
    const parsed = bookInput.safeParse({
      serviceId: service.id,
      day,
      time,
      procedureId,
      name: cell('name'),
      phoneLast4: phone.length === 4 ? phone : '',
    });
    if (!parsed.success) return problem('Dòng này không hợp lệ.', 'This line is not valid.');
    lines.push({ line, input: parsed.data });
  });

  // Every line is tried in one transaction that is rolled back unless all are taken and it is not a dry run.
  const codes: AppointmentImportAnswer['codes'] = [];
  const rollback = new Error('dry run');
  try {
    core.events.run(() => {
      for (const { line, input } of lines) {
        try {
          codes.push({ line, code: core.appointments.book(input, { source: 'import' }).code });
        } catch (error) {
          if (!(error instanceof LuotError)) throw error;
          problems.push({ line, vi: error.text.vi, en: error.text.en });
        }
      }
      if (dryRun || problems.length > 0) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  const applied = !dryRun && problems.length === 0;
  problems.sort((a, b) => a.line - b.line);
  return { applied, booked: codes.length, problems, codes: applied ? codes : [] };
}
