/**
 * The names this host answers to: loopback, its own network addresses, its computer name, and any the center
 * adds (LUOT_HOST_NAMES). A request for another name is refused — that is what a DNS-rebinding page sends — and
 * so a sign-in link is only ever built from one of the host's own names.
 */
import { hostname, networkInterfaces } from 'node:os';

/** Interfaces come and go (Wi-Fi, DHCP): looked up again at most this often. */
const REFRESH_MS = 10_000;

export class HostNames {
  private names = new Set<string>();
  private readAt = -Infinity;

  constructor(private readonly extra: readonly string[] = []) {}

  /** Whether a `Host` header (name or address, with or without a port) names this host. */
  allows(hostHeader: string | undefined): boolean {
    if (!hostHeader) return false;
    const name = hostOnly(hostHeader);
    if (name === null) return false;
    if (isLoopback(name)) return true;
    return this.current().has(name);
  }

  private current(): Set<string> {
    const now = Date.now();
    if (now - this.readAt < REFRESH_MS) return this.names;
    const names = new Set<string>(['localhost']);
    const computer = hostname().toLowerCase();
    if (computer) for (const suffix of ['', '.local', '.lan', '.home']) names.add(computer + suffix);
    for (const addresses of Object.values(networkInterfaces()))
      for (const a of addresses ?? []) names.add(a.address.toLowerCase().replace(/%.*$/, ''));
    for (const name of this.extra) if (name.trim()) names.add(name.trim().toLowerCase());
    this.names = names;
    this.readAt = now;
    return names;
  }
}

/** `Example.lan:8080` → `example.lan`; `[fe80::1]:8080` → `fe80::1`; null when it is not a host at all. */
export function hostOnly(hostHeader: string): string | null {
  const text = hostHeader.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) return bracketed[1]!;
  const plain = /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(text);
  return plain ? plain[1]! : null;
}

export const isLoopback = (name: string) =>
  name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);

/** `LUOT_HOST_NAMES=may-chu.lan,luot.xa-an-binh.vn` → the names. */
export const hostNamesFromEnv = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
