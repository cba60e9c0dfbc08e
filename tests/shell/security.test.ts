import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Never the real `electron`: its index.js downloads the binary. The shell's checks only need these.
const electron = vi.hoisted(() => ({
  app: { isPackaged: true, on: vi.fn(), whenReady: () => new Promise(() => {}) },
  session: { defaultSession: {} },
}));
vi.mock('electron', () => electron);

const { guardWebContents, hardenSession, keepOnOrigin, navigationAllowed, permissionAllowed, secureWebPreferences } =
  await import('../../src/main/security');

const HOST = 'http://192.168.1.20:8080';

/** A web contents as far as the guards see it: events, a pop-up handler and a URL. */
class FakeContents extends EventEmitter {
  openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'unset' });
  url = `${HOST}/greeter`;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  getURL() {
    return this.url;
  }
}

function navigate(contents: FakeContents, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  let refused = false;
  contents.emit(event, { url, preventDefault: () => (refused = true) });
  return refused;
}

function guarded(origin: string | null) {
  const contents = new FakeContents();
  const asElectron = contents as unknown as Electron.WebContents;
  keepOnOrigin(asElectron, origin);
  guardWebContents(asElectron);
  return contents;
}

describe("the shell's security checklist", () => {
  beforeEach(() => vi.clearAllMocks());

  it('runs every page sandboxed and isolated, without Node, webviews or DevTools in an installed app', () => {
    expect(secureWebPreferences('/app/preload.cjs', 'persist:luot-host-greeter')).toMatchObject({
      preload: '/app/preload.cjs',
      partition: 'persist:luot-host-greeter',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: false,
    });
  });

  it("lets a screen move within its server's origin only", () => {
    expect(navigationAllowed(`${HOST}/counter/3`, HOST)).toBe(true);
    expect(navigationAllowed('http://192.168.1.20:9090/', HOST)).toBe(false);
    expect(navigationAllowed('https://example.com/', HOST)).toBe(false);
    expect(navigationAllowed('not a url', HOST)).toBe(false);
    // The local setup page, and anything the shell did not pin, may go nowhere.
    expect(navigationAllowed(`${HOST}/`, null)).toBe(false);
    expect(navigationAllowed(`${HOST}/`, undefined)).toBe(false);
  });

  it('refuses navigation and redirects away from the origin', () => {
    const contents = guarded(HOST);
    expect(navigate(contents, 'will-navigate', `${HOST}/display`)).toBe(false);
    expect(navigate(contents, 'will-navigate', 'https://phishing.example/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://10.0.0.1/')).toBe(true);
    expect(navigate(guarded(null), 'will-navigate', `${HOST}/`)).toBe(true);
  });

  it('opens same-origin pop-ups only, and refuses webviews', () => {
    const contents = guarded(HOST);
    expect(contents.openHandler({ url: `${HOST}/admin/reports` })).toEqual({ action: 'allow' });
    expect(contents.openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    let refused = false;
    contents.emit('will-attach-webview', { preventDefault: () => (refused = true) });
    expect(refused).toBe(true);
  });

  it('keeps a same-origin pop-up on the same origin as its opener', () => {
    const opener = guarded(HOST);
    const child = new FakeContents();
    guardWebContents(child as unknown as Electron.WebContents);
    opener.emit('did-create-window', { webContents: child });
    expect(navigate(child, 'will-navigate', `${HOST}/admin`)).toBe(false);
    expect(navigate(child, 'will-navigate', 'https://example.com/')).toBe(true);
  });

  it('grants only what the screens use, and only to their own origin', () => {
    expect(permissionAllowed('clipboard-sanitized-write', `${HOST}/admin`, HOST)).toBe(true);
    expect(permissionAllowed('fullscreen', `${HOST}/display`, HOST)).toBe(true);
    expect(permissionAllowed('screen-wake-lock', `${HOST}/display`, HOST)).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'serial', 'usb', 'hid'])
      expect(permissionAllowed(permission, `${HOST}/`, HOST)).toBe(false);
    expect(permissionAllowed('fullscreen', 'https://example.com/', HOST)).toBe(false);
    expect(permissionAllowed('fullscreen', 'file:///pc-setup.html', null)).toBe(false);
  });

  it("answers a session's permission requests and checks with those rules", () => {
    type RequestHandler = (contents: FakeContents, permission: string, grant: (granted: boolean) => void) => void;
    type CheckHandler = (contents: FakeContents | null, permission: string, origin: string) => boolean;
    const handlers: { request?: RequestHandler; check?: CheckHandler } = {};
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
    };
    hardenSession(session as unknown as Electron.Session);
    const contents = guarded(HOST);
    const answers: boolean[] = [];
    handlers.request!(contents, 'media', (granted: boolean) => answers.push(granted));
    handlers.request!(contents, 'fullscreen', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, true]);
    expect(handlers.check!(contents, 'clipboard-sanitized-write', HOST)).toBe(true);
    expect(handlers.check!(contents, 'geolocation', HOST)).toBe(false);
    expect(handlers.check!(null, 'fullscreen', HOST)).toBe(false);
  });
});
