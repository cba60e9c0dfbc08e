/**
 * The desktop shell: runs the core and its LAN server in this process, then opens the host's own window on
 * that server. Every screen, local or remote, talks to the core only through the LAN server's HTTP/WS API.
 *
 * better-sqlite3 is a native module built for one ABI at a time (plain Node after `npm install`, so that
 * `npm test` works); running it inside Electron needs the Electron-ABI build — a later issue.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { VERSION_SWITCH } from '../preload/bridge';
import { startLuot, type RunningLuot } from '../server/start';
import { isSameOrigin, portFromEnv, windowUrl } from './window-url';

let luot: RunningLuot | null = null;
let mainWindow: BrowserWindow | null = null;

function openWindow(url: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    show: false,
    autoHideMenuBar: true,
    title: 'Lượt',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      additionalArguments: [`${VERSION_SWITCH}${app.getVersion()}`],
    },
  });
  // Screens are one app on one origin: no pop-ups, no wandering off to other sites.
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => {
    if (!isSameOrigin(event.url, url)) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}

/** What the user reads when the core cannot start, Vietnamese first. */
function startFailure(error: unknown, port: number): string {
  if (error && typeof error === 'object' && 'text' in error) {
    const { vi, en } = (error as { text: { vi: string; en: string } }).text;
    return `${vi}\n\n${en}`;
  }
  if (error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE') {
    return (
      `Cổng ${port} đang được chương trình khác dùng. Hãy đóng chương trình đó, hoặc đặt biến LUOT_PORT sang cổng khác.\n\n` +
      `Port ${port} is used by another program. Close it, or set LUOT_PORT to another port.`
    );
  }
  return `Không khởi động được Lượt.\n\nLượt could not start.\n\n${String(error)}`;
}

async function start(): Promise<void> {
  const port = portFromEnv(process.env.LUOT_PORT);
  try {
    luot = await startLuot({
      dataDir: join(app.getPath('userData'), 'data'),
      host: '0.0.0.0',
      port,
      version: app.getVersion(),
      rendererDir: join(import.meta.dirname, '../renderer'),
      bootstrapToken: process.env.LUOT_BOOTSTRAP_TOKEN,
    });
  } catch (error) {
    dialog.showErrorBox('Lượt', startFailure(error, port));
    app.quit();
    return;
  }
  mainWindow = openWindow(windowUrl(luot.port, luot.firstAdminLink));
  mainWindow.on('closed', () => (mainWindow = null));
}

if (!app.requestSingleInstanceLock()) {
  // Another Lượt already runs the core on this PC (and owns its database): let it show itself.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!luot) return;
    // Close the server and the database cleanly (WAL checkpoint) before the process exits.
    event.preventDefault();
    const running = luot;
    luot = null;
    void running.stop().finally(() => app.quit());
  });
  void app.whenReady().then(start);
}
