/**
 * `WS /api/status/:ref/live`: the citizen's status page, live. Each socket belongs to one case and receives only
 * that case's status — now, then whenever it changes (called, recalled, transferred, people ahead, the wait) —
 * never anything about another ticket. Changes are gathered per turn of the event loop, after the screens' own
 * broadcast (src/server/http/event-hub.ts), and each line of the queue is ordered once for all the pages in it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { CitizenStatus, StatusLinkProblem } from '../../shared/citizen-status';
import { ENDPOINTS } from '../../shared/contract/endpoints';
import type { Ticket } from '../../shared/domain';
import type { LuotEvent } from '../../shared/events';
import type { Core } from '../core';
import type { GuessLimit } from './guess-limit';

/** What a status page receives: its status, why its link does not open, or a beat that says the line is alive. */
export type StatusMessage = { status: CitizenStatus } | { problem: StatusLinkProblem } | { beat: number };

/** The page reconnects when it has heard nothing for twice this long (a Wi-Fi drop the phone did not notice). */
export const BEAT_MS = 20_000;
/** Sockets at most, all pages together: a hall holds a few hundred people. */
const MAX_CLIENTS = 5000;
const MAX_BUFFERED_BYTES = 256 * 1024;
/** Pages brought up to date per turn of the event loop. */
const SLICE = 25;
/** How long pages whose line moved wait to be told, gathering a burst of calls into one pass. */
export const LINES_DELAY_MS = 300;
/** Close codes a page reads: a link that will never open needs no reconnecting. */
export const CLOSE_UNKNOWN = 4404;
export const CLOSE_EXPIRED = 4410;

interface StatusClient {
  socket: WebSocket;
  caseId: number;
  ticket: Ticket;
  /** The last status sent, without its time, so an unchanged status is not sent again. */
  lastSent: string;
  alive: boolean;
}

export class StatusHub {
  private readonly byCase = new Map<number, Set<StatusClient>>();
  private clients = 0;
  private heartbeat: NodeJS.Timeout | undefined;
  private ownScheduled = false;
  private linesScheduled = false;
  private everything = false;
  private readonly touchedCases = new Map<number, Ticket>();
  private readonly touchedServices = new Set<number>();

  constructor(
    private readonly core: Core,
    private readonly guesses: GuessLimit,
  ) {
    core.events.subscribe((events) => this.heard(events));
  }

  get size(): number {
    return this.clients;
  }

  register(app: FastifyInstance): void {
    app.get<{ Params: { ref: string } }>(ENDPOINTS.citizenStatusLive.path, { websocket: true }, (socket, request) =>
      this.accept(socket, request),
    );
    this.heartbeat = setInterval(() => this.beat(), BEAT_MS);
    this.heartbeat.unref();
    app.addHook('onClose', async () => {
      clearInterval(this.heartbeat);
      for (const set of this.byCase.values())
        for (const client of set) client.socket.close(1001, 'server shutting down');
    });
  }

  private accept(socket: WebSocket, request: FastifyRequest<{ Params: { ref: string } }>): void {
    const reader = this.core.citizen.status;
    try {
      this.guesses.check(request.ip);
    } catch {
      socket.close(1013, 'too many wrong links');
      return;
    }
    const found = reader.lookup(request.params.ref);
    if ('problem' in found) {
      if (found.problem === 'unknown') this.guesses.miss(request.ip);
      socket.send(JSON.stringify({ problem: found.problem } satisfies StatusMessage));
      socket.close(found.problem === 'unknown' ? CLOSE_UNKNOWN : CLOSE_EXPIRED);
      return;
    }
    if (this.clients >= MAX_CLIENTS) {
      socket.close(1013, 'busy');
      return;
    }
    const client: StatusClient = { socket, caseId: found.caseId, ticket: found.ticket, lastSent: '', alive: true };
    let set = this.byCase.get(client.caseId);
    if (!set) this.byCase.set(client.caseId, (set = new Set()));
    set.add(client);
    this.clients++;
    const forget = () => {
      if (!set.delete(client)) return;
      this.clients--;
      if (set.size === 0) this.byCase.delete(client.caseId);
    };
    socket.on('close', forget);
    socket.on('error', forget);
    socket.on('pong', () => (client.alive = true));
    reader.beginBatch();
    this.send(client);
  }

