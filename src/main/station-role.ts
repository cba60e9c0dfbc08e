/**
 * A station: a counter, greeter or display PC that shows one screen of the host's LAN server. It runs no core;
 * its window signs in once with the link the manager made for its device, and keeps the cookie.
 */
import type { StationConfig } from './pc-config';
import type { OpenScreen, RunningRole } from './roles';
import { shellWindows } from './shell-windows';
import { screenPath } from './window-url';

const STATION_PARTITION = 'persist:luot-station';
const HEALTH_CHECK_MS = 15_000;

/** Whether a Lượt LAN server answers at `hostUrl`. */
export async function hostAnswers(hostUrl: string, timeoutMs = 3000): Promise<boolean> {
  try {
    const response = await fetch(`${hostUrl}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    const body: unknown = response.ok ? await response.json() : null;
    return typeof body === 'object' && body !== null && 'ok' in body && body.ok === true;
  } catch {
    return false;
  }
}

/** `signInToken`: from the link pasted on the setup page, used for this first window and never stored. */
export function startStation(config: StationConfig, openScreen: OpenScreen, signInToken: string | null): RunningRole {
  let reachable: boolean | null = null;
  const check = async () => (reachable = await hostAnswers(config.hostUrl));
  void check();
  const timer = setInterval(() => void check(), HEALTH_CHECK_MS);

  const open = (url: string) =>
    openScreen({ kind: config.screen, url, origin: config.hostUrl, partition: STATION_PARTITION });
  open(signInToken ? `${config.hostUrl}/signin#token=${signInToken}` : screenUrl(config));

  return {
    status: () => ({ role: 'station', hostUrl: config.hostUrl, hostAnswers: reachable }),
    openScreens: () => {
      if (!shellWindows().some((w) => w.kind === config.screen)) open(screenUrl(config));
    },
    stop: async () => clearInterval(timer),
  };
}

const screenUrl = (config: StationConfig) => `${config.hostUrl}${screenPath(config.screen, config.displayZoneId)}`;
