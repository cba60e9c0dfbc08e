/**
 * Rows of the endpoint table: backups from the setup screen and how long free-text notes are kept
 * (src/server/http/routes/backup.ts).
 */
import {
  backupSettingsPatch,
  restoreInput,
  retentionPatch,
  type BackupFile,
  type BackupStatus,
  type RestoreAnswer,
  type RetentionSettings,
} from '../../backup';
import { ADMIN, answer, ep, none } from '../endpoint-kit';

export const BACKUP_ENDPOINTS = {
  backups: ep({
    method: 'GET',
    path: '/api/backups',
    roles: ADMIN,
    input: none,
    answer: answer<BackupStatus>(),
    summary: 'Where and when copies are made, the copies there, the last attempt, the room left.',
  }),
  updateBackupSettings: ep({
    method: 'PATCH',
    path: '/api/backups/settings',
    roles: ADMIN,
    input: backupSettingsPatch,
    answer: answer<BackupStatus>(),
    summary: 'Change the backup folder (one the host can write), how many copies are kept, the hour of the copy.',
  }),
  backUpNow: ep({
    method: 'POST',
    path: '/api/backups',
    roles: ADMIN,
    input: none,
    answer: answer<BackupFile>(),
    status: 201,
    summary: '"Sao lưu ngay": make a copy now.',
  }),
  restoreBackup: ep({
    method: 'POST',
    path: '/api/backups/restore',
    roles: ADMIN,
    input: restoreInput,
    answer: answer<RestoreAnswer>(),
    status: 202,
    summary: "Put a copy back (confirmed): today's data is kept aside, and the server opens again on the copy.",
  }),
  retention: ep({
    method: 'GET',
    path: '/api/retention',
    roles: ADMIN,
    input: none,
    answer: answer<RetentionSettings>(),
    summary: 'How many days free-text notes are kept.',
  }),
  updateRetention: ep({
    method: 'PATCH',
    path: '/api/retention',
    roles: ADMIN,
    input: retentionPatch,
    answer: answer<RetentionSettings>(),
    summary: 'Change how long free-text notes are kept (the older ones are cleared at once).',
  }),
} as const;
