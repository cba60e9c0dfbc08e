/**
 * One table of a report as CSV: UTF-8 with a byte-order mark (so Excel reads Vietnamese right), comma
 * separated, headers in the chosen language, days dd/MM/yyyy, durations in whole seconds, shares in percent.
 */
import { dayCount } from '../../../shared/report-range';
import { CONTENT_TYPE, type JobAnswer, type ReportJob } from '../job-types';
import type { ReportReader } from '../report-reader';
import { csvFileText } from '../../csv/csv-writer';
import { csvCell, unitOf } from './cell-format';
import { ratingFiguresTable, ratingListTable } from './rating-tables';
import { cellKind, reportTables, type CellValue, type Table } from './report-tables';
import { detailRangeTooLong, MAX_DETAIL_DAYS, visitRows, visitsTable } from './visit-rows';

export function tableCsv(reader: ReportReader, job: Extract<ReportJob, { kind: 'csv' }>): JobAnswer {
  const table =
    job.table === 'visits'
      ? visits(reader, job)
      : job.table === 'ratings'
        ? ratingFiguresTable(reader.db, job, job.language)
        : job.table === 'ratingList'
          ? ratingList(reader, job)
          : summaryTable(reader, job);
  return {
    contentType: CONTENT_TYPE.csv,
    body: toCsv(table, job.language),
    fileName: fileName(job),
  };
}

function summaryTable(reader: ReportReader, job: Extract<ReportJob, { kind: 'csv' }>): Table {
  const names = { services: reader.setup.services(), points: reader.setup.points() };
  return reportTables(reader.summary(job, job.now), names, job.language).find((t) => t.name === job.table)!;
}

function ratingList(reader: ReportReader, job: Extract<ReportJob, { kind: 'csv' }>): Table {
  if (dayCount(job) > MAX_DETAIL_DAYS) throw detailRangeTooLong();
  return ratingListTable(reader.db, job, job.language);
}

function visits(reader: ReportReader, job: Extract<ReportJob, { kind: 'csv' }>): Table {
  if (dayCount(job) > MAX_DETAIL_DAYS) throw detailRangeTooLong();
  return visitsTable([...visitRows(reader, job, job.now, job.language)]);
}

export function toCsv(table: Table, language: 'vi' | 'en'): string {
  const summary = table.name === 'summary';
  const header = table.columns.map(
    (c) => (language === 'en' ? c.header.en : c.header.vi) + (summary ? '' : unitOf(c.kind, 'csv', language)),
  );
  const rows = table.rows.map((row) =>
    table.columns.map((_, i) => {
      const kind = cellKind(table, row, i);
      if (summary && i === 0) return `${String(row[0])}${unitOf(cellKind(table, row, 1), 'csv', language)}`;
      return csvCell(row[i] as CellValue, kind, language);
    }),
  );
  return csvFileText([header, ...rows]);
}

export const fileName = (job: { from: string; to: string; table?: string }, extension = 'csv') =>
  `bao-cao${job.table && job.table !== 'summary' ? `-${job.table}` : ''}-${job.from}_${job.to}.${extension}`;
