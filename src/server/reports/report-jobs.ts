/**
 * What the report worker can be asked to do, and how each job is answered: a body (JSON text or file bytes)
 * with its content type. The same function runs in the worker and, where no worker can start, in-thread.
 */
import type { LocalizedText } from '../../shared/errors';
import type { RatingGrouping } from '../../shared/rating';
import type { ReportTable } from '../../shared/reports';
import type { ReportReader } from './report-reader';

export type ExportLanguage = 'vi' | 'en';

export type ReportJob =
  | { kind: 'summary'; from: string; to: string; now: number }
  | { kind: 'csv'; table: ReportTable; from: string; to: string; now: number; language: ExportLanguage }
  | { kind: 'xlsx'; table: ReportTable; from: string; to: string; now: number; language: ExportLanguage }
  | { kind: 'weekly'; format: 'json' | 'pdf' | 'xlsx'; weekStart: string; now: number; language: ExportLanguage }
  | { kind: 'ratings'; from: string; to: string; by: RatingGrouping }
  | { kind: 'procedures'; from: string; to: string };

export interface JobAnswer {
  contentType: string;
  body: string | Uint8Array;
  /** For downloads: the file's name (ASCII) as the browser should save it. */
  fileName?: string;
}

/** A refusal from a job, carried across the worker boundary as plain data. */
export interface JobFailure {
  status: number;
  code: string;
  text: LocalizedText;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

export async function runJob(reader: ReportReader, job: ReportJob): Promise<JobAnswer> {
  switch (job.kind) {
    case 'summary':
      return { contentType: JSON_TYPE, body: JSON.stringify(reader.summary(job, job.now)) };
    case 'csv': {
      const { tableCsv } = await import('./exports/report-csv');
      return tableCsv(reader, job);
    }
    case 'xlsx': {
      const { reportXlsx } = await import('./exports/report-xlsx');
      return reportXlsx(reader, job);
    }
    case 'weekly': {
      const { weeklyAnswer } = await import('./weekly/weekly-answer');
      return weeklyAnswer(reader, job);
    }
    // The ratings and procedure tabs: a year of them is read here too, not on the queue's thread.
    case 'ratings': {
      const { ratingFigures } = await import('../citizen/rating-figures');
      return { contentType: JSON_TYPE, body: JSON.stringify(ratingFigures(reader.db, job)) };
    }
    case 'procedures': {
      const { procedureReport } = await import('../procedures/procedure-report');
      return { contentType: JSON_TYPE, body: JSON.stringify(procedureReport(reader.db, job.from, job.to)) };
    }
  }
}
