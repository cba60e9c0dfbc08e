/** Where a command finds the center's data, and the refusal when there is none there. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LuotError } from '../../shared/errors';
import { DATABASE_FILE_NAME } from '../core';

export const databaseFileIn = (dataDir: string) => join(resolve(dataDir), DATABASE_FILE_NAME);

export function existingDatabase(dataDir: string): string {
  const file = databaseFileIn(dataDir);
  if (existsSync(file)) return file;
  throw new LuotError(404, 'NO_DATA', {
    vi: `Không có dữ liệu Lượt ở ${file}. Hãy chỉ đúng thư mục dữ liệu bằng --data-dir (thư mục máy chủ dùng khi chạy).`,
    en: `There is no Lượt data at ${file}. Point to the right data folder with --data-dir (the one the server runs with).`,
  });
}
