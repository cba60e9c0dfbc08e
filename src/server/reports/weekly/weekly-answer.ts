/** Answers a weekly-report job: the figures as JSON for the screen, or the PDF / XLSX to download. */
import { weeklyFileName } from '../../../shared/contract/weekly-report';
import { CONTENT_TYPE, type JobAnswer, type ReportJob } from '../job-types';
import type { ReportReader } from '../report-reader';
import { weeklyPdf } from './weekly-pdf';
import { weeklyReport } from './weekly-report';
import { weeklyXlsx } from './weekly-xlsx';

export async function weeklyAnswer(
  reader: ReportReader,
  job: Extract<ReportJob, { kind: 'weekly' }>,
): Promise<JobAnswer> {
  const report = weeklyReport(reader, job.weekStart, job.now);
  switch (job.format) {
    case 'json':
      return { contentType: CONTENT_TYPE.json, body: JSON.stringify(report) };
    case 'pdf':
      return {
        contentType: CONTENT_TYPE.pdf,
        body: await weeklyPdf(report, job.language),
        fileName: weeklyFileName(job.weekStart, 'pdf'),
      };
    case 'xlsx':
      return {
        contentType: CONTENT_TYPE.xlsx,
        body: await weeklyXlsx(report, job.language),
        fileName: weeklyFileName(job.weekStart, 'xlsx'),
      };
  }
}
