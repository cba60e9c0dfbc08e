/**
 * Which monitor the wall display goes on. Pure, so unplugging and replugging can be tested without screens.
 * The choice the manager made is remembered by display id and by bounds: Windows may give a replugged TV a new
 * id, but it comes back at the same place in the desktop layout.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A monitor as the shell sees it (Electron's `Display`, narrowed). */
export interface Monitor {
  id: number;
  label: string;
  bounds: Rect;
  primary: boolean;
}

/** What is stored in the PC's config. */
export interface MonitorChoice {
  id: number;
  bounds: Rect;
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * The remembered monitor when it is plugged in (by id, else by bounds); otherwise a secondary monitor — the
 * TV in the waiting hall is rarely the PC's main screen — and the primary one as the last resort. `undefined`
 * only when there is no monitor at all.
 */
export function monitorForDisplay(monitors: Monitor[], remembered: MonitorChoice | null): Monitor | undefined {
  if (remembered) {
    const chosen = monitors.find((m) => m.id === remembered.id) ?? monitors.find((m) => isRemembered(m, remembered));
    if (chosen) return chosen;
  }
  const leftToRight = [...monitors].sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y);
  return leftToRight.find((m) => !m.primary) ?? leftToRight.find((m) => m.primary) ?? leftToRight[0];
}

/** The monitor the manager chose, by id or, after a replug, by its place in the layout. */
export const isRemembered = (monitor: Monitor, remembered: MonitorChoice | null) =>
  remembered !== null && (monitor.id === remembered.id || sameRect(monitor.bounds, remembered.bounds));

/** Full screen with no way out but the PIN; full screen; or an ordinary window beside the other screens. */
export type DisplayMode = 'kiosk' | 'full-screen' | 'window';

/**
 * How the wall display shows on `monitor`. On a monitor of its own it fills the screen (kiosk when the PC uses
 * kiosk mode). On the greeter's monitor — the primary one, where the greeter's window opens; the only one on a
 * one-monitor host — it would cover the greeter: there it is a window, unless the manager chose that monitor for
 * it, and even then never kiosk, which would trap the only screen behind the PIN.
 */
export function displayMode(
  monitor: Monitor,
  remembered: MonitorChoice | null,
  pc: { kiosk: boolean; showsGreeter: boolean },
): DisplayMode {
  if (!(pc.showsGreeter && monitor.primary)) return pc.kiosk ? 'kiosk' : 'full-screen';
  return isRemembered(monitor, remembered) ? 'full-screen' : 'window';
}

/** The display as a window: a quarter of the monitor, bottom right, clear of the taskbar and of most of the greeter. */
export function displayWindowBounds(monitor: Monitor): Rect {
  const { x, y, width, height } = monitor.bounds;
  const size = { width: Math.round(width / 2), height: Math.round(height / 2) };
  return { x: x + width - size.width - 16, y: y + height - size.height - 64, ...size };
}

export function rememberMonitor(monitor: Monitor): MonitorChoice {
  return { id: monitor.id, bounds: { ...monitor.bounds } };
}

/** How a monitor is named in menus and on the setup page: "Màn hình 2 — 1920×1080 (chính)". */
export function monitorName(monitor: Monitor, index: number): { vi: string; en: string } {
  const size = `${monitor.bounds.width}×${monitor.bounds.height}`;
  const label = monitor.label ? ` ${monitor.label}` : '';
  return {
    vi: `Màn hình ${index + 1}${label} — ${size}${monitor.primary ? ' (chính)' : ''}`,
    en: `Monitor ${index + 1}${label} — ${size}${monitor.primary ? ' (primary)' : ''}`,
  };
}
