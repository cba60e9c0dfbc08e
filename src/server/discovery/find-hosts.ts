/**
 * The station's half of LAN discovery: broadcast one query, collect the hosts that answer for a moment.
 * Plain Node (the Electron shell calls it), so it is tested on loopback like the responder.
 */
import { createSocket } from 'node:dgram';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { decodeReply, DISCOVERY_PORT, encodeQuery } from './discovery-message';

export interface FoundHost {
  name: string;
  version: string;
  /**
   * The address to open. Built from where the answer came from, which this station can reach; the host's own
   * idea of its LAN address (`advertisedUrl`) may be another of its network cards.
   */
  url: string;
  advertisedUrl: string;
}

export interface FindOptions {
  port?: number;
  /** How long to wait for answers. */
  timeoutMs?: number;
  /** Where to send the query; default the limited broadcast and each network's own broadcast address. */
  targets?: string[];
}

export async function findLuotHosts(options: FindOptions = {}): Promise<FoundHost[]> {
  const port = options.port ?? DISCOVERY_PORT;
  const targets = options.targets ?? ['255.255.255.255', ...broadcastAddresses(networkInterfaces())];
  const socket = createSocket({ type: 'udp4' });
  const found = new Map<string, FoundHost>();
  socket.on('message', (datagram, sender) => {
    const host = decodeReply(datagram);
    if (!host) return;
    const url = new URL(host.url);
    url.hostname = sender.address;
    const reachable = url.origin;
    if (!found.has(reachable)) found.set(reachable, { ...host, url: reachable, advertisedUrl: host.url });
  });
  // A network without broadcast (or a cable just pulled) only means fewer answers.
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.bind(0, resolve));
  socket.setBroadcast(true);
  const query = encodeQuery();
  for (const target of targets) socket.send(query, port, target);
  await new Promise((resolve) => setTimeout(resolve, options.timeoutMs ?? 1500));
  socket.close();
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.url.localeCompare(b.url));
}

/** Each IPv4 network's directed broadcast (192.168.1.255 for 192.168.1.20/24): some routers drop 255.255.255.255. */
export function broadcastAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  const addresses = new Set<string>();
  for (const infos of Object.values(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      const ip = toNumber(info.address);
      const mask = toNumber(info.netmask);
      addresses.add(fromNumber((ip | ~mask) >>> 0));
    }
  }
  return [...addresses];
}

const toNumber = (dotted: string) => dotted.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
const fromNumber = (n: number) => [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');
