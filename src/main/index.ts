/**
 * The desktop shell of Lượt. A PC is the host (it runs the core — database, queue, printing, LAN server — in
 * this process) or a station (it opens a screen of a host on the LAN); the first start asks which, and
 * remembers. Everything else is in the files named below; screens talk to the core only over the LAN server.
 * Whatever goes wrong at start ends in a dialog that says what to do and where the log is (start-failure.ts).
 */
import { app, Menu } from 'electron';
import { join } from 'node:path';
import { DISCOVERY_PORT } from '../server/discovery/discovery-message';
import { nextFreePort } from './free-port';
import { answerScreenCalls } from './native-features';
import { loadPcConfig, PC_CONFIG_FILE, savePcConfig, type PcConfig } from './pc-config';
import { moveToMachineFolder, pcFolders, type PcFolders } from './pc-folders';
import { openPcSetup, answerPcSetupCalls } from './pc-setup-window';
import { PcShell, type ShellDeps } from './pc-shell';
import { treatHostAsSecure } from './secure-origin';
import { hardenApp } from './security';
import { ShellLog } from './shell-log';
import { DIALOG, portRefused, unreadableSettings } from './shell-text';
import { claimSingleInstance } from './single-instance';
import { acceptAnotherPort, giveUp, showStartFailure } from './start-failure';
import { discoveryPortFromEnv } from './window-url';

// LUOT_USER_DATA runs a second, separate Lượt (a station beside a host) on a developer's PC, and the smoke test.
if (process.env.LUOT_USER_DATA) app.setPath('userData', process.env.LUOT_USER_DATA);
// The wall display announces calls with no one there to click: let its window play sound without a gesture.
app.commandLine.appendSwitch('autoplay-policy', 'no-user-gesture-required');

let shell: PcShell | null = null;
let folders: PcFolders | null = null;
let log: ShellLog | null = null;

/** The folders and the log, decided once, before anything can fail. */
function here(): { folders: PcFolders; log: ShellLog } {
  folders ??= pcFolders(process.platform, process.env, app.getPath('userData'));
  log ??= ShellLog.open([folders.machine, folders.user]);
  return { folders, log };
}

function deps(): ShellDeps {
  return {
    at: { packaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath },
    machineDir: here().folders.machine,
    log: here().log,
    version: app.getVersion(),
    discoveryPort: discoveryPortFromEnv(process.env.LUOT_DISCOVERY_PORT, DISCOVERY_PORT),
  };
}

/** The end of every failed start: the dialog, then the lock released and Lượt gone (start-failure.ts). */
function fail(error: unknown, port = 0): Promise<void> {
  return showStartFailure(error, port, here().log);
}

async function runAs(config: PcConfig, signInToken: string | null): Promise<void> {
  shell = new PcShell(config, deps());
  try {
    await shell.start(signInToken);
  } catch (error) {
    const failed = shell;
    shell = null;
    await failed.stop().catch((stopError: unknown) => here().log.write(stopError));
    // The host's port is taken: offer the next free one (LUOT_PORT is a developer's choice: not overridden).
    if (config.role === 'host' && portRefused(error) && !process.env.LUOT_PORT) {
      const free = await nextFreePort(config.port);
      if (free === null) return fail(error, config.port);
      if (!(await acceptAnotherPort(config.port, free, here().log))) return giveUp();
      const moved = { ...config, port: free };
      await savePcConfig(here().folders.machine, moved);
      return runAs(moved, signInToken);
    }
    return fail(error, config.role === 'host' ? config.port : 0);
  }
}

async function start(): Promise<void> {
  // No default menu (it has DevTools and reload for everyone); PcShell sets the shell's own.
  Menu.setApplicationMenu(null);
  const { folders: where, log: shellLog } = here();
  shellLog.write(`Lượt ${app.getVersion()} — cài đặt và dữ liệu / settings and data: ${where.machine}`);
  const moved = await moveToMachineFolder(where);
  if (moved.kind !== 'nothing-to-move') shellLog.write(`Dữ liệu cũ / older data: ${JSON.stringify(moved)}`);
  answerPcSetupCalls(deps());
  answerScreenCalls({
    leaveKiosk: async (window) => (await shell?.leaveKiosk(window)) ?? false,
    moveDisplayTo: (monitor) => shell?.moveDisplayTo(monitor),
    backupDatabase: () => shell?.backupDatabase(),
  });
  const loaded = await loadPcConfig(where.machine).catch((error: unknown) => {
    throw unreadableSettings(join(where.machine, PC_CONFIG_FILE), error);
  });
  if (loaded.kind === 'configured') return runAs(loaded.config, null);
  openPcSetup(
    {
      purpose: 'first-run',
      current: null,
      notice: loaded.kind === 'unreadable' ? DIALOG.unreadableConfig : null,
      onSaved: (config, signInToken) => void runAs(config, signInToken).catch((error: unknown) => fail(error)),
    },
    deps(),
  );
}

hardenApp();
// A station's screens may keep their last picture (a service worker) only if the host's address counts as secure.
treatHostAsSecure(app, here().folders.machine);
if (claimSingleInstance(() => shell?.openScreens())) {
  // Closing every window leaves Lượt in the tray: the host's core keeps serving the other PCs.
  app.on('window-all-closed', () => {
    if (!shell) app.quit();
  });
  app.on('will-quit', (event) => {
    if (!shell) return;
    // Close the server and the database cleanly (WAL checkpoint) before the process exits.
    event.preventDefault();
    const running = shell;
    shell = null;
    void running.stop().finally(() => app.quit());
  });
  process.on('unhandledRejection', (reason) => here().log.write('Unhandled rejection:', reason));
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
}
