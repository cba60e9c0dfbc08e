/**
 * Handlers of backups from the setup screen: where and how often, "Sao lưu ngay", the list of copies, and restoring one
 * (confirmed; today's data is kept aside). Also how long free-text notes are kept.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LuotError, notFound } from '../../../shared/errors';
import type { BackupService } from '../../backup/backup-service';
import { inspectBackup, keptAsideFolder } from '../../backup/restore';
import type { NotesRetention } from '../../privacy/notes-retention';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';

export interface BackupRouteOptions {
  backups: BackupService;
  retention: NotesRetention;
  /** Puts a copy in place and serves it (the server restarts on the same port). */
  restore: (backupFile: string, keptAsideIn: string) => Promise<unknown>;
}

type BackupEndpoint =
  'backups' | 'updateBackupSettings' | 'backUpNow' | 'restoreBackup' | 'retention' | 'updateRetention';

export function backupHandlers(
  { core }: RouteContext,
  { backups, retention, restore }: BackupRouteOptions,
): Handlers<BackupEndpoint> {
  return {
    backups: () => backups.status(),

    updateBackupSettings: (patch) => {
      if (patch.folder) assertWritableFolder(patch.folder);
      backups.settings.update(patch);
      return backups.status();
    },

    backUpNow: () => backups.backupNow('manual'),

    restoreBackup: ({ name }, { reply }) => {
      const file = join(backups.folder(), name);
      if (!backups.status().files.some((f) => f.name === name))
        throw notFound('BACKUP_NOT_FOUND', {
          vi: `Không có bản sao lưu ${name} trong thư mục ${backups.folder()}.`,
          en: `There is no backup ${name} in the folder ${backups.folder()}.`,
        });
      inspectBackup(file);
      const keptAsideIn = keptAsideFolder(core.db.name, core.now());
      // Answered first: the server then closes, puts the copy in place and opens again on the same port; the
      // screens reconnect by themselves and fetch what the copy holds.
      reply.raw.once('finish', () => {
        restore(file, keptAsideIn).catch((error: unknown) =>
          console.error('[luot] restore failed; the data of before is back', error),
        );
      });
      return { restoring: name, keptAsideIn };
    },

    retention: () => retention.settings.get(),

    updateRetention: (patch) => {
      const settings = retention.settings.update(patch);
      retention.removeExpired();
      return settings;
    },
  };
}

function assertWritableFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    throw new LuotError(
      400,
      'BACKUP_FOLDER_UNUSABLE',
      {
        vi: `Không ghi được vào thư mục ${folder} (${code}). Kiểm tra ổ đĩa hoặc USB đã cắm, đường dẫn đúng và được phép ghi.`,
        en: `Cannot write to the folder ${folder} (${code}). Check that the disk or USB stick is plugged in, the path is right and writable.`,
      },
      undefined,
      [
        {
          path: 'folder',
          code: 'BACKUP_FOLDER_UNUSABLE',
          vi: `Không ghi được vào thư mục này (${code}).`,
          en: `Cannot write to this folder (${code}).`,
        },
      ],
    );
  }
}
