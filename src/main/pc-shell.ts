/**
 * This PC while Lượt runs: its settings, its role (host or station), the tray and the menu, and the actions
 * the manager guards with the PIN. Built once the PC knows what it is (index.ts).
 */
import { app, dialog, Menu, screen, type BrowserWindow } from 'electron';
import type { Bilingual } from '../preload/bridge';
import { currentMonitors, keepOnChosenMonitor, monitorOptions, putOnMonitor } from './display-placement';
import { startHost } from './host-role';
import { displayMode, monitorForDisplay, rememberMonitor, type DisplayMode, type Monitor } from './monitor-choice';
import type { PublicNetworks } from './network-profile';
import { explainPublicNetwork, findPublicNetworks } from './network-warning';
import { savePcConfig, screensOf, type PcConfig } from './pc-config';
import { askForPin, openPcSetup, type PcSetupDeps } from './pc-setup-window';
import type { OpenScreen, RunningRole } from './roles';
import { openScreenWindow } from './screen-windows';
import { shellMenuItems, windowMenuTemplate, type MenuActions, type MenuState } from './shell-menu';
import type { ShellLog } from './shell-log';
import { both, DIALOG, paragraphs, PIN_REASON, PUBLIC_NETWORK_LINE } from './shell-text';
import { shellWindows } from './shell-windows';
import { startStation } from './station-role';
import { ShellTray } from './tray';

export interface ShellDeps extends PcSetupDeps {
  version: string;
  log: ShellLog;
}

const STATUS_MS = 5000;

export class PcShell {
  private role: RunningRole | null = null;
  private tray: ShellTray | null = null;
  private timer: NodeJS.Timeout | undefined;
  private shownStatus = '';
  /** The host's connected networks that Windows has as Public (network-profile.ts). */
  private publicNetwork: PublicNetworks | null = null;

  constructor(
    private config: PcConfig,
    private readonly deps: ShellDeps,
  ) {}

  async start(signInToken: string | null): Promise<void> {
    // Windows (and macOS) only; elsewhere the desktop's own autostart settings apply. On Windows it is the Run key
    // of the account that starts Lượt, which the center signs in automatically (docs/decisions/0006-…).
    if (process.platform === 'win32' || process.platform === 'darwin')
      app.setLoginItemSettings({ openAtLogin: this.config.startWithWindows });
    this.refreshMenus();
    const openScreen = this.screenOpener();
    this.role =
      this.config.role === 'host'
        ? await startHost(this.config, { ...this.deps, openScreen })
        : startStation(this.config, openScreen, signInToken, {
            discoveryPort: this.deps.discoveryPort,
            onHostMoved: (hostUrl) => void this.followHost(hostUrl),
          });
    screen.on('display-added', () => this.refreshMenus());
    screen.on('display-removed', () => this.refreshMenus());
    this.tray = new ShellTray(this.deps.at);
    this.showStatus(true);
    this.timer = setInterval(() => this.showStatus(false), STATUS_MS);
    if (this.config.role === 'host') void this.checkNetwork();
  }

  /** A host on a Public network is unreachable for stations: say so at start, and keep saying so in the tray. */
  private async checkNetwork(): Promise<void> {
    this.publicNetwork = await findPublicNetworks(this.deps.log);
    this.refreshMenus();
    if (this.publicNetwork) await this.fixNetwork();
  }

  private async fixNetwork(): Promise<void> {
    if (!this.publicNetwork) return;
    this.publicNetwork = await explainPublicNetwork(this.publicNetwork, this.deps.log);
    this.refreshMenus();
  }

  /** The station's host answers on another port now: remember it, and start again there. */
  private async followHost(hostUrl: string): Promise<void> {
    if (this.config.role !== 'station') return;
    this.deps.log.write(`Máy chủ đã chuyển / the host moved: ${this.config.hostUrl} → ${hostUrl}`);
    await savePcConfig(this.deps.machineDir, { ...this.config, hostUrl });
    app.relaunch();
    app.quit();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.tray?.destroy();
    await this.role?.stop();
    this.role = null;
  }

  /** Reopens this PC's screens (Lượt was started again while its windows were closed). */
  openScreens(): void {
    this.role?.openScreens();
  }

  /** The host's database copier, for the administration window's backup button. */
  backupDatabase = () => this.role?.backupDatabase;

  async leaveKiosk(window?: BrowserWindow): Promise<boolean> {
    if (!(await askForPin(PIN_REASON.leaveKiosk, this.config, this.deps, window))) return false;
    const kioskWindows = window ? [window] : shellWindows().map((w) => w.window);
    for (const kiosk of kioskWindows.filter((w) => w.isKiosk())) {
      kiosk.setKiosk(false);
      kiosk.setMenu(Menu.getApplicationMenu());
    }
    this.refreshMenus();
    return true;
  }

