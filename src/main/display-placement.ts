/**
 * Puts the wall display on its monitor and keeps it there: when a monitor is unplugged the display falls back
 * to another one, and when the chosen one comes back the display returns to it (see monitor-choice.ts).
 */
import { screen, type BrowserWindow } from 'electron';
import type { MonitorOption } from '../preload/bridge';
import { monitorForDisplay, monitorName, type Monitor, type MonitorChoice } from './monitor-choice';

export function currentMonitors(): Monitor[] {
  const primaryId = screen.getPrimaryDisplay().id;
  return screen
    .getAllDisplays()
    .map((d) => ({ id: d.id, label: d.label, bounds: { ...d.bounds }, primary: d.id === primaryId }));
}

/** The monitors as the setup page, the menu and the screens' bridge list them. */
export function monitorOptions(): MonitorOption[] {
  return currentMonitors().map((m, i) => ({ id: m.id, name: monitorName(m, i), primary: m.primary }));
}

/**
 * Full-screen and kiosk windows cannot be moved: leave the mode, move, and enter the same mode again, full
 * screen, on the new monitor.
 */
export function putOnMonitor(window: BrowserWindow, monitor: Monitor): void {
  const kiosk = window.isKiosk();
  if (kiosk) window.setKiosk(false);
  if (window.isFullScreen()) window.setFullScreen(false);
  window.setBounds(monitor.bounds);
  if (kiosk) window.setKiosk(true);
  else window.setFullScreen(true);
}

/**
 * Re-places `window` whenever monitors are plugged, unplugged or changed, until it closes. `place(true)` moves
 * it even when the monitor has not changed (after the manager picked another one).
 */
export function keepOnChosenMonitor(window: BrowserWindow, chosen: () => MonitorChoice | null) {
  let placedOn = '';
  const place = (force = false) => {
    if (window.isDestroyed()) return;
    const monitor = monitorForDisplay(currentMonitors(), chosen());
    if (!monitor) return;
    const where = `${monitor.id}@${Object.values(monitor.bounds).join(',')}`;
    if (where === placedOn && !force) return;
    placedOn = where;
    putOnMonitor(window, monitor);
  };
  const onChange = () => place();
  screen.on('display-added', onChange);
  screen.on('display-removed', onChange);
  screen.on('display-metrics-changed', onChange);
  window.once('closed', () => {
    screen.off('display-added', onChange);
    screen.off('display-removed', onChange);
    screen.off('display-metrics-changed', onChange);
  });
  return place;
}
