/**
 * A report as an XLSX workbook, one sheet per table (exceljs's streaming writer, so a quarter's detail never
 * sits in memory whole): Vietnamese headers, real dates shown dd/mm/yyyy, durations as minutes, shares as %.
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { dayCount } from '../../../shared/report-range';
import { formatDateTime, formatServiceDay } from '../../../shared/time';
import type { JobAnswer, ReportJob } from '../report-jobs';
import type { ReportReader } from '../report-reader';
import { clockTime, unitOf } from './cell-format';
import { fileName } from './report-csv';
import { ratingFiguresTable, ratingListTable } from './rating-tables';
import { cellKind, reportTables, type CellValue, type ColumnKind, type Table } from './report-tables';
import { detailRangeTooLong, MAX_DETAIL_DAYS, visitRows, visitsTable } from './visit-rows';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FORMATS: Partial<Record<ColumnKind, string>> = {
  duration: '0.0',
  percent: '0.0%',
  day: 'dd/mm/yyyy',
  score: '0.00',
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
  fill: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>,
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

/** A sheet: optional lines above, then a bold, frozen header row and the rows. */
export function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  table: Pick<Table, 'name' | 'columns' | 'title'>,
  rows: Iterable<CellValue[]>,
  language: 'vi' | 'en',
  above: string[][] = [],
): void {
  const summary = table.name === 'summary';
  const sheet = workbook.addWorksheet(sheetName(language === 'en' ? table.title.en : table.title.vi), {
    views: [{ state: 'frozen', ySplit: above.length + 1 }],
  });
  sheet.columns = table.columns.map((c, i) => ({ width: i === 0 ? 34 : Math.max(12, c.header.vi.length + 6) }));
  for (const line of above) sheet.addRow(line).commit();
  const header = sheet.addRow(
    table.columns.map(
      (c) => (language === 'en' ? c.header.en : c.header.vi) + (summary ? '' : unitOf(c.kind, 'xlsx', language)),
    ),
  );
  header.font = { bold: true };
  header.commit();
  for (const values of rows) {
    const kinds = table.columns.map((_, i) => cellKind(table as Table, values, i));
    const cells = table.columns.map((_, i) =>
      summary && i === 0
        ? `${String(values[0])}${unitOf(kinds[1]!, 'xlsx', language)}`
        : xlsxCell(values[i] ?? null, kinds[i]!),
    );
    const row = sheet.addRow(cells);
    kinds.forEach((kind, i) => {
      const format = FORMATS[kind];
      if (format && !(summary && i === 0)) row.getCell(i + 1).numFmt = format;
    });
    row.commit();
  }
  sheet.commit();
}

/**
 * The report's tables, one sheet each; or, for `table: 'visits'`, the list of every visit on its own (a month's
 * list takes exceljs seconds to write, so it is a download of its own rather than part of every report).
 */
export async function reportXlsx(reader: ReportReader, job: Extract<ReportJob, { kind: 'xlsx' }>): Promise<JobAnswer> {
  const { language } = job;
  const en = language === 'en';
  const center = reader.setup.centerName();
  const above = [
    [en ? center.en : center.vi],
    [en ? 'Report' : 'Báo cáo', `${formatServiceDay(job.from)} – ${formatServiceDay(job.to)}`],
    [en ? 'Made at' : 'Lập lúc', formatDateTime(job.now)],
    [],
  ];
  if (job.table === 'visits') {
    if (dayCount(job) > MAX_DETAIL_DAYS) throw detailRangeTooLong();
    const body = await writeWorkbook(async (workbook) => {
      writeSheet(workbook, visitsTable([]), visitRows(reader, job, job.now, language), language, above);
    });
    return { contentType: XLSX_TYPE, body, fileName: fileName(job, 'xlsx') };
  }
  const names = { services: reader.setup.services(), points: reader.setup.points() };
  // The ratings follow the queue's tables; every rating line by line only over a range a list is kept for.
  const tables = [
    ...reportTables(reader.summary(job, job.now), names, language),
    ratingFiguresTable(reader.db, job, language),
    ...(dayCount(job) <= MAX_DETAIL_DAYS ? [ratingListTable(reader.db, job, language)] : []),
  ];
  const body = await writeWorkbook(async (workbook) => {
    for (const table of tables)
      writeSheet(workbook, table, table.rows, language, table.name === 'summary' ? above : []);
  });
  return { contentType: XLSX_TYPE, body, fileName: fileName(job, 'xlsx') };
}