  /**
   * Notes what a commit touched. A page whose own ticket changed (called, recalled, transferred, done) is told at
   * once; pages whose line merely moved (one fewer ahead) are brought up to date together a moment later, so a
   * burst of calls costs one pass over the hall instead of one per call, and never delays the counters.
   */
  private heard(events: LuotEvent[]): void {
    if (this.clients === 0) return;
    for (const event of events) {
      switch (event.kind) {
        case 'ticket': {
          const { ticket } = event;
          if (this.byCase.has(ticket.caseId)) this.touchedCases.set(ticket.caseId, ticket);
          this.touchedServices.add(ticket.serviceId);
          if (event.from) this.touchedServices.add(event.from.serviceId);
          for (const serviceId of Object.keys(event.waiting)) this.touchedServices.add(Number(serviceId));
          // A call moves the point's streak and makes it busy: the order of each line it calls from may change.
          if (ticket.servicePointId !== null) this.touchPoint(ticket.servicePointId);
          break;
        }
        case 'servicePoint':
          this.touchPoint(event.servicePoint.id);
          break;
        case 'setup':
        case 'day':
          this.everything = true;
          break;
        default:
          break;
      }
    }
    if (this.touchedCases.size > 0 && !this.ownScheduled) {
      this.ownScheduled = true;
      setImmediate(() => this.flushOwn());
    }
    if ((this.touchedServices.size > 0 || this.everything) && !this.linesScheduled) {
      this.linesScheduled = true;
      setTimeout(() => this.flushLines(), LINES_DELAY_MS).unref();
    }
  }

  private touchPoint(servicePointId: number): void {
    const point = this.core.setup.servicePoints().find((p) => p.id === servicePointId);
    for (const serviceId of point?.serviceIds ?? []) this.touchedServices.add(serviceId);
  }

  /** Pages whose own ticket changed. */
  private flushOwn(): void {
    this.ownScheduled = false;
    const clients: StatusClient[] = [];
    for (const [caseId, ticket] of this.touchedCases)
      for (const client of this.byCase.get(caseId) ?? []) {
        client.ticket = ticket;
        clients.push(client);
      }
    this.touchedCases.clear();
    this.sendInSlices(clients);
  }

  /** Pages in lines that moved (or all, after a setup change or at the day's end). */
  private flushLines(): void {
    this.linesScheduled = false;
    const everything = this.everything;
    const services = new Set(this.touchedServices);
    this.everything = false;
    this.touchedServices.clear();
    const clients: StatusClient[] = [];
    for (const set of this.byCase.values())
      for (const client of set) {
        const inTouchedLine =
          client.ticket.status === 'waiting' &&
          (services.has(client.ticket.serviceId) || client.ticket.targetServicePointId !== null);
        if (everything || inTouchedLine) clients.push(client);
      }
    this.sendInSlices(clients);
  }

  /**
   * Sends in slices, yielding between them, so a counter's next call is never kept waiting behind a hall full of
   * pages. The lines are read once per pass: a change committed meanwhile schedules another pass of its own.
   */
  private sendInSlices(clients: StatusClient[], from = 0): void {
    if (from === 0) this.core.citizen.status.beginBatch();
    const end = Math.min(clients.length, from + SLICE);
    for (let i = from; i < end; i++) this.send(clients[i]!);
    if (end < clients.length) setImmediate(() => this.sendInSlices(clients, end));
  }

  private send(client: StatusClient): void {
    const { socket } = client;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.terminate();
      return;
    }
    const reader = this.core.citizen.status;
    if (reader.expired(client.ticket)) {
      socket.send(JSON.stringify({ problem: 'expired' } satisfies StatusMessage));
      socket.close(CLOSE_EXPIRED);
      return;
    }
    const status = reader.statusOf(client.ticket);
    const unchanged = JSON.stringify({ ...status, at: 0 });
    if (unchanged === client.lastSent) return;
    client.lastSent = unchanged;
    socket.send(JSON.stringify({ status } satisfies StatusMessage));
  }

  /** Pings drop sockets that died silently; the beat tells the page the line is alive (browsers hide pings). */
  private beat(): void {
    const message = JSON.stringify({ beat: Date.now() } satisfies StatusMessage);
    for (const set of this.byCase.values()) {
      for (const client of set) {
        if (!client.alive) {
          client.socket.terminate();
          continue;
        }
        client.alive = false;
        client.socket.ping();
        if (client.socket.readyState === client.socket.OPEN) client.socket.send(message);
      }
    }
  }
}
