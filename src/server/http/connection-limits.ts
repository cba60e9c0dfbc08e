/**
 * Limits on connections, so a machine that opens many and sends slowly (a "slow body" or slowloris attack, or
 * a broken client) cannot use up the host: a request must arrive whole within a time; headers sooner; and one
 * address may hold only so many connections at once (others' screens keep working).
 */
import type { Server } from 'node:http';
import { rawAnswer } from './client-errors';

export interface ConnectionLimits {
  /** The whole request, headers and body, must arrive within this (408 otherwise). */
  requestTimeoutMs: number;
  /** The headers must arrive within this. */
  headersTimeoutMs: number;
  /** Open connections (WebSockets included) from one address. */
  maxPerAddress: number;
  /** Open connections in all. */
  maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 15_000,
  maxPerAddress: 200,
  maxConnections: 2000,
};

/** Counts each address's connections and turns away those past the cap with a bilingual 503. */
export function capConnections(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections;
  server.headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.maxPerAddress) {
      socket.end(rawAnswer('busy'));
      setTimeout(() => socket.destroy(), 1000).unref();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
