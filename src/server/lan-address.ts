import { networkInterfaces } from 'node:os';

/** The address other machines reach this one at: the first non-internal IPv4, else the bound host. */
export function lanAddress(host?: string): string {
  if (host && host !== '0.0.0.0' && host !== '::') return host;
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return 'localhost';
}
