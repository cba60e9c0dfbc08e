/**
 * The main-process side of `window.luot` (src/preload/bridge.ts): what a screen may ask of the desktop.
 * Only windows the shell opened, from their own server's origin, are answered.
 */
import { dialog, type BrowserWindow, type FileFilter, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import type { ExportFile, SavedFile, ScreenCalls } from '../preload/bridge';
import { currentMonitors, monitorOptions, putOnMonitor } from './display-placement';
import { answerer, fromTopFrame } from './ipc';
import type { Monitor } from './monitor-choice';
import { navigationAllowed, originOf } from './security';
import { windowOf, type ShellWindow } from './shell-windows';

export interface NativeFeatureDeps {
  /** Asks for the PIN above `window`, then leaves kiosk mode; `true` when it was left. */
  leaveKiosk(window: BrowserWindow): Promise<boolean>;
  /** The manager put the wall display on another monitor: move it there, as the display goes, and remember. */
  moveDisplayTo(monitor: Monitor): void;
  /** The host's `RunningRole.backupDatabase`; absent on a station. */
  backupDatabase(): ((file: string) => Promise<void>) | undefined;
}

const MAX_EXPORT_BYTES = 50 * 1024 * 1024;

const exportFile = z.strictObject({
  suggestedName: z.string().min(1).max(200),
  format: z.enum(['csv', 'xlsx', 'json', 'pdf', 'png']),
  content: z.union([
    z.string().max(MAX_EXPORT_BYTES),
    z.instanceof(Uint8Array).refine((b) => b.length <= MAX_EXPORT_BYTES),
  ]),
}) satisfies z.ZodType<ExportFile>;

const FILTERS: Record<ExportFile['format'], FileFilter> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  json: { name: 'JSON', extensions: ['json'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  png: { name: 'PNG', extensions: ['png'] },
};

export function answerScreenCalls(deps: NativeFeatureDeps): void {
  const answer = answerer<ScreenCalls>((event) => {
    const origin = originOf(event.sender);
    return (
      fromTopFrame(event) && windowOf(event.sender) !== undefined && navigationAllowed(event.senderFrame!.url, origin)
    );
  });
  const caller = (sender: WebContents): ShellWindow => windowOf(sender)!;

  answer('luot:set-full-screen', z.tuple([z.boolean()]), (sender, on) => {
    const { window } = caller(sender);
    if (!window.isKiosk()) window.setFullScreen(on);
    return window.isFullScreen() || window.isKiosk();
  });
  answer('luot:is-kiosk', z.tuple([]), (sender) => caller(sender).window.isKiosk());
  answer('luot:leave-kiosk', z.tuple([]), (sender) => deps.leaveKiosk(caller(sender).window));
  answer('luot:monitors', z.tuple([]), () => monitorOptions());
  answer('luot:move-to-monitor', z.tuple([z.number().int()]), (sender, monitorId) => {
    const monitor = currentMonitors().find((m) => m.id === monitorId);
    if (!monitor) return false;
    const { kind, window } = caller(sender);
    if (kind === 'display') deps.moveDisplayTo(monitor);
    else putOnMonitor(window, monitor);
    return true;
  });
  answer('luot:save-export', z.tuple([exportFile]), async (sender, file) => {
    const { window } = caller(sender);
    // The name comes from the page: keep only a file name, never a path the page chose.
    const name = basename(file.suggestedName.replace(/\\/g, '/'));
    const chosen = await dialog.showSaveDialog(window, { defaultPath: name, filters: [FILTERS[file.format]] });
    if (chosen.canceled || !chosen.filePath) return null;
    await writeFile(chosen.filePath, file.content);
    return { path: chosen.filePath } satisfies SavedFile;
  });
  answer('luot:backup-database', z.tuple([]), async (sender) => {
    const { kind, window } = caller(sender);
    const backup = deps.backupDatabase();
    if (kind !== 'admin' || !backup) return null;
    const day = new Date().toISOString().slice(0, 10);
    const chosen = await dialog.showSaveDialog(window, {
      defaultPath: `luot-sao-luu-${day}.db`,
      filters: [{ name: 'SQLite', extensions: ['db'] }],
    });
    if (chosen.canceled || !chosen.filePath) return null;
    await backup(chosen.filePath);
    return { path: chosen.filePath };
  });
}
