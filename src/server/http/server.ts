/**
 * The LAN server: one port for the HTTP API, the WebSocket event stream and the screens (the built renderer).
 * Every `/api` route is a row of the endpoint table (src/shared/contract/endpoints.ts), registered from it; each
 * needs a signed-in device, except the few the table marks public (health, browser sign-in, a citizen's status).
 */
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../core';
import { DEFAULT_GUESS_LIMITS, GuessLimits, type GuessLimitOptions } from '../auth/guess-limits';
import { unknownHost } from '../auth/refusals';
import { ENDPOINTS } from '../../shared/contract/endpoints';
import { databaseDamaged } from '../db/quick-check';
import { authenticate, presentedSecret } from './auth';
import { answerBadUpgrade, answerClientError } from './client-errors';
import { ConnectionBudget, DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from './connection-limits';
import type { RouteContext } from './context';
import { answerFrameworkError, installErrorHandlers } from './errors';
import { EventHub } from './event-hub';
import { HostNames } from './host-names';
import { IdempotencyStore } from './idempotency';
import { installJsonBodyParser } from './json-body';
import { registerEndpoints } from './endpoints';
import { assertFromOwnPage, contentSecurityPolicy, isChange } from './request-guards';
import { backupHandlers, type BackupRouteOptions } from './routes/backup';
import { boardHandlers } from './routes/boards';
import { citizenRoutes } from './routes/citizen';
import { deviceHandlers } from './routes/devices';
import { hubLinkHandlers } from './routes/hub-link';
import { peopleHandlers } from './routes/people';
import { printingHandlers } from './routes/printing';
import { procedureHandlers } from './routes/procedures';
import { appointmentHandlers } from './routes/appointments';
import { queueHandlers } from './routes/queue';
import { reportHandlers } from './routes/reports';
import { setupHandlers } from './routes/setup';
import { staffSessionHandlers } from './routes/staff-sessions';
import { bundledVoiceFiles, voiceHandlers } from './routes/voice';

export interface LanServerOptions extends BackupRouteOptions {
  version: string;
  /** Folder of the built renderer (index.html and assets); screens are not served when absent. */
  rendererDir?: string;
  /** Names this host answers to besides loopback, its addresses and its computer name (LUOT_HOST_NAMES). */
  hostNames?: readonly string[];
  /** Wrong secrets allowed before refusing (tests that try many on purpose raise them). */
  guessLimits?: GuessLimitOptions;
  connectionLimits?: Partial<ConnectionLimits>;
}

export interface LanServer {
  app: FastifyInstance;
  hub: EventHub;
  budget: ConnectionBudget;
  limits: ConnectionLimits;
}

function noJsonSchemas(): never {
  throw new Error('Lượt routes validate with zod (src/shared/contract/bodies/), not with JSON schemas');
}

export async function createLanServer(core: Core, options: LanServerOptions): Promise<LanServer> {
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.connectionLimits };
  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    return503OnClosing: true,
    requestTimeout: limits.requestTimeoutMs,
    // Timeouts are checked on this beat (Node's default, 30 s, would let a slow body linger twice as long).
    // A request without Host is refused by the Host check below, in both languages, not by Node's bare 400.
    http: { connectionsCheckingInterval: Math.min(5_000, limits.requestTimeoutMs), requireHostHeader: false },
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
    // Input is parsed with the shared zod schemas, so Fastify's JSON-schema compilers (ajv and
    // fast-json-stringify) are never used; not loading them saves ~60 ms of every start.
    schemaController: { compilersFactory: { buildValidator: noJsonSchemas, buildSerializer: noJsonSchemas } },
    // No HEAD route for every GET route: registering each twice was ≈ a third of find-my-way's work at every
    // start (issue 25, decision 0022). HEAD is answered where something may ask for it: the screens' files and
    // pages (the SPA's route below) and /api/health (monitoring); any other HEAD /api/… is a 404.
    exposeHeadRoutes: false,
  });
  const budget = new ConnectionBudget(limits);
  budget.install(app.server);
  app.decorateRequest('device', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('authRefusal', null);
  app.decorateRequest('sessionId', null);
  installJsonBodyParser(app);
  await app.register(cookie);
  await app.register(websocket, { options: { maxPayload: 16 * 1024 } });
  app.websocketServer.on('wsClientError', answerBadUpgrade);
  const guesses = await GuessLimits.install(app, options.guessLimits ?? DEFAULT_GUESS_LIMITS);
  installErrorHandlers(app, core.db.name, core.check);
  const hostNames = new HostNames(options.hostNames);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    // The one-time sign-in link carries a token in its URL: never leak it to another site.
    reply.header('Referrer-Policy', 'no-referrer');
    // Only the host's own names: a page of another site that got its name to point here (DNS rebinding) and
    // a sign-in link built from a forged Host header are both refused here.
    if (!hostNames.allows(request.headers.host)) throw unknownHost(request.headers.host);
    if (!request.url.startsWith('/api/')) {
      reply.header('Content-Security-Policy', contentSecurityPolicy(request.headers.host!));
      return;
    }
    // A damaged database is served for reading only; a restore (from setup) is the way out.
    if (core.damage && isChange(request) && request.url !== ENDPOINTS.restoreBackup.path)
      throw databaseDamaged(core.damage);
    if (presentedSecret(request)) await guesses.assertMayTry(request);
    if (authenticate(core, request, reply, core.now()) === 'unknown') await guesses.recordWrong(request);
    // A signed-in device's connection leaves the guests' budget: a flood of guests cannot take its place.
    if (request.device) budget.signedIn(request.raw.socket);
    if (request.authVia === 'cookie' && isChange(request)) assertFromOwnPage(request);
  });
  const idempotency = new IdempotencyStore(core.db, core.events);
  if (!core.damage) idempotency.forgetOld();
  const stopPruning = idempotency.pruneEvery(3_600_000);
  // A damaged database is only read (src/server/db/quick-check.ts): nothing more is cleaned in it.
  core.check.onDamage(stopPruning);
  app.addHook('onClose', async () => stopPruning());
  const hub = new EventHub(core, options.version);
  const context: RouteContext = { core, idempotency, version: options.version, hub, guesses };

  hub.register(app);
  registerEndpoints(app, context, {
    ...queueHandlers(context),
    ...setupHandlers(context),
    ...printingHandlers(context),
    ...boardHandlers(context),
    ...deviceHandlers(context),
    ...staffSessionHandlers(context),
    ...peopleHandlers(context),
    ...reportHandlers(context),
    ...procedureHandlers(context),
    ...appointmentHandlers(context),
    ...backupHandlers(context, options),
    ...voiceHandlers(context),
    ...hubLinkHandlers(context),
  });
  citizenRoutes(app, context, options.rendererDir);
  bundledVoiceFiles(app, context);

  if (options.rendererDir && existsSync(options.rendererDir)) {
    // The built renderer's files by path ("index.html", "assets/app-1a2b.js", "status/status.css"), listed once
    // here: one readdir of ~60 names. @fastify/static is only asked to send them: its own listing (glob) and its
    // route per file and method cost ≈ 16 ms of every start (issue 25; decision 0019).
    const files = rendererFiles(options.rendererDir);
    await app.register(fastifyStatic, { root: options.rendererDir, serve: false });
    // A file of the renderer is sent as it is; any other path is a screen at its own URL (/greeter, /counter/3,
    // /display …): all are the one React app. Source maps would hand out the screens' source: production builds
    // make none, and none is served.
    app.get('/*', { exposeHeadRoute: true }, (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      const path = (request.params as { '*': string })['*'];
      const file = files.get(path);
      if (file === undefined) return reply.sendFile('index.html');
      if (file.endsWith('.map')) return reply.callNotFound();
      return reply.sendFile(file);
    });
  }
  return { app, hub, budget, limits };
}

/**
 * What the renderer's folder serves, by the path after "/": each file by its own path, and each folder holding an
 * index.html by its path with a trailing slash ("" for the root, "status/") — as @fastify/static's listing did
 * (dotfiles left out). Walked by hand with plain readdirSync: the Electron shell reads this folder inside app.asar.
 */
export function rendererFiles(dir: string, folder = '', files = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = `${folder}${entry.name}`;
    if (entry.isDirectory()) rendererFiles(dir, `${path}/`, files);
    else if (entry.isFile()) {
      files.set(path, path);
      if (entry.name === 'index.html' && !files.has(folder)) files.set(folder, path);
    }
  }
  return files;
}
