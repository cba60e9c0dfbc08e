/** Types of scripts/ensure-electron.mjs, for its test. */
export const DOWNLOADING: string;
export function offlineMessage(logFile: string): string;
export function ensureElectron(options: {
  electronDir: string;
  logFile: string;
  say?: (text: string) => void;
  complain?: (text: string) => void;
}): boolean;
