/**
 * The printer tab's model: the form's draft of the settings. Pure. What the server answers about the printer is
 * declared once, in src/shared/api.ts.
 */
import type {
  PrinterConnection,
  PrinterConnectionKind,
  PrinterProfile,
  PrinterProfileId,
  PrinterSettings,
  PrintMode,
} from '../../../../../shared/domain';
import { numberOrNull } from '../kit/form-problem';
import { api } from '../../../api/client';

export type { PrinterSetup, PrinterStatusAnswer } from '../../../../../shared/api';

/**
 * The form keeps what was typed for every kind of connection, so a manager who looks at "Cổng COM" and goes
 * back to "Máy in mạng" finds the address still there. Numbers stay text until they are sent.
 */
export interface PrinterDraft {
  profileId: PrinterProfileId;
  kind: PrinterConnectionKind;
  host: string;
  port: string;
  printerName: string;
  path: string;
  baudRate: string;
  queue: string;
  mode: PrintMode;
  qr: boolean;
}

/** What a new connection of each kind starts with: the usual raw port, and the server's default line speed. */
const BLANK = { host: '', port: '9100', printerName: '', path: '', baudRate: '9600', queue: '' };

export function draftOf({ profileId, connection, mode, qr }: PrinterSettings): PrinterDraft {
  const typed = { ...BLANK };
  if (connection.kind === 'tcp') Object.assign(typed, { host: connection.host, port: String(connection.port) });
  if (connection.kind === 'windows') typed.printerName = connection.printerName;
  if (connection.kind === 'serial')
    Object.assign(typed, { path: connection.path, baudRate: String(connection.baudRate) });
  if (connection.kind === 'cups') typed.queue = connection.queue;
  return { profileId, kind: connection.kind, mode, qr, ...typed };
}

/** The connection as the server takes it; an empty number is sent as null and the server names the field. */
function connectionOf(d: PrinterDraft): PrinterConnection | Record<string, unknown> {
  switch (d.kind) {
    case 'none':
      return { kind: 'none' };
    case 'tcp':
      return { kind: 'tcp', host: d.host.trim(), port: numberOrNull(d.port) };
    case 'windows':
      return { kind: 'windows', printerName: d.printerName.trim() };
    case 'serial':
      return { kind: 'serial', path: d.path.trim(), baudRate: numberOrNull(d.baudRate) };
    case 'cups':
      return { kind: 'cups', queue: d.queue.trim() };
  }
}

/** The draft as `PATCH /api/printer` fields; compare two of these to find what changed. */
export function inputOf(d: PrinterDraft) {
  return { profileId: d.profileId, connection: connectionOf(d), mode: d.mode, qr: d.qr };
}

/** Whether the form shows something other than `saved`. */
export function isDirty(draft: PrinterDraft, saved: PrinterSettings): boolean {
  return JSON.stringify(inputOf(draft)) !== JSON.stringify(inputOf(draftOf(saved)));
}

/** Only models with a verified Vietnamese code page can print text; every other model prints a picture. */
export const printsText = (profile: PrinterProfile | undefined): boolean => !!profile?.textCodePage;

/** The sample ticket as the chosen model and QR choice would print it; `revision` makes a fresh picture. */
export function previewUrl(profileId: PrinterProfileId, qr: boolean, revision: number): string {
  return api.href('printerPreview', { profileId, qr: qr ? 'true' : 'false', v: revision });
}
