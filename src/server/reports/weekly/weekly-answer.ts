/** The weekly volunteer report (in progress). */
import { notFound } from '../../../shared/errors';
import type { JobAnswer, ReportJob } from '../report-jobs';
import type { ReportReader } from '../report-reader';

export async function weeklyAnswer(
  _reader: ReportReader,
  _job: Extract<ReportJob, { kind: 'weekly' }>,
): Promise<JobAnswer> {
  throw notFound('WEEKLY_NOT_READY', { vi: 'Báo cáo tuần chưa có.', en: 'The weekly report is not ready yet.' });
}
