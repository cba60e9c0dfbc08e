/**
 * What the report worker can be asked to do and what it answers, and the content types of those answers. A
 * leaf: the dispatcher (report-jobs.ts) and every answerer import these, and this file imports none of them.
 */
import type { RatingGrouping } from '../../shared/rating';
import type { ReportTable } from '../../shared/reports';

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

export type { JobFailure } from '../workers/worker-protocol';

/** The content type of each kind of answer, said once. */
export const CONTENT_TYPE = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
