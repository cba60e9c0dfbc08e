/**
 * The shell's log file: what happened at start (folders, a move of old data, the network's profile) and every
 * failure with its stack. A start failure's dialog names this file, so whoever helps the center by phone can ask
 * for it. Plain appends, never throwing: a log that cannot be written must not stop the host.
 */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatDateTime } from '../shared/time';

export const LOG_FILE = 'luot.log';
const KEEP_BYTES = 2 * 1024 * 1024;

export class ShellLog {
  private constructor(readonly file: string) {}

  /** The log in the first of `dirs` where it can be written (the machine folder, else the user's). */
  static open(dirs: string[]): ShellLog {
    for (const dir of dirs) {
      const file = join(dir, 'logs', LOG_FILE);
      try {
        mkdirSync(join(dir, 'logs'), { recursive: true });
        // One older log is kept beside; a host that runs for years does not fill its disk.
        if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > KEEP_BYTES) renameSync(file, `${file}.old`);
        appendFileSync(file, '');
        return new ShellLog(file);
      } catch {
        // Not writable: try the next folder.
      }
    }
    return new ShellLog(join(dirs.at(-1) ?? '.', 'logs', LOG_FILE));
  }

  write(...parts: unknown[]): void {
    const text = parts.map((part) => (part instanceof Error ? (part.stack ?? part.message) : String(part))).join(' ');
    try {
      appendFileSync(this.file, `${stamp(Date.now())} ${text}\n`);
    } catch {
      console.error('Lượt:', text);
    }
  }
}

/** `dd/MM/yyyy HH:mm:ss` in the center's time zone (seconds do not depend on the zone). */
const stamp = (now: number) => `${formatDateTime(now)}:${String(new Date(now).getSeconds()).padStart(2, '0')}`;
