/**
 * Registers the routes of the endpoint table (src/shared/contract/endpoints.ts): each request is role-checked,
 * its path, query and body parsed as one input with the endpoint's schema, and answered with what its handler
 * returns — the declared answer type, checked by the compiler. Queue steps (`idempotent`) commit together with
 * the other steps of the same moment and answer a resend with the same Idempotency-Key from the record.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ENDPOINTS,
  type Endpoint,
  type EndpointAnswer,
  type EndpointParsed,
  type RequestEndpointName,
} from '../../shared/contract/endpoints';
import type { FileAnswer } from '../../shared/api';
import type { Device } from '../../shared/domain';
import type { Actor } from '../events/event-log';
import { CONTENT_TYPE } from '../reports/job-types';
import { requireRole } from './auth';
import type { RouteContext } from './context';
import { requestFingerprint } from './idempotency';
import { parse } from './parse';
import { assertNotFromOtherSite } from './request-guards';

type Def<N extends RequestEndpointName> = (typeof ENDPOINTS)[N];

export interface HandlerContext<N extends RequestEndpointName> {
  /** The signed-in device (null only on public endpoints). */
  device: Def<N>['roles'] extends 'public' ? Device | null : Device;
  /** Who acts, for the event log. */
  actor: Actor;
  request: FastifyRequest;
  reply: FastifyReply;
}

/**
 * An answer already written as JSON elsewhere — the report worker's, so a year's figures are not parsed and written
 * again on the queue's thread — sent as it is. It stands for the answer type it encodes.
 */
export class JsonText<A> {
  declare private readonly encodes?: A;
  constructor(readonly text: string) {}
}

/**
 * A handler answers its endpoint's declared type (or that answer as `JsonText`); `null` is sent as 204. Queue
 * steps answer synchronously.
 */
export type Handler<N extends RequestEndpointName> =
  Def<N> extends { idempotent: true }
    ? (input: EndpointParsed<N>, context: HandlerContext<N>) => EndpointAnswer<N>
    : (input: EndpointParsed<N>, context: HandlerContext<N>) => Answered<N> | Promise<Answered<N>>;
type Answered<N extends RequestEndpointName> = EndpointAnswer<N> | JsonText<EndpointAnswer<N>>;

export type Handlers<N extends RequestEndpointName = RequestEndpointName> = { [K in N]: Handler<K> };

const asObject = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export function registerEndpoints<N extends RequestEndpointName>(
  app: FastifyInstance,
  { core, idempotency }: RouteContext,
  handlers: Handlers<N>,
): void {
  for (const name of Object.keys(handlers) as N[]) {
    const def: Endpoint = ENDPOINTS[name];
    const handler = handlers[name] as (input: unknown, context: HandlerContext<N>) => unknown;
    app.route({
      method: def.method,
      url: def.path,
      ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
      // The one API route answering HEAD too (Fastify adds none by itself here: server.ts): what a monitor asks.
      ...(name === 'health' ? { exposeHeadRoute: true } : {}),
      // A change anyone may ask for (signing in) must still not come from another site's page: login CSRF.
      // (Signed-in changes by cookie are checked for their origin before any route: server.ts.)
      preHandler: def.roles !== 'public' ? [requireRole(...def.roles)] : def.method === 'GET' ? [] : [notFromOtherSite],
      handler: async (request, reply) => {
        const body = asObject(request.body);
        // Path parameters win over anything the body says about them.
        const input = parse(def.input, { ...asObject(request.query), ...body, ...asObject(request.params) });
        const device = request.device;
        const context = { device, actor: { deviceId: device?.id ?? null }, request, reply } as HandlerContext<N>;
        let status: number;
        let answer: unknown;
        if (def.idempotent) {
          const key = request.headers['idempotency-key'];
          const stored = await core.events.runGrouped(() =>
            idempotency.run(
              device!.id,
              typeof key === 'string' ? key : undefined,
              requestFingerprint(`${def.method} ${request.url}`, body),
              () => {
                const result = handler(input, context);
                return { status: result === null ? 204 : (def.status ?? 200), body: result };
              },
            ),
          );
          ({ status, body: answer } = stored);
        } else {
          answer = await handler(input, context);
          status = answer === null ? 204 : (def.status ?? 200);
        }
        reply.code(status);
        if (status === 204) return reply.send();
        // A picture of the queue as it is now: never from a cache.
        if (def.png) return reply.type('image/png').header('Cache-Control', 'no-store').send(answer);
        if (def.download) return sendFile(reply, answer as FileAnswer);
        if (def.media) return sendFile(reply.header('Cache-Control', CACHED_FOR_GOOD), answer as FileAnswer);
        if (answer instanceof JsonText) return reply.type(CONTENT_TYPE.json).send(answer.text);
        return answer;
      },
    });
  }
}

/** For bytes that never change behind their address (a recording by id, a bundled voice file). */
export const CACHED_FOR_GOOD = 'public, max-age=31536000, immutable';

async function notFromOtherSite(request: FastifyRequest): Promise<void> {
  assertNotFromOtherSite(request);
}

function sendFile(reply: FastifyReply, file: FileAnswer): FastifyReply {
  reply.type(file.contentType);
  if (file.fileName) reply.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
  const { body } = file;
  // Bytes from the report worker arrive as a plain Uint8Array, which Fastify would send as JSON.
  return reply.send(
    typeof body === 'string' || Buffer.isBuffer(body)
      ? body
      : Buffer.from(body.buffer, body.byteOffset, body.byteLength),
  );
}
