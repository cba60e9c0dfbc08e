/**
 * A station: a counter, greeter or display PC that shows one screen of the host's LAN server. It runs no core;
 * its window signs in once with the link the manager made for its device, and keeps the cookie.
 */
import { networkInterfaces } from 'node:os';
import { broadcastAddresses, findLuotHosts } from '../server/discovery/find-hosts';
import type { StationConfig } from './pc-config';
import type { OpenScreen, RunningRole } from './roles';
import { shellWindows } from './shell-windows';
import { screenPath } from './window-url';

const STATION_PARTITION = 'persist:luot-station';
const HEALTH_CHECK_MS = 15_000;
/** How often a station whose host does not answer asks the LAN whether it moved to another port. */
const SEARCH_EVERY_MS = 60_000;

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

/**
 * The host a station remembers stopped answering; a Lượt host answering discovery at the same address on another
 * port is that host, moved (its manager changed the port, or took the one offered when 8080 was taken).
 */
export function movedHost(hostUrl: string, found: { url: string }[]): string | null {
  const remembered = new URL(hostUrl);
  const moved = new Set(
    found
      .map((host) => new URL(host.url))
      .filter((url) => url.hostname === remembered.hostname && url.origin !== remembered.origin)
      .map((url) => url.origin),
  );
  return moved.size === 1 ? [...moved][0]! : null;
}

/** Asks the LAN — and the remembered address itself, which reaches across subnets — where the host is now. */
export async function findMovedHost(hostUrl: string, discoveryPort: number | null): Promise<string | null> {
  if (discoveryPort === null) return null;
  const targets = ['255.255.255.255', ...broadcastAddresses(networkInterfaces()), new URL(hostUrl).hostname];
  return movedHost(hostUrl, await findLuotHosts({ port: discoveryPort, targets }));
}

export interface StationDeps {
  /** The UDP port of LAN discovery; `null` when it is turned off. */
  discoveryPort: number | null;
  /** The host answers at another address now: remember it and reopen there. */
  onHostMoved(hostUrl: string): void;
}

/** `signInToken`: from the link pasted on the setup page, used for this first window and never stored. */
export function startStation(
  config: StationConfig,
  openScreen: OpenScreen,
  signInToken: string | null,
  deps: StationDeps,
): RunningRole {
  let reachable: boolean | null = null;
  let lastSearch = -Infinity;
  let stopped = false;
  const check = async () => {
    reachable = await hostAnswers(config.hostUrl);
    if (reachable || stopped || Date.now() - lastSearch < SEARCH_EVERY_MS) return;
    lastSearch = Date.now();
    const moved = await findMovedHost(config.hostUrl, deps.discoveryPort);
    if (moved && !stopped) deps.onHostMoved(moved);
  };
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
    stop: async () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}

const screenUrl = (config: StationConfig) => `${config.hostUrl}${screenPath(config.screen, config.displayZoneId)}`;
