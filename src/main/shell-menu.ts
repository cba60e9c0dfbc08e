/**
 * The shell's menu, the same in the window's menu bar and in the tray: a few things a manager does on this PC,
 * each behind the PIN where a volunteer should not wander (see index.ts). Pure templates, tested under Node.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MonitorOption } from '../preload/bridge';
import { both, MENU } from './shell-text';

export interface MenuState {
  role: 'host' | 'station';
  /** Kiosk windows are open: offer the way out. */
  kiosk: boolean;
  /** This PC shows the wall display: offer its monitor. */
  showsDisplay: boolean;
  monitors: MonitorOption[];
  /** The monitor the display is on now. */
  displayMonitorId: number | null;
  /** The host is on a Public network (network-profile.ts): offer the fix. */
  publicNetwork?: boolean;
}

export interface MenuActions {
  openAdministration(): void;
  reopenScreens(): void;
  moveDisplayTo(monitorId: number): void;
  setUpPc(): void;
  leaveKiosk(): void;
  fixNetwork?(): void;
  quit(): void;
}

export function shellMenuItems(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (state.role === 'host') items.push({ label: both(MENU.administration), click: actions.openAdministration });
  items.push({ label: both(MENU.reopenScreens), click: actions.reopenScreens });
  if (state.showsDisplay && state.monitors.length > 1)
    items.push({
      label: both(MENU.displayMonitor),
      submenu: state.monitors.map((monitor) => ({
        label: both(monitor.name),
        type: 'radio',
        checked: monitor.id === state.displayMonitorId,
        click: () => actions.moveDisplayTo(monitor.id),
      })),
    });
  items.push({ type: 'separator' }, { label: both(MENU.setUpPc), click: actions.setUpPc });
  if (state.publicNetwork && actions.fixNetwork)
    items.push({ label: both(MENU.fixNetwork), click: actions.fixNetwork });
  if (state.kiosk) items.push({ label: both(MENU.leaveKiosk), click: actions.leaveKiosk });
  items.push({ type: 'separator' }, { label: both(MENU.quit), click: actions.quit });
  return items;
}

/** The menu bar of a window that is not in kiosk mode (kiosk windows have none). */
export function windowMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    { label: MENU.luot.vi, submenu: shellMenuItems(state, actions) },
    {
      label: both(MENU.view),
      submenu: [
        { label: both(MENU.reload), role: 'reload' },
        { label: both(MENU.fullScreen), role: 'togglefullscreen' },
        { type: 'separator' },
        { label: both(MENU.zoomIn), role: 'zoomIn' },
        { label: both(MENU.zoomOut), role: 'zoomOut' },
        { label: both(MENU.actualSize), role: 'resetZoom' },
      ],
    },
  ];
}
