/**
 * The LAN discovery protocol: a station broadcasts one small UDP datagram asking for Lượt hosts, and each host
 * answers the asker directly with its name, version and address. JSON, so it can be read with `tcpdump -A`;
 * every field is parsed with zod, because any program on the LAN can send us datagrams.
 */
import { z } from 'zod';

/** The UDP port hosts listen on for discovery queries (any unprivileged port; one port per center). */
export const DISCOVERY_PORT = 48_080;

/** Datagrams larger than this are not ours and are ignored unread. */
export const MAX_DATAGRAM_BYTES = 2048;

const PROTOCOL = 1;

/** What a host says about itself. */
export interface HostAnnouncement {
  /** The center's name, as set up by its manager. */
  name: string;
  version: string;
  /** The LAN server's address as the host sees it, `http://<lan-address>:<port>`. */
  url: string;
}

const query = z.object({ luot: z.literal('find-host'), protocol: z.literal(PROTOCOL) });

const reply = z.object({
  luot: z.literal('host'),
  protocol: z.literal(PROTOCOL),
  name: z.string().max(200),
  version: z.string().max(50),
  url: z.url({ protocol: /^https?$/ }).max(200),
});

export function encodeQuery(): Buffer {
  return Buffer.from(JSON.stringify({ luot: 'find-host', protocol: PROTOCOL } satisfies z.infer<typeof query>));
}

export function isQuery(datagram: Buffer): boolean {
  return parseDatagram(datagram, query) !== null;
}

export function encodeReply(host: HostAnnouncement): Buffer {
  const message: z.infer<typeof reply> = { luot: 'host', protocol: PROTOCOL, ...host };
  return Buffer.from(JSON.stringify(message));
}

export function decodeReply(datagram: Buffer): HostAnnouncement | null {
  const message = parseDatagram(datagram, reply);
  return message && { name: message.name, version: message.version, url: message.url };
}

function parseDatagram<T>(datagram: Buffer, schema: z.ZodType<T>): T | null {
  if (datagram.length > MAX_DATAGRAM_BYTES) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(datagram.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
