/**
 * `restore <backup file>`: puts a backup in place of the data, from the command line — after a dead disk,
 * on a new PC, or when the database will not open. The server must be stopped (the data folder's lock says
 * whether it is); the data of now is kept aside, never deleted.
 */
import { LuotError } from '../../shared/errors';
import { lockDataFolder } from '../db/data-lock';
import { inspectBackup, keptAsideFolder, putBackupInPlace } from '../backup/restore';
import { formatDateTime } from '../../shared/time';
import { databaseFileIn } from './data-files';
import { existsSync } from 'node:fs';

export function restoreFromCommandLine(dataDir: string, backupFile: string): string {
  const file = databaseFileIn(dataDir);
  const facts = inspectBackup(backupFile);
  const lock = lockOrExplain(file);
  try {
    const keptAsideIn = keptAsideFolder(file, Date.now());
    const hadData = existsSync(file);
    putBackupInPlace(file, backupFile, keptAsideIn);
    const last = facts.lastEventAt === null ? '—' : formatDateTime(facts.lastEventAt);
    return [
      `Đã khôi phục ${backupFile} vào ${file}: ${facts.tickets} phiếu, ${facts.events} sự kiện, thao tác cuối lúc ${last}.`,
      `Restored ${backupFile} into ${file}: ${facts.tickets} tickets, ${facts.events} events, last action at ${last}.`,
      hadData
        ? `Dữ liệu trước đó được giữ ở / the data of before is kept in: ${keptAsideIn}`
        : 'Trước đó chưa có dữ liệu ở đây. / There was no data here before.',
      'Khởi động lại máy chủ Lượt để dùng. / Start the Lượt server to use it.',
    ].join('\n');
  } finally {
    lock.release();
  }
}

/** A running server holds the data: restoring under it would be undone by its next write. */
function lockOrExplain(file: string) {
  try {
    return lockDataFolder(file);
  } catch (error) {
    if (!(error instanceof LuotError) || error.code !== 'DATA_FOLDER_IN_USE') throw error;
    throw new LuotError(409, 'STOP_SERVER_TO_RESTORE', {
      vi: `${error.text.vi} Dừng máy chủ trước khi khôi phục từ dòng lệnh, hoặc khôi phục ngay trên màn hình Quản trị → Sao lưu.`,
      en: `${error.text.en} Stop the server before restoring from the command line, or restore from Setup → Backup instead.`,
    });
  }
}
