/**
 * Backups and how long notes are kept: settings, inputs and answers shared by the server and the setup screen.
 * Pure.
 */
import { z } from 'zod';
import { RULE } from './schemas';

export interface BackupSettings {
  /** Folder on the host for the copies (best another disk: a USB stick); null = `backups` beside the data. */
  folder: string | null;
  /** How many copies to keep; older ones are removed after a new one is made. */
  keep: number;
  /** Local hour (0–23) after which the day's automatic copy is made. */
  hour: number;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: null, keep: 14, hour: 12 };

export const backupSettingsPatch = z
  .object({
    folder: z
      .string()
      .trim()
      .max(500)
      .refine((f) => f === '' || /^([a-zA-Z]:[\\/]|\\\\|\/)/.test(f), { message: RULE.backupFolder })
      .transform((f) => (f === '' ? null : f))
      .nullable(),
    keep: z.number().int().min(1).max(365),
    hour: z.number().int().min(0).max(23),
  })
  .partial();
export type BackupSettingsPatch = z.infer<typeof backupSettingsPatch>;

/** One copy in the backup folder. */
export interface BackupFile {
  name: string;
  bytes: number;
  /** When it was made (epoch ms). */
  madeAt: number;
}

/** The last attempt to make a copy. */
export interface BackupAttempt {
  at: number;
  kind: 'daily' | 'manual';
  file: string | null;
  /** Why it failed, in both languages; null when it worked. */
  problem: { code: string; vi: string; en: string } | null;
}

/** `GET /api/backups`. */
export interface BackupStatus {
  settings: BackupSettings;
  /** The folder in use (the default one when none is chosen). */
  folder: string;
  /** The copies there, newest first. */
  files: BackupFile[];
  lastAttempt: BackupAttempt | null;
  /** The backup folder is on the disk that holds the data: one dead disk would take both. */
  sameDiskAsData: boolean;
  freeBytes: number | null;
  /** When the next automatic copy is due (epoch ms). */
  nextDueAt: number;
}

export const restoreInput = z.object({
  name: z.string().regex(/^luot-\d{4}-\d{2}-\d{2}-\d{4}(\d{2})?(-\d+)?\.db$/),
  /** The manager confirmed: the data of now is kept aside, not lost, but the screens show the copy's. */
  confirm: z.literal(true),
});

/** `POST /api/backups/restore`: the copy is being put in place; the server restarts on it in a moment. */
export interface RestoreAnswer {
  restoring: string;
  /** Where today's data was kept (a folder beside the database). */
  keptAsideIn: string;
}

/** Free-text notes on tickets are removed after this many days; null keeps them (not recommended). */
export interface RetentionSettings {
  notesDays: number | null;
}

export const DEFAULT_RETENTION: RetentionSettings = { notesDays: 30 };

export const retentionPatch = z.object({ notesDays: z.number().int().min(1).max(3650).nullable() });
