/**
 * The host's half of LAN discovery: answers every discovery query with this host's announcement, sent straight
 * back to the asker. Finding the host is a convenience — a station can always type the address — so a port that
 * is taken (another program, a second copy of Lượt) is reported, never fatal.
 */
import { createSocket, type Socket } from 'node:dgram';
import { DISCOVERY_PORT, encodeReply, isQuery, type HostAnnouncement } from './discovery-message';

export interface DiscoveryOptions {
  /** UDP port to listen on; 0 picks a free one (tests); `null` turns discovery off. Default `DISCOVERY_PORT`. */
  port?: number | null;
  /** The LAN server's listening address: discovery answers where the server can be reached. Default all. */
  address?: string | undefined;
  /** Read at each query, so a renamed center answers with its new name. */
  describe: () => HostAnnouncement;
}

export interface DiscoveryResponder {
  /** The port answering queries, or `null` when discovery is off or could not start. */
  readonly port: number | null;
  /** Why discovery is not answering, for the host's status; `null` when it is, or when it was turned off. */
  readonly problem: { vi: string; en: string } | null;
  close(): Promise<void>;
}

const off = (problem: DiscoveryResponder['problem']): DiscoveryResponder => ({
  port: null,
  problem,
  close: async () => {},
});

export async function startDiscoveryResponder(options: DiscoveryOptions): Promise<DiscoveryResponder> {
  const port = options.port === undefined ? DISCOVERY_PORT : options.port;
  if (port === null) return off(null);
  const socket = createSocket({ type: 'udp4' });
  try {
    await bind(socket, port, options.address === '::' ? undefined : options.address);
  } catch (error) {
    socket.close();
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return off({
      vi: `Máy trạm không tự tìm thấy máy chủ này (cổng UDP ${port}: ${reason}); hãy nhập địa chỉ máy chủ trên máy trạm.`,
      en: `Stations cannot find this host automatically (UDP port ${port}: ${reason}); type the host's address on them.`,
    });
  }
  socket.on('message', (datagram, asker) => {
    if (!isQuery(datagram)) return;
    socket.send(encodeReply(options.describe()), asker.port, asker.address);
  });
  // A lost reply or an unreachable asker must not bring the core down.
  socket.on('error', () => {});
  return {
    port: socket.address().port,
    problem: null,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

function bind(socket: Socket, port: number, address: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind({ port, address, exclusive: true }, () => {
      socket.off('error', reject);
      resolve();
    });
  });
}
