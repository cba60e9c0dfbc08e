import Database, { type Database as Db } from 'better-sqlite3';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { LuotError } from '../../shared/errors';
import { latestBackupFor } from '../backup/backup-files';
import { migrate } from './migrate';

export interface OpenOptions {
  /** Path to a better-sqlite3 addon built for another ABI (the Electron shell passes its own). */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) the center's database, durable against power cuts: WAL with
 * `synchronous = FULL` fsyncs every commit, so a ticket that was issued stays issued.
 * A database file that exists but is empty or unreadable is refused, never started afresh: a new, empty center
 * would restart numbering at A001 and hide that the data is gone. The refusal points to the latest backup.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true });
    if (sizeOf(file) === 0) throw new DatabaseUnusableError(file, 'empty');
  }
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Checkpoint the WAL every ~16 MB rather than ~4 MB: index pages that change on every ticket are then
    // copied to the database file once per checkpoint instead of four times. Durability is unchanged.
    db.pragma('wal_autocheckpoint = 4000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) throw new DatabaseUnusableError(file, 'damaged');
    throw error;
  }
}

const sizeOf = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
};

/** The database file is there but holds no center (0 bytes) or is not a readable database. */
export class DatabaseUnusableError extends LuotError {
  constructor(
    readonly file: string,
    readonly why: 'empty' | 'damaged',
    readonly latestBackup: string | null = latestBackupFor(file),
  ) {
    const what =
      why === 'empty'
        ? { vi: `Tệp dữ liệu ${file} rỗng (0 byte)`, en: `The data file ${file} is empty (0 bytes)` }
        : {
            vi: `Tệp dữ liệu ${file} bị hỏng, không đọc được`,
            en: `The data file ${file} is damaged and cannot be read`,
          };
    const next = latestBackup
      ? {
          vi: `Bản sao lưu mới nhất: ${latestBackup}. Khôi phục bằng lệnh: npm run serve -- restore "${latestBackup}" (hoặc node out/server/standalone.js restore "${latestBackup}").`,
          en: `Latest backup: ${latestBackup}. Restore it with: npm run serve -- restore "${latestBackup}" (or node out/server/standalone.js restore "${latestBackup}").`,
        }
      : {
          vi: 'Không tìm thấy bản sao lưu nào bên cạnh dữ liệu; nếu có bản sao lưu ở nơi khác (USB), khôi phục bằng lệnh: npm run serve -- restore <tệp sao lưu>. Nếu đây là máy mới chưa có dữ liệu, hãy xoá tệp rỗng này.',
          en: 'No backup was found beside the data; if there is one elsewhere (a USB stick), restore it with: npm run serve -- restore <backup file>. If this is a new machine with no data yet, delete this empty file.',
        };
    super(503, why === 'empty' ? 'DATABASE_EMPTY' : 'DATABASE_DAMAGED', {
      vi: `${what.vi}, nên Lượt không mở nó như một trung tâm mới (số thứ tự sẽ bắt đầu lại từ đầu). ${next.vi}`,
      en: `${what.en}, so Lượt will not open it as a new center (numbering would start again from the beginning). ${next.en}`,
    });
    this.name = 'DatabaseUnusableError';
  }
}
