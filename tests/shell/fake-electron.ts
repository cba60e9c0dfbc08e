/**
 * A stand-in for the `electron` module, enough to run the shell's main process under plain Node: windows record
 * what they load, sessions keep cookies in memory, monitors can be plugged and unplugged, IPC handlers can be
 * called as a page would. The real `electron` is never loaded in tests (its index.js downloads the binary).
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeDisplay {
  id: number;
  label: string;
  bounds: { x: number; y: number; width: number; height: number };
}

class FakeWebContents extends EventEmitter {
  readonly mainFrame = { url: '' };
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  constructor(readonly window: FakeWindow) {
    super();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  getURL() {
    return this.mainFrame.url;
  }
}

export class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = [];
  readonly webContents = new FakeWebContents(this);
  loaded: string[] = [];
  menu: unknown = 'application menu';
  kiosk: boolean;
  fullScreen: boolean;
  bounds: FakeDisplay['bounds'];
  destroyed = false;
  focused = 0;

  constructor(readonly options: Record<string, unknown>) {
    super();
    this.kiosk = options.kiosk === true;
    this.fullScreen = options.fullscreen === true || this.kiosk;
    this.bounds = { x: Number(options.x ?? 0), y: Number(options.y ?? 0), width: 1366, height: 768 };
    FakeWindow.all.push(this);
    fake.app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string) {
    this.webContents.mainFrame.url = url;
    this.loaded.push(url);
  }
  async loadFile(file: string, options?: { query?: Record<string, string> }) {
    const query = new URLSearchParams(options?.query).toString();
    await this.loadURL(`file://${file}${query ? `?${query}` : ''}`);
  }
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
  isDestroyed = () => this.destroyed;
  isKiosk = () => this.kiosk;
  setKiosk = (on: boolean) => ((this.kiosk = on), (this.fullScreen = on));
  isFullScreen = () => this.fullScreen;
  setFullScreen = (on: boolean) => (this.fullScreen = on);
  setBounds = (bounds: FakeDisplay['bounds']) => (this.bounds = { ...bounds });
  setMenu = (menu: unknown) => (this.menu = menu);
  isMinimized = () => false;
  restore = () => undefined;
  show = () => undefined;
  shownInactive = false;
  showInactive = () => (this.shownInactive = true);
  focus = () => (this.focused += 1);
  /** What a page's `ipcRenderer.invoke` would do: the event names this window's top frame as the sender. */
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = fake.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    const event = { sender: this.webContents, senderFrame: this.webContents.mainFrame };
    return Promise.resolve().then(() => handler(event, ...args));
  }
}

/** The tray icon: its menu's items, as `Menu.buildFromTemplate` (below) leaves them. */
export class FakeTray {
  static all: FakeTray[] = [];
  setImage = vi.fn();
  setToolTip = vi.fn();
  setContextMenu = vi.fn();
  destroy = vi.fn();
  constructor() {
    FakeTray.all.push(this);
  }
  /** The labels of the menu it shows now. */
  labels(): string[] {
    const menu = this.setContextMenu.mock.calls.at(-1)?.[0] as { template: { label?: string }[] } | undefined;
    return (menu?.template ?? []).flatMap((item) => (item.label ? [item.label] : []));
  }
}

/** Cookies of one session, by host and name, as Electron's `session.cookies` keeps them. */
class FakeCookies {
  readonly jar = new Map<string, { value: string; httpOnly: boolean; sameSite: string }>();
  async get({ url, name }: { url: string; name: string }) {
    const cookie = this.jar.get(`${new URL(url).host} ${name}`);
    return cookie ? [cookie] : [];
  }
  async set(details: { url: string; name: string; value: string; httpOnly: boolean; sameSite: string }) {
    this.jar.set(`${new URL(details.url).host} ${details.name}`, details);
  }
}

interface FakeSession {
  cookies: FakeCookies;
  permissionRequests: ((...args: unknown[]) => void) | null;
  permissionChecks: ((...args: unknown[]) => boolean) | null;
  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
}

