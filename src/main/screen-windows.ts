/**
 * Opens a screen of the LAN server — greeter, counter, display, administration — as a hardened window pinned
 * to the server's origin. A kiosk window has no menu, cannot be closed, and leaves kiosk mode only through the
 * manager's PIN (Ctrl+Shift+K, or the screen's own button through `window.luot.leaveKiosk`). A window whose
 * server cannot be reached, or whose page crashed, keeps trying by itself: a wall display must come back
 * without anyone touching it.
 */
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { VERSION_SWITCH } from '../preload/bridge';
import { displayWindowBounds, type DisplayMode, type Monitor } from './monitor-choice';
import { iconPath, type AppLocation } from './resource-paths';
import { keepOnOrigin, secureWebPreferences } from './security';
import { trackWindow, type ScreenKind } from './shell-windows';

export interface ScreenWindowOptions {
  kind: ScreenKind;
  url: string;
  /** The LAN server's origin: the window may not leave it. */
  origin: string;
  /** The browser session (and so the signed-in device) of this window. */
  partition: string;
  kiosk: boolean;
  /** The wall display's monitor, and how it shows there (monitor-choice.ts): full screen, or a window. */
  monitor?: Monitor | undefined;
  displayMode?: DisplayMode | undefined;
  at: AppLocation;
  /** Ctrl+Shift+K in a kiosk window: the shell asks for the PIN. */
  onLeaveKiosk: (window: BrowserWindow) => void;
}

const SCREEN_PRELOAD = join(import.meta.dirname, '../preload/index.cjs');
const WAITING_PAGE = join(import.meta.dirname, 'pc-setup/waiting-for-host.html');
const RETRY_MS = 5000;
/** Chromium's "navigation aborted": a newer load replaced this one, not a failure. */
const ABORTED = -3;

let quitting = false;
app.on('before-quit', () => (quitting = true));

export function openScreenWindow(options: ScreenWindowOptions): BrowserWindow {
  const { monitor, displayMode } = options;
  const asWindow = displayMode === 'window';
  const window = new BrowserWindow({
    title: 'Lượt',
    icon: iconPath(options.at, 'icon.png'),
    width: 1366,
    height: 768,
    ...(monitor &&
      (asWindow ? displayWindowBounds(monitor) : { x: monitor.bounds.x, y: monitor.bounds.y, ...size(monitor) })),
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    kiosk: options.kiosk,
    fullscreen: options.kind === 'display' && !options.kiosk && !asWindow,
    webPreferences: {
      ...secureWebPreferences(SCREEN_PRELOAD, options.partition),
      additionalArguments: [`${VERSION_SWITCH}${app.getVersion()}`],
      // The wall display speaks the calls after a reload or a power cut with nobody there to tap it (issue 19 §7);
      // the app-wide switch (index.ts) says the same, this holds even where a switch is not honoured.
      ...(options.kind === 'display' ? { autoplayPolicy: 'no-user-gesture-required' as const } : {}),
    },
  });
  trackWindow(options.kind, window);
  keepOnOrigin(window.webContents, options.origin);
  // Kiosk windows have no menu; the others show the application menu (Alt shows the hidden bar).
  if (options.kiosk) window.setMenu(null);
  guardKiosk(window, options.onLeaveKiosk);
  keepTrying(window, options.url);
  // A display beside the greeter opens without taking the focus from it.
  window.once('ready-to-show', () => (asWindow ? window.showInactive() : window.show()));
  // A failed load is handled by `keepTrying` (did-fail-load), not by this promise.
  window.loadURL(options.url).catch(() => undefined);
  return window;
}

const size = (monitor: Monitor) => ({ width: monitor.bounds.width, height: monitor.bounds.height });

function guardKiosk(window: BrowserWindow, onLeaveKiosk: (window: BrowserWindow) => void): void {
  window.on('close', (event) => {
    if (window.isKiosk() && !quitting) event.preventDefault();
  });
  window.webContents.on('before-input-event', (event, input) => {
    const leaveKiosk = input.type === 'keyDown' && input.control && input.shift && input.key.toLowerCase() === 'k';
    if (leaveKiosk && window.isKiosk()) {
      event.preventDefault();
      onLeaveKiosk(window);
    }
  });
}

/**
 * Shows a waiting page while the server is unreachable and reloads the screen every few seconds — the page it was
 * last showing (without any `#token=`), not necessarily the one it opened at.
 */
function keepTrying(window: BrowserWindow, url: string): void {
  let showing = url;
  let retry: NodeJS.Timeout | undefined;
  const later = () => {
    clearTimeout(retry);
    retry = setTimeout(() => !window.isDestroyed() && window.loadURL(showing).catch(() => undefined), RETRY_MS);
  };
  const remember = (address: string) => {
    if (address.startsWith('http')) showing = address.split('#')[0]!;
  };
  window.webContents.on('did-navigate', (_event, address) => remember(address));
  window.webContents.on('did-navigate-in-page', (_event, address, isMainFrame) => isMainFrame && remember(address));
  window.webContents.on('did-fail-load', (_event, code, _description, failedUrl, isMainFrame) => {
    if (!isMainFrame || code === ABORTED || failedUrl.startsWith('file:')) return;
    window.loadFile(WAITING_PAGE).catch(() => undefined);
    later();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') later();
  });
  window.once('closed', () => clearTimeout(retry));
}
