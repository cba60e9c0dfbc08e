/**
 * `WS /api/events`: pushes every committed change to every connected screen. Each message is a JSON array of
 * the events of one commit, in order (usually one; several when counters act at the same moment). It is
 * serialised once and the same bytes go to each socket; a screen that stops reading is dropped rather than
 * buffered forever.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { LuotEvent, PrintOutcome } from '../../shared/events';
import { ENDPOINTS } from '../../shared/contract/endpoints';
import { isPublicRole, publicEvent } from '../../shared/contract/privacy';
import { forbidden, LuotError } from '../../shared/errors';
import type { Core } from '../core';
import { requireRole } from './auth';
import { DisplaySounds } from './display-sounds';

const HEARTBEAT_MS = 30_000;

const upgradeRequired = () =>
  new LuotError(426, 'WEBSOCKET_ONLY', {
    vi: 'Địa chỉ này là kết nối trực tiếp (WebSocket) của các màn hình Lượt, không mở bằng trình duyệt được.',
    en: "This address is the Lượt screens' live connection (WebSocket); it cannot be opened as a page.",
  });
/** A screen this far behind is not reading; it will reconnect and fetch a fresh snapshot. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

interface Client {
  socket: WebSocket;
  deviceId: number;
  /** The browser session it was opened with (null: a device key). */
  sessionId: number | null;
  alive: boolean;
  /** A public screen (the wall display) gets events without private details (src/shared/contract/privacy.ts). */
  public: boolean;
  /** The point of a rating device: its counter is told when the citizen's screen comes and goes. */
  ratingPoint: number | null;
}

export class EventHub {
  private readonly clients = new Set<Client>();
  /** Sockets of rating devices, per point (a device may have two tabs open; it is away when none is left). */
  private readonly ratingSockets = new Map<number, number>();
  private heartbeat: NodeJS.Timeout | undefined;
  /** Each wall display's sound while it is connected. */
  readonly sounds: DisplaySounds;

  constructor(
    private readonly core: Core,
    private readonly version: string,
  ) {
    this.sounds = new DisplaySounds(core);
    core.events.subscribe((events) => this.broadcast(events));
  }

  register(app: FastifyInstance): void {
    app.route({
      method: 'GET',
      url: ENDPOINTS.events.path,
      preHandler: [requireRole(...ENDPOINTS.events.roles), sameOriginForCookies],
      // A plain GET (no upgrade) is told what this address is, in both languages, instead of a bare 404.
      handler: async (_request, reply) => {
        reply.header('Upgrade', 'websocket');
        throw upgradeRequired();
      },
      wsHandler: (socket: WebSocket, request: FastifyRequest) => this.accept(socket, request),
    });
    this.heartbeat = setInterval(() => this.checkAlive(), HEARTBEAT_MS);
    this.heartbeat.unref();
    app.addHook('onClose', async () => {
      clearInterval(this.heartbeat);
      for (const client of this.clients) client.socket.close(1001, 'server shutting down');
    });
  }

  get size(): number {
    return this.clients.size;
  }

  /** Whether a rating device of the point is connected now. */
  ratingDeviceOnline(servicePointId: number): boolean {
    return (this.ratingSockets.get(servicePointId) ?? 0) > 0;
  }

  /** Whether a device has a live connection now. */
  deviceConnected(deviceId: number): boolean {
    for (const client of this.clients) if (client.deviceId === deviceId) return true;
    return false;
  }

  /** Closes the sockets of a device whose token was revoked. */
  disconnectDevice(deviceId: number): void {
    for (const client of this.clients) if (client.deviceId === deviceId) client.socket.close(4401, 'revoked');
  }

  /** Closes the sockets of a browser session that signed out (the device's other sessions keep theirs). */
  disconnectSession(sessionId: number): void {
    for (const client of this.clients) if (client.sessionId === sessionId) client.socket.close(4401, 'signed out');
  }

  private accept(socket: WebSocket, request: FastifyRequest): void {
    const device = request.device!;
    const client: Client = {
      socket,
      deviceId: device.id,
      sessionId: request.sessionId ?? null,
      alive: true,
      public: isPublicRole(device.role),
      ratingPoint: device.role === 'rating' ? device.servicePointId : null,
    };
    this.clients.add(client);
    socket.on('pong', () => (client.alive = true));
    socket.on('close', () => this.drop(client));
    socket.on('error', () => this.drop(client));
    const hello: LuotEvent = {
      kind: 'hello',
      at: Date.now(),
      version: this.version,
      role: device.role,
      lastEventId: this.core.log.lastEventId(),
      serviceDay: this.core.engine.today(),
    };
    socket.send(JSON.stringify([hello]));
    if (client.ratingPoint !== null) this.countRatingSocket(client.ratingPoint, +1);
  }

  private drop(client: Client): void {
    if (!this.clients.delete(client)) return;
    if (client.ratingPoint !== null) this.countRatingSocket(client.ratingPoint, -1);
    if (!this.deviceConnected(client.deviceId)) this.sounds.disconnected(client.deviceId);
  }

  /** Counts a rating device's socket in or out; tells every screen when its point's device comes or goes. */
  private countRatingSocket(servicePointId: number, change: 1 | -1): void {
    const before = this.ratingSockets.get(servicePointId) ?? 0;
    const after = Math.max(0, before + change);
    if (after === 0) this.ratingSockets.delete(servicePointId);
    else this.ratingSockets.set(servicePointId, after);
    if ((before === 0) !== (after === 0))
      this.core.events.emit({ kind: 'ratingDevice', at: this.core.now(), servicePointId, online: after > 0 });
  }

  private broadcast(events: LuotEvent[]): void {
    if (this.clients.size === 0) return;
    const full = Buffer.from(JSON.stringify(events));
    // Serialised once per audience, not once per socket.
    let publicBytes: Buffer | null | undefined;
    const forPublic = () => {
      if (publicBytes !== undefined) return publicBytes;
      const shown = events.map(publicEvent).filter((e): e is LuotEvent => e !== null);
      return (publicBytes = shown.length > 0 ? Buffer.from(JSON.stringify(shown)) : null);
    };
    // A public screen hears of no print but its own (the kiosk says when its ticket did not print).
    const prints = events.filter((e): e is PrintOutcome => e.kind === 'print' && e.deviceId != null);
    const ownPrints = (deviceId: number) => {
      const own = prints.filter((e) => e.deviceId === deviceId);
      return own.length > 0 ? Buffer.from(JSON.stringify(own)) : null;
    };
    for (const client of this.clients) {
      const own = client.public && prints.length > 0 ? ownPrints(client.deviceId) : null;
      if (own && client.socket.readyState === client.socket.OPEN) client.socket.send(own, { binary: false });
      const bytes = client.public ? forPublic() : full;
      if (bytes === null) continue;
      if (client.socket.readyState !== client.socket.OPEN) continue;
      if (client.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        client.socket.terminate();
        continue;
      }
      client.socket.send(bytes, { binary: false });
    }
  }

  private checkAlive(): void {
    for (const client of this.clients) {
      if (!client.alive) {
        client.socket.terminate();
        continue;
      }
      client.alive = false;
      client.socket.ping();
    }
  }
}

/**
 * A browser sends cookies with a WebSocket upgrade from any page, so a cookie-authenticated upgrade must come
 * from our own origin (cross-site WebSocket hijacking). Bearer tokens cannot be sent by a foreign page.
 */
async function sameOriginForCookies(request: FastifyRequest): Promise<void> {
  if (request.authVia !== 'cookie') return;
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw forbidden();
  }
  if (host !== request.headers.host) throw forbidden();
}
