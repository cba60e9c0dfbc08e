/**
 * What the desktop shell adds to a screen, as `window.luot`. Browser screens have no bridge; screens must work
 * without it. Only what a browser cannot do is here — full screen and kiosk, monitors, save dialogs — one typed
 * method each, never raw IPC. Types only (plus one constant): both preloads and the main process import it.
 */

/** Text the shell shows in both languages, Vietnamese first: the app's one `LocalizedText`. */
export type { LocalizedText as Bilingual } from '../shared/errors';
import type { LocalizedText as Bilingual } from '../shared/errors';

export interface MonitorOption {
  id: number;
  name: Bilingual;
  primary: boolean;
}

export interface ExportFile {
  /** Offered in the save dialog, e.g. `bao-cao-2026-11-23.csv`. */
  suggestedName: string;
  format: 'csv' | 'xlsx' | 'json' | 'pdf' | 'png';
  content: string | Uint8Array;
}

/** Where a file was saved; `null` from the calls below means the user cancelled the dialog. */
export interface SavedFile {
  path: string;
}

export interface LuotBridge {
  platform: 'electron';
  /** The desktop app's version. */
  version: string;
  /** Full screen on or off for this window; answers the new state. */
  setFullScreen(on: boolean): Promise<boolean>;
  isKiosk(): Promise<boolean>;
  /** Asks for the manager's PIN, then leaves kiosk mode; `true` when it was left. */
  leaveKiosk(): Promise<boolean>;
  monitors(): Promise<MonitorOption[]>;
  /** Moves this window to a monitor, full screen; the wall display's monitor is remembered. */
  moveToMonitor(monitorId: number): Promise<boolean>;
  /** A save dialog for an export, then writes the file. */
  saveExport(file: ExportFile): Promise<SavedFile | null>;
  /** On the host's setup window only: a consistent copy of the database, to a file the user picks. */
  backupDatabase(): Promise<SavedFile | null>;
}

/** The IPC behind `LuotBridge`: each channel's arguments and answer, one type for both processes. */
export interface ScreenCalls {
  'luot:set-full-screen': { args: [on: boolean]; result: boolean };
  'luot:is-kiosk': { args: []; result: boolean };
  'luot:leave-kiosk': { args: []; result: boolean };
  'luot:monitors': { args: []; result: MonitorOption[] };
  'luot:move-to-monitor': { args: [monitorId: number]; result: boolean };
  'luot:save-export': { args: [file: ExportFile]; result: SavedFile | null };
  'luot:backup-database': { args: []; result: SavedFile | null };
}

/** The shell passes its version to the sandboxed preload (which has no `app`) as a command-line switch. */
export const VERSION_SWITCH = '--luot-version=';
