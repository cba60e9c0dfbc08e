/**
 * A file of bookings as a grid of strings (appointment-import.ts): the columns it must have, found by their
 * headings, and its reading — done in the import worker (src/server/procedures/import-worker.ts).
 */
import { foldText } from '../../shared/procedure-search';
import { readGrid } from '../procedures/procedure-file';

export const COLUMNS = ['service', 'day', 'time', 'procedure', 'name', 'phone'] as const;
export type Column = (typeof COLUMNS)[number];

const HEADINGS: Record<Column, string[]> = {
  service: ['Dịch vụ', 'Lĩnh vực', 'Mã dịch vụ', 'service'],
  day: ['Ngày', 'Ngày hẹn', 'day', 'date'],
  time: ['Giờ', 'Giờ hẹn', 'time'],
  procedure: ['Thủ tục', 'Mã thủ tục', 'procedure'],
  name: ['Họ tên', 'Họ và tên', 'Tên', 'name'],
  phone: ['Điện thoại', 'Số điện thoại', 'SĐT', '4 số cuối', 'phone'],
};
/** A cell's column when it is one of the headings; the folded headings are made on the first file read, not at start. */
let lookup: Map<string, Column> | null = null;
export const columnOf = (cell: string): Column | undefined =>
  (lookup ??= new Map(COLUMNS.flatMap((c) => HEADINGS[c].map((h) => [foldText(h), c] as [string, Column])))).get(
    foldText(cell),
  );

export const headingRow = (grid: string[][]) =>
  grid.slice(0, 15).findIndex((row) => {
    const known = row.map(columnOf);
    return known.includes('service') && known.includes('day') && known.includes('time');
  });

/** The file's grid: its first sheet (or CSV) with the bookings' headings. */
export const readAppointmentGrid = (bytes: Buffer) => readGrid(bytes, (grid) => headingRow(grid) !== -1);
