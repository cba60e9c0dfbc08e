/**
 * Limits on connections, so phones on the hall's Wi-Fi — a citizen's, or an attacker's — cannot use up the host
 * (issue 24). A request must arrive whole within a time, headers sooner; one address may hold only so many
 * connections; and the connections are budgeted in two classes:
 *
 * - a **guest** connection has not (yet) shown a device's secret: a citizen's status page, the sign-in page, a
 *   screen's browser before its first request, or a flood. Guests share a small budget, and one address holds
 *   only a few of them. When the budget is full, a newcomer from an address holding fewer than the biggest holder
 *   is let in and that holder's oldest guest makes room: first one that never sent a whole request (silent or
 *   trickling), then one idle between requests, then one mid-request, a live status page last (it reconnects by
 *   itself). So a screen's new connection is never turned away for a flood's idle ones; a newcomer from the
 *   biggest holder itself is refused with a bilingual 503.
 * - a **staff** connection carried a signed-in device's request: it leaves the guest budget and counts only against
 *   the whole cap, which guests can never fill.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import { rawAnswer } from './client-errors';

export interface ConnectionLimits {
  /** The whole request, headers and body, must arrive within this (408 otherwise). */
  requestTimeoutMs: number;
  /** The headers must arrive within this. */
  headersTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveMs: number;
  /** A guest connection that sends nothing for this long is closed. */
  guestIdleMs: number;
  /** Open connections (WebSockets included) from one address. */
  maxPerAddress: number;
  /** Open connections in all. */
  maxConnections: number;
  /** Connections not (yet) signed in, in all: the rest of `maxConnections` is kept for signed-in devices. */
  guestConnections: number;
  /** Connections not (yet) signed in from one address. */
  guestPerAddress: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveMs: 10_000,
  guestIdleMs: 10_000,
  maxPerAddress: 200,
  maxConnections: 2000,
  // 500 citizens' phones with their status page open (the bench's figure) and room for newcomers.
  guestConnections: 800,
  guestPerAddress: 64,
};

type Stage = 'fresh' | 'idle' | 'busy' | 'live';

interface Connection {
  socket: Socket;
  address: string;
  staff: boolean;
  stage: Stage;
}

interface AddressCounts {
  all: number;
  /** This address's guest connections, by stage and age (the order they make room in). */
  guests: GuestQueue;
}

/** Guest connections by stage, each in order of arrival (the order they make room in). */
class GuestQueue {
  private readonly stages: Record<Stage, Set<Connection>> = {
    fresh: new Set(),
    idle: new Set(),
    busy: new Set(),
    live: new Set(),
  };
  size = 0;

  add(connection: Connection): void {
    this.stages[connection.stage].add(connection);
    this.size++;
  }

  delete(connection: Connection): void {
    if (this.stages[connection.stage].delete(connection)) this.size--;
  }

  move(connection: Connection, stage: Stage): void {
    const had = this.stages[connection.stage].delete(connection);
    connection.stage = stage;
    if (had) this.stages[stage].add(connection);
  }

  /** The guest that makes room for a newcomer. */
  oldest(): Connection | undefined {
    for (const stage of ['fresh', 'idle', 'busy', 'live'] as const) {
      const first = this.stages[stage].values().next();
      if (!first.done) return first.value;
    }
    return undefined;
  }
}

export class ConnectionBudget {
  private readonly bySocket = new WeakMap<Socket, Connection>();
  private readonly perAddress = new Map<string, AddressCounts>();
  private guestCount = 0;
  private total = 0;
  /** Guests closed to make room, for the log and the tests. */
  madeRoom = 0;

  constructor(private readonly limits: ConnectionLimits) {}

