/** The shell's message boxes, where they are seen: a kiosk window stays on top of everything, so they belong to it. */
import { dialog, type MessageBoxOptions, type MessageBoxReturnValue } from 'electron';
import { shellWindows } from './shell-windows';

export function showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue> {
  const kiosk = shellWindows().find((w) => !w.window.isDestroyed() && w.window.isKiosk())?.window;
  return kiosk ? dialog.showMessageBox(kiosk, options) : dialog.showMessageBox(options);
}
