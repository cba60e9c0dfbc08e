/**
 * Electron's security checklist, in one place: every window sandboxed and isolated, each web contents kept on
 * its own origin (the host's LAN server) or, for the shell's local page, on nothing at all; no pop-ups to other
 * sites, no <webview>, and only the few permissions the screens use. The decisions are pure functions, tested
 * under Node; the wiring below applies them to everything Electron creates, including windows we did not open.
 */
import { app, session as sessions, type Session, type WebContents, type WebPreferences } from 'electron';

/** The origin each web contents may show; `null` for the local page, which may not navigate at all. */
const origins = new WeakMap<WebContents, string | null>();

/** What the screens use: copying a sign-in link, a full-screen button, keeping the wall display awake. */
const GRANTED = new Set(['clipboard-sanitized-write', 'fullscreen', 'screen-wake-lock']);

export function navigationAllowed(target: string, origin: string | null | undefined): boolean {
  if (!origin) return false;
  try {
    return new URL(target).origin === origin;
  } catch {
    return false;
  }
}

export function permissionAllowed(permission: string, requestingUrl: string, origin: string | null | undefined) {
  return GRANTED.has(permission) && navigationAllowed(requestingUrl, origin);
}

export function secureWebPreferences(preload: string, partition: string | undefined): WebPreferences {
  return {
    preload,
    partition,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
    // An installed app has no DevTools: a kiosk must not open a console with the screen's session.
    devTools: !app.isPackaged,
  };
}

/** Pins a web contents to an origin before it loads anything. */
export function keepOnOrigin(contents: WebContents, origin: string | null): void {
  origins.set(contents, origin);
}

export function originOf(contents: WebContents): string | null | undefined {
  return origins.get(contents);
}

/** Guards one web contents; `hardenApp` calls it for every web contents Electron creates. */
export function guardWebContents(contents: WebContents): void {
  const refuseElsewhere = (event: { url: string; preventDefault(): void }) => {
    if (!navigationAllowed(event.url, origins.get(contents))) event.preventDefault();
  };
  contents.on('will-navigate', refuseElsewhere);
  contents.on('will-redirect', refuseElsewhere);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Same-origin pop-ups (a printable report) open as windows like their opener; anything else is refused.
  contents.setWindowOpenHandler(({ url }) =>
    navigationAllowed(url, origins.get(contents)) ? { action: 'allow' } : { action: 'deny' },
  );
  contents.on('did-create-window', (child) => keepOnOrigin(child.webContents, origins.get(contents) ?? null));
}

export function hardenSession(target: Session): void {
  target.setPermissionRequestHandler((contents, permission, grant) =>
    grant(permissionAllowed(permission, contents.getURL(), origins.get(contents))),
  );
  target.setPermissionCheckHandler(
    (contents, permission, requestingOrigin) =>
      contents !== null && permissionAllowed(permission, requestingOrigin, origins.get(contents)),
  );
}

/** Call before `app.whenReady()`. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('session-created', hardenSession);
  void app.whenReady().then(() => hardenSession(sessions.defaultSession));
}
