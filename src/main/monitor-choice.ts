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
    const chosen =
      monitors.find((m) => m.id === remembered.id) ?? monitors.find((m) => sameRect(m.bounds, remembered.bounds));
    if (chosen) return chosen;
  }
  const leftToRight = [...monitors].sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y);
  return leftToRight.find((m) => !m.primary) ?? leftToRight.find((m) => m.primary) ?? leftToRight[0];
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
