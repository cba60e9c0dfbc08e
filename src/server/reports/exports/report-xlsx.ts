/**
 * A report as an XLSX workbook, one sheet per table: Vietnamese headers, real dates shown dd/mm/yyyy, durations
 * as minutes, shares as %.
 */
import { dayCount } from '../../../shared/report-range';
import { formatDateTime, formatServiceDay } from '../../../shared/time';
import { CONTENT_TYPE, type JobAnswer, type ReportJob } from '../job-types';
import type { ReportReader } from '../report-reader';
import { unitOf } from './cell-format';
import { fileName } from './report-csv';
import { ratingFiguresTable, ratingListTable } from './rating-tables';
import { cellKind, reportTables, type Table } from './report-tables';
import { detailRangeTooLong, MAX_DETAIL_DAYS, visitRows, visitsTable } from './visit-rows';
import { writeSheet, writeWorkbook, type SheetRow } from './xlsx-sheet';

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
    return { contentType: CONTENT_TYPE.xlsx, body, fileName: fileName(job, 'xlsx') };
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
      writeSheet(
        workbook,
        sheetSpec(table),
        sheetRows(table, language),
        language,
        table.name === 'summary' ? above : [],
      );
  });
  return { contentType: CONTENT_TYPE.xlsx, body, fileName: fileName(job, 'xlsx') };
}

/** The summary's rows are metrics, each with its own kind of value: no units in its header. */
const sheetSpec = (table: Table) => ({ ...table, unitsInHeader: table.name !== 'summary' });

function sheetRows(table: Table, language: 'vi' | 'en'): SheetRow[] {
  if (table.name !== 'summary') return table.rows;
  return table.rows.map((row) => {
    const kind = cellKind(table, row, 1);
    return { cells: [`${String(row[0])}${unitOf(kind, 'xlsx', language)}`, row[1]!], kinds: ['text', kind] };
  });
}
