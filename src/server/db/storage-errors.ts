/**
 * A disk that is full or failing, said plainly — which disk, how much room is left, what to do — instead of
 * "unexpected error". SQLite refuses the write whole, so nothing that was acknowledged is lost; the change that
 * met the full disk was not made and says so.
 */
import { LuotError } from '../../shared/errors';
import { formatBytes } from '../../shared/format-bytes';
import { diskOf } from './disk';

const FULL = new Set(['SQLITE_FULL', 'ENOSPC']);
const FAILING = /^SQLITE_(IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB)/;

/**
 * Runs a write that only keeps a record up to date (a session's renewal, a device's last-seen time): when SQLite
 * refuses it because the database is served read-only (damaged: src/server/db/quick-check.ts), the request that
 * caused it is still answered. Answers whether the write was made.
 */
export function writeIfAllowed(write: () => void): boolean {
  try {
    write();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_READONLY') return false;
    throw error;
  }
}

/** The refusal for a storage error on the disk holding `path`, or null when `error` is not one. */
export function storageRefusal(error: unknown, path: string): LuotError | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (FULL.has(code)) return diskFull(path);
  if (FAILING.test(code)) return diskFailing(path, code);
  return null;
}

export function diskFull(path: string): LuotError {
  const { disk, folder, freeBytes } = diskOf(path);
  const free = freeBytes === null ? '' : formatBytes(freeBytes);
  return new LuotError(
    507,
    'DISK_FULL',
    {
      vi: `Ổ đĩa ${disk} chứa dữ liệu Lượt đã đầy${free ? ` (còn trống ${free})` : ''}, nên thao tác này chưa được ghi. Những gì đã ghi trước đó vẫn còn nguyên. Hãy xoá bớt tệp không cần trên ổ đĩa này (thư mục dữ liệu: ${folder}) rồi thử lại.`,
      en: `Disk ${disk}, which holds Lượt's data, is full${free ? ` (${free} free)` : ''}, so this was not saved. Everything saved before is intact. Free some space on this disk (data folder: ${folder}), then try again.`,
    },
    { disk, folder, freeBytes },
  );
}

function diskFailing(path: string, code: string): LuotError {
  const { disk, folder } = diskOf(path);
  return new LuotError(
    503,
    'DISK_FAILING',
    {
      vi: `Không ghi hoặc đọc được dữ liệu Lượt trên ổ đĩa ${disk} (${code}), nên thao tác này chưa được thực hiện. Ổ đĩa có thể bị rút ra, hỏng hoặc chỉ cho đọc. Hãy báo quản trị kiểm tra ổ đĩa và thư mục ${folder}; nếu ổ đĩa hỏng, khôi phục từ bản sao lưu (xem docs/security.md).`,
      en: `Lượt could not write or read its data on disk ${disk} (${code}), so this was not done. The disk may be unplugged, failing or read-only. Ask the administrator to check the disk and folder ${folder}; if the disk failed, restore from a backup (see docs/security.md).`,
    },
    { disk, folder, sqliteCode: code },
  );
}
