/** What the host and the station have in common, as the rest of the shell sees them. */
import type { BrowserWindow } from 'electron';
import type { PcStatus } from './tray';
import type { ScreenKind } from './shell-windows';

export interface RunningRole {
  /** What the tray shows. */
  status(): PcStatus;
  /** Opens this PC's screens that are not open (after someone closed one). */
  openScreens(): void;
  /** The host's administration window; stations have none. */
  openAdministration?(): void;
  /** The host's database, copied consistently to `file` while the core keeps running. */
  backupDatabase?(file: string): Promise<void>;
  stop(): Promise<void>;
}

/** Opens one screen window; the shell fills in kiosk mode, the menu and the display's monitor. */
export type OpenScreen = (screen: {
  kind: ScreenKind;
  url: string;
  origin: string;
  partition: string;
}) => BrowserWindow;
