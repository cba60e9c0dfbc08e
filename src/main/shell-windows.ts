/** The windows the shell has open, by kind, and which one a second start of Lượt brings forward. */
import type { BrowserWindow, WebContents } from 'electron';

export type ScreenKind = 'greeter' | 'counter' | 'display' | 'admin';
export type WindowKind = ScreenKind | 'pc-setup';

export interface ShellWindow {
  kind: WindowKind;
  window: BrowserWindow;
}

const open = new Set<ShellWindow>();

export function trackWindow(kind: WindowKind, window: BrowserWindow): ShellWindow {
  const tracked = { kind, window };
  open.add(tracked);
  window.on('closed', () => open.delete(tracked));
  return tracked;
}

export const shellWindows = (): ShellWindow[] => [...open];

export function windowOf(contents: WebContents): ShellWindow | undefined {
  return shellWindows().find((w) => !w.window.isDestroyed() && w.window.webContents === contents);
}

/**
 * Someone started Lượt again: they are looking for a window to work in. The setup page first (it is waiting for
 * an answer), then the screens people work at; the wall display last, since it is usually on the TV.
 */
const FOCUS_ORDER: WindowKind[] = ['pc-setup', 'admin', 'counter', 'greeter', 'display'];

export function windowToFocus<T extends { kind: WindowKind }>(windows: T[]): T | undefined {
  return [...windows].sort((a, b) => FOCUS_ORDER.indexOf(a.kind) - FOCUS_ORDER.indexOf(b.kind))[0];
}

export function bringForward(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
