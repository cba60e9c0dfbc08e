/**
 * Puts the wall display on its monitor and keeps it there: when a monitor is unplugged the display falls back
 * to another one, and when the chosen one comes back the display returns to it (see monitor-choice.ts).
 */
import { screen, type BrowserWindow } from 'electron';
import type { MonitorOption } from '../preload/bridge';
import { displayWindowBounds, monitorName, type DisplayMode, type Monitor } from './monitor-choice';

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
 * Full-screen and kiosk windows cannot be moved: leave the mode, move, and enter `mode` on the new monitor —
 * by default the mode the window was in, full screen.
 */
export function putOnMonitor(
  window: BrowserWindow,
  monitor: Monitor,
  mode: DisplayMode = window.isKiosk() ? 'kiosk' : 'full-screen',
): void {
  if (window.isKiosk()) window.setKiosk(false);
  if (window.isFullScreen()) window.setFullScreen(false);
  if (mode === 'window') return window.setBounds(displayWindowBounds(monitor));
  window.setBounds(monitor.bounds);
  if (mode === 'kiosk') window.setKiosk(true);
  else window.setFullScreen(true);
}

/**
 * Re-places the wall display whenever monitors are plugged, unplugged or changed, until it closes: on the monitor
 * `displayMonitor` picks, in the mode `modeOn` gives for it (monitor-choice.ts). `place(true)` moves it even when
 * nothing changed (after the manager picked another monitor).
 */
export function keepOnChosenMonitor(
  window: BrowserWindow,
  displayMonitor: (monitors: Monitor[]) => Monitor | undefined,
  modeOn: (monitor: Monitor) => DisplayMode,
) {
  let placedOn = '';
  const place = (force = false) => {
    if (window.isDestroyed()) return;
    const monitor = displayMonitor(currentMonitors());
    if (!monitor) return;
    const mode = modeOn(monitor);
    const where = `${monitor.id}@${Object.values(monitor.bounds).join(',')} ${mode}`;
    if (where === placedOn && !force) return;
    placedOn = where;
    putOnMonitor(window, monitor, mode);
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
