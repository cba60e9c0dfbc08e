/** Pure helpers about the addresses the shell opens and allows, kept out of index.ts so they run under plain Node. */

export const DEFAULT_PORT = 8080;

/** `LUOT_PORT` when it is a valid TCP port, else the default. */
export function portFromEnv(value: string | undefined): number {
  const port = Number(value);
  return value && Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_PORT;
}

/**
 * `LUOT_DISCOVERY_PORT`: a UDP port for LAN discovery (0: any free port, for tests), `off` to turn it off, or
 * the default when unset or not a port.
 */
export function discoveryPortFromEnv(value: string | undefined, defaultPort: number): number | null {
  if (value === 'off') return null;
  const port = Number(value);
  return value && Number.isInteger(port) && port >= 0 && port < 65536 ? port : defaultPort;
}

/**
 * The URL the host's own window opens. The one-time admin link names the LAN address (for other PCs); the
 * host itself uses loopback, which keeps working when the LAN address changes.
 */
export function windowUrl(port: number, firstAdminLink: string | null): string {
  const url = new URL(firstAdminLink ?? `http://127.0.0.1:${port}/`);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return url.toString();
}

/** The host's own windows talk to its core over loopback. */
export const hostOrigin = (port: number) => `http://127.0.0.1:${port}`;

/** Whether `target` stays on the app's own origin (navigation elsewhere is refused). */
export function isSameOrigin(target: string, appUrl: string): boolean {
  try {
    return new URL(target).origin === new URL(appUrl).origin;
  } catch {
    return false;
  }
}

/** A screen's address on the LAN server (see src/renderer/src/routes.ts). */
export function screenPath(screen: 'greeter' | 'counter' | 'display' | 'admin', displayZoneId: number | null): string {
  switch (screen) {
    case 'greeter':
      return '/greeter';
    // The home page sends a counter to the service point its device is bound to.
    case 'counter':
      return '/';
    case 'display':
      return displayZoneId === null ? '/display' : `/display?zone=${displayZoneId}`;
    case 'admin':
      return '/admin';
  }
}

/**
 * The host's origin from what someone typed on a station: `192.168.1.20`, `192.168.1.20:9000`,
 * `http://may-chu:8080/greeter`. `null` when it is not an address.
 */
export function hostOriginFromTyped(typed: string): string | null {
  const text = typed.trim();
  if (!text || /\s/.test(text)) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.port && !/:\d+(\/|$)/.test(text.replace(/^[a-z]+:\/\//i, ''))) url.port = String(DEFAULT_PORT);
    return url.origin;
  } catch {
    return null;
  }
}

/** The parts of a device's one-time sign-in link (`http://host:8080/signin#token=luot_…`). */
export function parseSignInLink(link: string): { origin: string; token: string } | null {
  try {
    const url = new URL(link.trim());
    const token = new URLSearchParams(url.hash.slice(1)).get('token');
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/signin' || !token) return null;
    return { origin: url.origin, token };
  } catch {
    return null;
  }
}
