/**
 * The desktop shell of Lượt. A PC is the host (it runs the core — database, queue, printing, LAN server — in
 * this process) or a station (it opens a screen of a host on the LAN); the first start asks which, and
 * remembers. Everything else is in the files named below; screens talk to the core only over the LAN server.
 */
import { app, dialog, Menu } from 'electron';
import { DISCOVERY_PORT } from '../server/discovery/discovery-message';
import { answerScreenCalls } from './native-features';
import { loadPcConfig, type PcConfig } from './pc-config';
import { openPcSetup, answerPcSetupCalls } from './pc-setup-window';
import { PcShell, type ShellDeps } from './pc-shell';
import { hardenApp } from './security';
import { DIALOG, paragraphs, startFailure } from './shell-text';
import { claimSingleInstance } from './single-instance';
import { discoveryPortFromEnv } from './window-url';

// LUOT_USER_DATA runs a second, separate Lượt (a station beside a host) on a developer's PC, and the smoke test.
if (process.env.LUOT_USER_DATA) app.setPath('userData', process.env.LUOT_USER_DATA);
// The wall display announces calls with no one there to click: let its window play sound without a gesture.
app.commandLine.appendSwitch('autoplay-policy', 'no-user-gesture-required');

let shell: PcShell | null = null;

function deps(): ShellDeps {
  return {
    at: { packaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath },
    userDataDir: app.getPath('userData'),
    version: app.getVersion(),
    discoveryPort: discoveryPortFromEnv(process.env.LUOT_DISCOVERY_PORT, DISCOVERY_PORT),
  };
}

async function runAs(config: PcConfig, signInToken: string | null): Promise<void> {
  shell = new PcShell(config, deps());
  try {
    await shell.start(signInToken);
  } catch (error) {
    const port = config.role === 'host' ? config.port : 0;
    dialog.showErrorBox('Lượt', paragraphs(startFailure(error, port)));
    app.quit();
  }
}

async function start(): Promise<void> {
  // No default menu (it has DevTools and reload for everyone); PcShell sets the shell's own.
  Menu.setApplicationMenu(null);
  answerPcSetupCalls(deps());
  answerScreenCalls({
    leaveKiosk: async (window) => (await shell?.leaveKiosk(window)) ?? false,
    rememberDisplayMonitor: (monitor) => shell?.rememberDisplayMonitor(monitor),
    backupDatabase: () => shell?.backupDatabase(),
  });
  const loaded = await loadPcConfig(app.getPath('userData'));
  if (loaded.kind === 'configured') return runAs(loaded.config, null);
  openPcSetup(
    {
      purpose: 'first-run',
      current: null,
      notice: loaded.kind === 'unreadable' ? DIALOG.unreadableConfig : null,
      onSaved: (config, signInToken) => void runAs(config, signInToken),
    },
    deps(),
  );
}

hardenApp();
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
  void app.whenReady().then(start);
}
