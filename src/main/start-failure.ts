/**
 * When Lượt cannot start, someone is looking at a PC where nothing opened. Every failure ends here: a dialog
 * in Vietnamese and English saying what to do, naming the log file (with a button to open it); then this Lượt
 * lets go of the single-instance lock and quits, so the next click on its icon starts it afresh.
 * A host whose port is taken is offered the next free one instead of an error.
 */
import { app, shell } from 'electron';
import { showMessageBox } from './message-box';
import type { ShellLog } from './shell-log';
import { both, DIALOG, logIsAt, paragraphs, portTaken, startFailure, usePort } from './shell-text';

export async function showStartFailure(error: unknown, port: number, log: ShellLog): Promise<void> {
  log.write('Không khởi động được / could not start:', error);
  try {
    const { response } = await showMessageBox({
      type: 'error',
      title: 'Lượt',
      message: paragraphs(startFailure(error, port)),
      detail: paragraphs(logIsAt(log.file)),
      buttons: [both(DIALOG.openLog), both(DIALOG.closeButton)],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (response === 0) await shell.openPath(log.file);
  } finally {
    giveUp();
  }
}

/** This Lượt will not run: let the next start of Lượt have the lock, and go. */
export function giveUp(): void {
  app.releaseSingleInstanceLock();
  app.quit();
}

/** Resolves `true` when the manager accepts `free` for the host's port. */
export async function acceptAnotherPort(port: number, free: number, log: ShellLog): Promise<boolean> {
  log.write(`Cổng ${port} bị chiếm; đề nghị cổng ${free} / port ${port} taken; offering ${free}`);
  const { response } = await showMessageBox({
    type: 'warning',
    title: 'Lượt',
    message: paragraphs(portTaken(port, free)),
    buttons: [both(usePort(free)), both(DIALOG.quitButton)],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}
