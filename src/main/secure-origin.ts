/**
 * Browsers give a service worker only to a secure context: https, localhost — or an origin Chromium is told to
 * treat as secure. A station's windows open the host at `http://192.168.x.x:8080`, so without this its screens
 * could not keep their last picture through a reload while the host restarts (docs/decisions/0016-offline-screens.md).
 * Only the host's own origin is named, nothing wider; the switch must be set before Electron is ready, so the
 * station's settings file is read here, synchronously, once. A host's own windows use 127.0.0.1: secure already.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePcConfig, PC_CONFIG_FILE, type PcConfig } from './pc-config';

export const SECURE_ORIGIN_SWITCH = 'unsafely-treat-insecure-origin-as-secure';

/** The origin to treat as secure for this PC, or null (a host, or a host already on https or loopback). */
export function insecureHostOrigin(config: PcConfig | null): string | null {
  if (config?.role !== 'station') return null;
  const url = new URL(config.hostUrl);
  if (url.protocol !== 'http:') return null;
  if (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]') return null;
  return url.origin;
}

/** Appends the switch for a station's host (before `app.whenReady()`); answers the origin it named, if any. */
export function treatHostAsSecure(
  app: { commandLine: { appendSwitch(name: string, value?: string): void } },
  machineDir: string,
): string | null {
  let config: PcConfig | null = null;
  try {
    config = parsePcConfig(readFileSync(join(machineDir, PC_CONFIG_FILE), 'utf8'));
  } catch {
    // No settings yet (first run): nothing to trust. The station's next start names its host.
  }
  const origin = insecureHostOrigin(config);
  if (origin) app.commandLine.appendSwitch(SECURE_ORIGIN_SWITCH, origin);
  return origin;
}
