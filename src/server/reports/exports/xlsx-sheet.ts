/**
 * Writing workbooks (exceljs's streaming writer, so a quarter's detail never sits in memory whole): a workbook
 * collected into bytes, and a sheet of rows with a bold frozen header. How one cell is written — its value and
 * its number format — is decided here and only here (xlsxCell, FORMATS).
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { LocalizedText } from '../../../shared/errors';
import { clockTime, unitOf } from './cell-format';
import type { CellValue, Column, ColumnKind } from './report-tables';

const FORMATS: Partial<Record<ColumnKind, string>> = {
  duration: '0.0',
  percent: '0.0%',
  day: 'dd/mm/yyyy',
  score: '0.00',
  decimal: '0.##',
};

/** A cell value as Excel should hold it. */
export function xlsxCell(value: CellValue, kind: ColumnKind): ExcelJS.CellValue {
  if (value === null) return null;
  switch (kind) {
    case 'duration':
      return Math.round((Number(value) / 60) * 10) / 10;
    case 'day': {
      const [y, m, d] = String(value).split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d));
    }
    case 'time':
      return clockTime(Number(value));
    default:
      return value;
  }
}

/** Collects a workbook written to a stream into one buffer. */
export async function writeWorkbook(
  fill: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void> | void,
): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Lượt';
  await fill(workbook);
  await workbook.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Excel refuses sheet names with * ? : \\ / [ ] or longer than 31 characters. */
export const sheetName = (title: string) => title.replace(/[*?:\\/[\]]/g, '-').slice(0, 31);

/**
 * A row of a sheet: cells in the columns' kinds; cells whose kinds differ row by row (a list of metrics, each
 * with its own unit); or a heading (bold, alone on its line) between groups of rows.
 */
export type SheetRow = CellValue[] | { cells: CellValue[]; kinds: ColumnKind[] } | { heading: string };

export interface SheetSpec {
  title: LocalizedText;
  columns: Column[];
  /** Units in the header ("Chờ (phút)"): off when rows carry their own units. */
  unitsInHeader?: boolean;
}

/** A sheet: optional lines above, then a bold, frozen header row and the rows. */
export function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: SheetSpec,
  rows: Iterable<SheetRow>,
  language: 'vi' | 'en',
  above: string[][] = [],
): void {
  const pick = (text: LocalizedText) => (language === 'en' ? text.en : text.vi);
  const sheet = workbook.addWorksheet(sheetName(pick(spec.title)), {
    views: [{ state: 'frozen', ySplit: above.length + 1 }],
  });
  sheet.columns = spec.columns.map((c, i) => ({ width: i === 0 ? 40 : Math.max(12, c.header.vi.length + 6) }));
  for (const line of above) sheet.addRow(line).commit();
  const header = sheet.addRow(
    spec.columns.map((c) => pick(c.header) + (spec.unitsInHeader === false ? '' : unitOf(c.kind, 'xlsx', language))),
  );
  header.font = { bold: true };
  header.commit();
  for (const entry of rows) {
    if ('heading' in entry) {
      const row = sheet.addRow([entry.heading]);
      row.font = { bold: true };
      row.commit();
      continue;
    }
    const [cells, kinds] = Array.isArray(entry) ? [entry, spec.columns.map((c) => c.kind)] : [entry.cells, entry.kinds];
    const row = sheet.addRow(spec.columns.map((_, i) => xlsxCell(cells[i] ?? null, kinds[i] ?? 'text')));
    kinds.forEach((kind, i) => {
      const format = FORMATS[kind];
      if (format) row.getCell(i + 1).numFmt = format;
    });
    row.commit();
  }
  sheet.commit();
}
