/** The screens' preload: `window.luot`, typed by `LuotBridge`. Sandboxed: it can reach only `electron`'s IPC. */
import { contextBridge, ipcRenderer } from 'electron';
import { VERSION_SWITCH, type LuotBridge, type ScreenCalls } from './bridge';

const version = process.argv.find((arg) => arg.startsWith(VERSION_SWITCH))?.slice(VERSION_SWITCH.length) ?? '';

function call<C extends keyof ScreenCalls>(channel: C, ...args: ScreenCalls[C]['args']) {
  return ipcRenderer.invoke(channel, ...args) as Promise<ScreenCalls[C]['result']>;
}

contextBridge.exposeInMainWorld('luot', {
  platform: 'electron',
  version,
  setFullScreen: (on) => call('luot:set-full-screen', on),
  isKiosk: () => call('luot:is-kiosk'),
  leaveKiosk: () => call('luot:leave-kiosk'),
  monitors: () => call('luot:monitors'),
  moveToMonitor: (monitorId) => call('luot:move-to-monitor', monitorId),
  saveExport: (file) => call('luot:save-export', file),
  backupDatabase: () => call('luot:backup-database'),
} satisfies LuotBridge);
