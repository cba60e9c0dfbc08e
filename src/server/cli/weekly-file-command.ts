/**
 * `weekly-file --week YYYY-MM-DD [--out DIR]`: writes the signed weekly file of that week (docs/hub.md) for a
 * USB stick or a messenger, where the commune has no usable internet. Works while the server runs or not.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import canonicalize from 'canonicalize';
import { weekFileName } from '../../shared/contract/week-file';
import { badRequest } from '../../shared/errors';
import { openDatabase } from '../db/open';
import { CenterIdentityStore } from '../hub-link/center-identity';
import { WeekFiles } from '../hub-link/week-files';
import { ReportRunner } from '../reports/report-runner';
import { SetupStore } from '../setup/setup-store';
import { existingDatabase } from './data-files';

export async function weeklyFileFromCommandLine(
  dataDir: string,
  week: string | undefined,
  out: string,
): Promise<string> {
  if (!week || !/^\d{4}-\d{2}-\d{2}$/.test(week))
    throw badRequest('WEEK_REQUIRED', {
      vi: 'Hãy cho biết tuần bằng --week YYYY-MM-DD (một ngày bất kỳ trong tuần).',
      en: 'Give the week with --week YYYY-MM-DD (any day of the week).',
    });
  const file = existingDatabase(dataDir);
  const db = openDatabase(file);
  const reports = new ReportRunner({ db, databaseFile: file });
  // The report worker does not keep a process alive by itself (the server's other work does): this does.
  const keepAlive = setInterval(() => undefined, 1000);
  try {
    const setup = new SetupStore(db);
    const files = new WeekFiles(db, setup, reports, new CenterIdentityStore(db, setup));
    const made = await files.make(week, Date.now());
    const folder = resolve(out);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, weekFileName(made.center.code, made.week, made.version));
    writeFileSync(path, `${canonicalize(made)}\n`);
    const partial = made.partial ? ' — tuần chưa kết thúc / week not finished (partial)' : '';
    return `Đã ghi tệp báo cáo tuần / weekly file written: ${path} (phiên bản / version ${made.version})${partial}`;
  } finally {
    await reports.close();
    db.close();
    clearInterval(keepAlive);
  }
}
