/**
 * The LAN server: one port for the HTTP API, the WebSocket event stream and the screens (the built renderer).
 * Every `/api` route needs a device token, except health and browser sign-in.
 */
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import type { Core } from '../core';
import { authenticate } from './auth';
import type { RouteContext } from './context';
import { installErrorHandlers } from './errors';
import { EventHub } from './event-hub';
import { IdempotencyStore } from './idempotency';
import { deviceRoutes } from './routes/devices';
import { printingRoutes } from './routes/printing';
import { queueRoutes } from './routes/queue';
import { reportRoutes } from './routes/reports';
import { setupRoutes } from './routes/setup';
import { voiceRoutes } from './routes/voice';

export interface LanServerOptions {
  version: string;
  /** Folder of the built renderer (index.html and assets); screens are not served when absent. */
  rendererDir?: string;
}

export interface LanServer {
  app: FastifyInstance;
  hub: EventHub;
}

const CSP = [
  "default-src 'self'",
  "connect-src 'self' ws: wss:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

function noJsonSchemas(): never {
  throw new Error('Lượt routes validate with zod (src/shared/schemas.ts), not with JSON schemas');
}

export async function createLanServer(core: Core, options: LanServerOptions): Promise<LanServer> {
  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    return503OnClosing: true,
    // Input is parsed with the shared zod schemas, so Fastify's JSON-schema compilers (ajv and
    // fast-json-stringify) are never used; not loading them saves ~60 ms of every start.
    schemaController: { compilersFactory: { buildValidator: noJsonSchemas, buildSerializer: noJsonSchemas } },
  });
  app.decorateRequest('device', null);
  app.decorateRequest('authVia', null);
  await app.register(cookie);
  await app.register(websocket, { options: { maxPayload: 16 * 1024 } });
  installErrorHandlers(app);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    // The one-time sign-in link carries a token in its URL: never leak it to another site.
    reply.header('Referrer-Policy', 'no-referrer');
    if (request.url.startsWith('/api/')) authenticate(core.devices, request);
    else reply.header('Content-Security-Policy', CSP);
  });

  const idempotency = new IdempotencyStore(core.db, core.events);
  idempotency.forgetOld();
  const hub = new EventHub(core, options.version);
  const context: RouteContext = { core, idempotency, version: options.version, hub };

  app.get('/api/health', async () => ({ ok: true, version: options.version }));
  hub.register(app);
  queueRoutes(app, context);
  setupRoutes(app, context);
  deviceRoutes(app, context);
  reportRoutes(app, context);
  printingRoutes(app, context);
  voiceRoutes(app, context);

  if (options.rendererDir && existsSync(options.rendererDir)) {
    await app.register(fastifyStatic, { root: options.rendererDir, wildcard: false });
    // Screens open at their own URL (/greeter, /counter/3, /display …): all are the one React app.
    app.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  }
  return { app, hub };
}
