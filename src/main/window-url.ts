/** Pure helpers of the desktop shell, kept out of index.ts so they run under plain Node. */

export const DEFAULT_PORT = 8080;

/** `LUOT_PORT` when it is a valid TCP port, else the default. */
export function portFromEnv(value: string | undefined): number {
  const port = Number(value);
  return value && Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_PORT;
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

/** Whether `target` stays on the app's own origin (navigation elsewhere is refused). */
export function isSameOrigin(target: string, appUrl: string): boolean {
  try {
    return new URL(target).origin === new URL(appUrl).origin;
  } catch {
    return false;
  }
}
