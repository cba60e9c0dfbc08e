/**
 * What the desktop shell adds to a screen, as `window.luot`. Browser screens have no bridge; screens must work
 * without it. Native features (kiosk, file dialogs) get one typed method each here — never raw IPC.
 */
export interface LuotBridge {
  platform: 'electron';
  /** The desktop app's version. */
  version: string;
}

/** The shell passes its version to the sandboxed preload (which has no `app`) as a command-line switch. */
export const VERSION_SWITCH = '--luot-version=';
