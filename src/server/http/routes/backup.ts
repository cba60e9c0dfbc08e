/**
 * Backups from the setup screen: where and how often, "Sao lưu ngay", the list of copies, and restoring one
 * (confirmed; today's data is kept aside). Also how long free-text notes are kept.
 */
import type { FastifyInstance } from 'fastify';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  backupSettingsPatch,
  restoreInput,
  retentionPatch,
  type BackupStatus,
  type RestoreAnswer,
  type RetentionSettings,
} from '../../../shared/backup';
import { LuotError, notFound } from '../../../shared/errors';
import type { BackupService } from '../../backup/backup-service';
import { inspectBackup, keptAsideFolder } from '../../backup/restore';
import type { NotesRetention } from '../../privacy/notes-retention';
import { requireRole } from '../auth';
import type { RouteContext } from '../context';
import { parse } from '../parse';

export interface BackupRouteOptions {
  backups?: BackupService;
  retention?: NotesRetention;
  /** Puts a copy in place and serves it (the server restarts on the same port). */
  restore?: (backupFile: string, keptAsideIn: string) => Promise<unknown>;
}

export function backupRoutes(app: FastifyInstance, { core }: RouteContext, options: BackupRouteOptions): void {
  const admin = requireRole('admin');
  const { backups, retention, restore } = options;
  if (!backups || !retention || !restore) return;

  app.get('/api/backups', { preHandler: admin }, async () => backups.status() satisfies BackupStatus);

  app.patch('/api/backups/settings', { preHandler: admin }, async (request) => {
    const patch = parse(backupSettingsPatch, request.body ?? {});
    if (patch.folder) assertWritableFolder(patch.folder);
    backups.settings.update(patch);
    return backups.status() satisfies BackupStatus;
  });

  app.post('/api/backups', { preHandler: admin }, async (_request, reply) => {
    const made = await backups.backupNow('manual');
    reply.code(201);
    return made;
  });

  app.post('/api/backups/restore', { preHandler: admin }, async (request, reply) => {
    const { name } = parse(restoreInput, request.body ?? {});
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
    reply.code(202);
    return { restoring: name, keptAsideIn } satisfies RestoreAnswer;
  });

  app.get('/api/retention', { preHandler: admin }, async () => retention.settings.get() satisfies RetentionSettings);

  app.patch('/api/retention', { preHandler: admin }, async (request) => {
    const settings = retention.settings.update(parse(retentionPatch, request.body ?? {}));
    retention.removeExpired();
    return settings satisfies RetentionSettings;
  });
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