  /** The manager put the wall display on `monitor` (menu or the screen's own button): move it, and remember. */
  moveDisplayTo(monitor: Monitor): void {
    this.config = { ...this.config, displayMonitor: rememberMonitor(monitor) };
    const display = shellWindows().find((w) => w.kind === 'display');
    if (display) putOnMonitor(display.window, monitor, this.displayModeOn(monitor));
    // The display has moved already; a settings file that could not be written only means it is not remembered.
    savePcConfig(this.deps.machineDir, this.config).catch((error: unknown) => this.deps.log.write(error));
    this.refreshMenus();
  }

  /** Menus show monitors and kiosk state: rebuilt when those change, not on a timer (an open menu would close). */
  refreshMenus(): void {
    const template = windowMenuTemplate(this.menuState(), this.menuActions);
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    this.showStatus(true);
  }

  private showStatus(force: boolean): void {
    if (!this.tray || !this.role) return;
    let status = this.role.status();
    if (status.role === 'host' && this.publicNetwork)
      status = { ...status, problems: [PUBLIC_NETWORK_LINE, ...(status.problems ?? [])] };
    const key = JSON.stringify(status);
    if (key === this.shownStatus && !force) return;
    this.shownStatus = key;
    this.tray.show(status, shellMenuItems(this.menuState(), this.menuActions));
  }

  private menuState(): MenuState {
    const display = shellWindows().find((w) => w.kind === 'display');
    return {
      role: this.config.role,
      kiosk: shellWindows().some((w) => !w.window.isDestroyed() && w.window.isKiosk()),
      showsDisplay: screensOf(this.config).includes('display'),
      monitors: monitorOptions(),
      displayMonitorId: display ? (monitorForDisplay(currentMonitors(), this.config.displayMonitor)?.id ?? null) : null,
      publicNetwork: this.publicNetwork !== null,
    };
  }

  private readonly menuActions: MenuActions = {
    openAdministration: () => void this.guarded(PIN_REASON.administration, () => this.role?.openAdministration?.()),
    reopenScreens: () => this.role?.openScreens(),
    moveDisplayTo: (monitorId) => {
      const monitor = currentMonitors().find((m) => m.id === monitorId);
      if (monitor) this.moveDisplayTo(monitor);
    },
    setUpPc: () =>
      openPcSetup(
        {
          purpose: 'change',
          current: this.config,
          // A new role means a different core, windows and sessions: start afresh rather than rewire them.
          onSaved: () => {
            app.relaunch();
            app.quit();
          },
        },
        this.deps,
      ),
    leaveKiosk: () => void this.leaveKiosk(),
    fixNetwork: () => void this.fixNetwork(),
    quit: () => void this.quit(),
  };

  private async guarded(reason: Bilingual, action: () => void): Promise<void> {
    if (await askForPin(reason, this.config, this.deps)) action();
  }

  private async quit(): Promise<void> {
    if (this.menuState().kiosk) return this.guarded(PIN_REASON.quit, () => app.quit());
    if (this.config.role === 'host') {
      const { response } = await dialog.showMessageBox({
        type: 'question',
        title: 'Lượt',
        message: paragraphs(DIALOG.quitHost),
        buttons: [both(DIALOG.quitButton), both(DIALOG.cancelButton)],
        defaultId: 1,
        cancelId: 1,
      });
      if (response !== 0) return;
    }
    app.quit();
  }

  /** How the wall display shows on `monitor`: never over the greeter unless asked, never kiosk there. */
  private displayModeOn(monitor: Monitor): DisplayMode {
    const showsGreeter = this.config.role === 'host' && this.config.screens.includes('greeter');
    return displayMode(monitor, this.config.displayMonitor, { kiosk: this.config.kiosk, showsGreeter });
  }

  /** Kiosk mode is for the greeter and the display; the display opens on its monitor and stays there. */
  private screenOpener(): OpenScreen {
    return ({ kind, url, origin, partition }) => {
      const monitor = kind === 'display' ? monitorForDisplay(currentMonitors(), this.config.displayMonitor) : undefined;
      const mode = monitor && this.displayModeOn(monitor);
      const kiosk =
        kind === 'display' && mode ? mode === 'kiosk' : this.config.kiosk && kind !== 'counter' && kind !== 'admin';
      const window = openScreenWindow({
        kind,
        url,
        origin,
        partition,
        kiosk,
        monitor,
        displayMode: mode,
        at: this.deps.at,
        onLeaveKiosk: (w) => void this.leaveKiosk(w),
      });
      if (kind === 'display')
        keepOnChosenMonitor(
          window,
          (monitors) => monitorForDisplay(monitors, this.config.displayMonitor),
          (chosen) => this.displayModeOn(chosen),
        );
      window.on('closed', () => this.refreshMenus());
      return window;
    };
  }
}
