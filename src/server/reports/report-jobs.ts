/**
 * Answers a report job: a body (JSON text or file bytes) with its content type. The same function runs in the
 * worker and, where no worker can start, in-thread. The job and answer types live in job-types.ts (a leaf), so
 * the answerers loaded here never import this file back.
 */
import { CONTENT_TYPE, type JobAnswer, type ReportJob } from './job-types';
import type { ReportReader } from './report-reader';

export async function runJob(reader: ReportReader, job: ReportJob): Promise<JobAnswer> {
  switch (job.kind) {
    case 'summary':
      return { contentType: CONTENT_TYPE.json, body: JSON.stringify(reader.summary(job, job.now)) };
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
      return { contentType: CONTENT_TYPE.json, body: JSON.stringify(ratingFigures(reader.db, job)) };
    }
    case 'procedures': {
      const { procedureReport } = await import('../procedures/procedure-report');
      return { contentType: CONTENT_TYPE.json, body: JSON.stringify(procedureReport(reader.db, job.from, job.to)) };
    }
  }
}
