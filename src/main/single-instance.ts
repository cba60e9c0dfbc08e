/**
 * One Lượt per PC: the host's core owns its database and its port, and a second copy would fight it for both.
 * Starting Lượt again — a double-click on the desktop icon — brings the running one forward instead.
 */
import { app } from 'electron';
import { bringForward, shellWindows, windowToFocus } from './shell-windows';

/**
 * `false` when another Lượt already runs (this one then quits at once). `reopen` is called when a second start
 * finds no window open — the host runs on in the tray after its windows were closed.
 */
export function claimSingleInstance(reopen: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const target = windowToFocus(shellWindows().filter((w) => !w.window.isDestroyed()));
    if (target) bringForward(target.window);
    else reopen();
  });
  return true;
}
