/** `backup [--to <folder>]`: one copy now, while the server runs or not (the online backup API copies safely). */
import { BackupService } from '../backup/backup-service';
import { openDatabase } from '../db/open';
import { existingDatabase } from './data-files';
import { join } from 'node:path';

export async function backupFromCommandLine(dataDir: string, to: string | undefined): Promise<string> {
  const file = existingDatabase(dataDir);
  const db = openDatabase(file);
  try {
    const backups = new BackupService({ db, databaseFile: file, clock: Date.now, ...(to ? { folder: to } : {}) });
    const made = await backups.backupNow('manual');
    const path = join(backups.folder(), made.name);
    return `Đã sao lưu vào / backed up to: ${path}`;
  } finally {
    db.close();
  }
}