const sessions = new Map<string, FakeSession>();
const sessionFor = (partition: string): FakeSession => {
  const existing = sessions.get(partition);
  if (existing) return existing;
  const session: FakeSession = {
    cookies: new FakeCookies(),
    permissionRequests: null,
    permissionChecks: null,
    setPermissionRequestHandler: (handler) => (session.permissionRequests = handler),
    setPermissionCheckHandler: (handler) => (session.permissionChecks = handler),
  };
  sessions.set(partition, session);
  // Like Electron, announce every new session (the shell hardens each one).
  fake.app.emit('session-created', session);
  return session;
};

export const fake = {
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  displays: [] as FakeDisplay[],
  primaryId: 1,
  userData: '',
  appPath: '',
  app: Object.assign(new EventEmitter(), {
    isPackaged: false,
    whenReady: () => Promise.resolve(),
    quit: vi.fn(),
    relaunch: vi.fn(),
    setPath: vi.fn((_name: string, path: string) => (fake.userData = path)),
    getPath: () => fake.userData,
    getAppPath: () => fake.appPath,
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: vi.fn(() => true),
    releaseSingleInstanceLock: vi.fn(),
    setLoginItemSettings: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
  }),
  /** What keeps the PC awake: the ids started and not yet stopped. */
  powerSaveBlocker: {
    active: new Map<number, string>(),
    next: 1,
    start: vi.fn((type: string) => {
      const id = fake.powerSaveBlocker.next++;
      fake.powerSaveBlocker.active.set(id, type);
      return id;
    }),
    stop: vi.fn((id: number) => fake.powerSaveBlocker.active.delete(id)),
    isStarted: (id: number) => fake.powerSaveBlocker.active.has(id),
  },
  shell: { openPath: vi.fn(async () => ''), openExternal: vi.fn(async () => undefined) },
  screen: Object.assign(new EventEmitter(), {
    getAllDisplays: () => fake.displays,
    getPrimaryDisplay: () => ({
      ...fake.displays.find((d) => d.id === fake.primaryId)!,
      workAreaSize: { width: 1366, height: 728 },
    }),
  }),
  session: {
    fromPartition: sessionFor,
    get defaultSession() {
      return sessionFor('');
    },
  },
  sessionOf: sessionFor,
  cookiesOf: (partition: string) => sessionFor(partition).cookies,
  dialog: {
    showErrorBox: vi.fn(),
    /** `(options)` or `(parent, options)`, as Electron takes them. */
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
    showSaveDialog: vi.fn(),
  },
  /** Plugs or unplugs monitors, as Windows reports it. */
  setDisplays(displays: FakeDisplay[], event?: 'display-added' | 'display-removed') {
    fake.displays = displays;
    if (event) fake.screen.emit(event, {}, displays[0]);
  },
  reset() {
    FakeWindow.all = [];
    FakeTray.all = [];
    fake.handlers.clear();
    sessions.clear();
    fake.app.removeAllListeners();
    fake.screen.removeAllListeners();
    fake.powerSaveBlocker.active.clear();
    fake.dialog.showMessageBox.mockReset().mockImplementation(async () => ({ response: 0 }));
    fake.dialog.showErrorBox.mockClear();
    fake.app.releaseSingleInstanceLock.mockClear();
    fake.app.relaunch.mockClear();
  },
};

/** The module `electron` as the shell imports it. */
export function fakeElectronModule() {
  return {
    app: fake.app,
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: vi.fn(),
      getApplicationMenu: () => 'application menu',
    },
    Tray: FakeTray,
    nativeImage: { createEmpty: () => ({}), createFromPath: (path: string) => ({ path }) },
    screen: fake.screen,
    session: fake.session,
    dialog: fake.dialog,
    powerSaveBlocker: fake.powerSaveBlocker,
    shell: fake.shell,
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
        fake.handlers.set(channel, handler),
    },
  };
}
