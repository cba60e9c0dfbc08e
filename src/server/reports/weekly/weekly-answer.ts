/** Answers a weekly-report job: the figures as JSON for the screen, or the PDF / XLSX to download. */
import { JSON_TYPE, type JobAnswer, type ReportJob } from '../report-jobs';
import type { ReportReader } from '../report-reader';
import { XLSX_TYPE } from '../exports/report-xlsx';
import { weeklyPdf } from './weekly-pdf';
import { weeklyReport } from './weekly-report';
import { weeklyXlsx } from './weekly-xlsx';

export async function weeklyAnswer(
  reader: ReportReader,
  job: Extract<ReportJob, { kind: 'weekly' }>,
): Promise<JobAnswer> {
  const report = weeklyReport(reader, job.weekStart, job.now);
  const fileName = `bao-cao-tuan-${job.weekStart}`;
  switch (job.format) {
    case 'json':
      return { contentType: JSON_TYPE, body: JSON.stringify(report) };
    case 'pdf':
      return {
        contentType: 'application/pdf',
        body: await weeklyPdf(report, job.language),
        fileName: `${fileName}.pdf`,
      };
    case 'xlsx':
      return { contentType: XLSX_TYPE, body: await weeklyXlsx(report, job.language), fileName: `${fileName}.xlsx` };
  }
}
