/**
 * Which disk a file lives on and how much room is left there, in words an operator recognises: a drive letter
 * on Windows (`C:\`), a mount point and device on Linux (`/media/usb (/dev/sdb1)`).
 */
import { readFileSync, statfsSync } from 'node:fs';
import { dirname, parse, resolve, sep } from 'node:path';

export interface DiskFacts {
  /** The disk, as the operator would name it. */
  disk: string;
  /** The folder in question. */
  folder: string;
  freeBytes: number | null;
}

export function diskOf(path: string): DiskFacts {
  const folder = resolve(path);
  let freeBytes: number | null = null;
  try {
    const stats = statfsSync(folder);
    freeBytes = stats.bavail * stats.bsize;
  } catch {
    try {
      const stats = statfsSync(dirname(folder));
      freeBytes = stats.bavail * stats.bsize;
    } catch {
      // Unknown: the message says so.
    }
  }
  return { disk: diskName(folder), folder, freeBytes };
}

function diskName(folder: string): string {
  if (process.platform === 'win32') return parse(folder).root || folder;
  try {
    // The mount with the longest path that contains the folder.
    let best: { point: string; device: string } | null = null;
    for (const line of readFileSync('/proc/mounts', 'utf8').split('\n')) {
      const [device, point] = line.split(' ');
      if (!device || !point) continue;
      const mount = point.replace(/\\040/g, ' ');
      const inside = folder === mount || folder.startsWith(mount.endsWith(sep) ? mount : mount + sep);
      if (inside && (!best || mount.length > best.point.length)) best = { point: mount, device };
    }
    if (best) return best.device.startsWith('/') ? `${best.point} (${best.device})` : best.point;
  } catch {
    // Not Linux, or /proc is hidden: the folder names the place well enough.
  }
  return folder;
}