  install(server: Server): void {
    // Node's own cap drops sockets without a word: set it past ours, which answers.
    server.maxConnections = this.limits.maxConnections + 64;
    server.headersTimeout = Math.min(this.limits.headersTimeoutMs, this.limits.requestTimeoutMs);
    server.keepAliveTimeout = this.limits.keepAliveMs;
    server.on('connection', (socket: Socket) => this.accept(socket));
    server.on('request', (request: IncomingMessage, response) => {
      const connection = this.bySocket.get(request.socket);
      if (!connection) return;
      this.stage(connection, 'busy');
      response.once('close', () => {
        if (connection.stage === 'busy') this.stage(connection, 'idle');
      });
    });
    // A WebSocket (a citizen's live status page, a screen's event stream) stays open: it makes room last.
    server.on('upgrade', (request: IncomingMessage) => {
      const connection = this.bySocket.get(request.socket);
      if (connection) this.stage(connection, 'live');
    });
  }

  /** A request on `socket` came from a signed-in device: the connection leaves the guests' budget. */
  signedIn(socket: Socket): void {
    const connection = this.bySocket.get(socket);
    if (!connection || connection.staff) return;
    connection.staff = true;
    this.dropGuest(connection);
    socket.setTimeout(0);
  }

  private accept(socket: Socket): void {
    const address = socket.remoteAddress ?? '';
    const counts = this.count(address);
    if (this.total >= this.limits.maxConnections || counts.all >= this.limits.maxPerAddress)
      return this.refuse(socket, 'busy');
    if (counts.guests.size >= this.limits.guestPerAddress) return this.refuse(socket, 'busyHall');
    // Guests full: the address holding the most makes room — unless the newcomer's is that address.
    if (this.guestCount >= this.limits.guestConnections && !this.makeRoomFor(counts))
      return this.refuse(socket, 'busyHall');

    const connection: Connection = { socket, address, staff: false, stage: 'fresh' };
    this.bySocket.set(socket, connection);
    counts.guests.add(connection);
    this.guestCount++;
    counts.all++;
    this.total++;
    // A guest that says nothing is not kept; Node's own timers take over once it sends a request.
    socket.setTimeout(this.limits.guestIdleMs);
    socket.once('close', () => this.release(connection));
  }

  private makeRoomFor(newcomer: AddressCounts): boolean {
    let biggest: AddressCounts | undefined;
    for (const counts of this.perAddress.values())
      if (!biggest || counts.guests.size > biggest.guests.size) biggest = counts;
    if (!biggest || biggest.guests.size <= newcomer.guests.size + 1) return false;
    const oldest = biggest.guests.oldest()!;
    this.dropGuest(oldest);
    this.madeRoom++;
    // One that never sent a whole request is told why; the others were between requests or are being cut short.
    if (oldest.stage === 'fresh' && oldest.socket.writable) {
      oldest.socket.end(rawAnswer('busyHall'));
      setTimeout(() => oldest.socket.destroy(), 1000).unref();
    } else oldest.socket.destroy();
    return true;
  }

  /** The connection no longer counts as a guest (signed in, made room, or closed). */
  private dropGuest(connection: Connection): void {
    const guests = this.count(connection.address).guests;
    const before = guests.size;
    guests.delete(connection);
    if (guests.size < before) this.guestCount--;
  }

  private release(connection: Connection): void {
    const counts = this.count(connection.address);
    counts.all--;
    if (!connection.staff) this.dropGuest(connection);
    if (counts.all <= 0) this.perAddress.delete(connection.address);
    this.total--;
  }

  private stage(connection: Connection, stage: Stage): void {
    if (connection.staff) connection.stage = stage;
    else this.count(connection.address).guests.move(connection, stage);
  }

  private count(address: string) {
    let counts = this.perAddress.get(address);
    if (!counts) this.perAddress.set(address, (counts = { all: 0, guests: new GuestQueue() }));
    return counts;
  }

  private refuse(socket: Socket, kind: 'busy' | 'busyHall'): void {
    socket.end(rawAnswer(kind));
    setTimeout(() => socket.destroy(), 1000).unref();
  }
}
