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
import type { Device } from '../../shared/domain';
import type { Actor } from '../events/event-log';
import { requireRole } from './auth';
import type { RouteContext } from './context';
import { requestFingerprint } from './idempotency';
import { parse } from './parse';

type Def<N extends RequestEndpointName> = (typeof ENDPOINTS)[N];

export interface HandlerContext<N extends RequestEndpointName> {
  /** The signed-in device (null only on public endpoints). */
  device: Def<N>['roles'] extends 'public' ? Device | null : Device;
  /** Who acts, for the event log. */
  actor: Actor;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** A handler answers its endpoint's declared type; `null` is sent as 204. Queue steps answer synchronously. */
export type Handler<N extends RequestEndpointName> =
  Def<N> extends { idempotent: true }
    ? (input: EndpointParsed<N>, context: HandlerContext<N>) => EndpointAnswer<N>
    : (input: EndpointParsed<N>, context: HandlerContext<N>) => EndpointAnswer<N> | Promise<EndpointAnswer<N>>;

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
      preHandler: def.roles === 'public' ? [] : [requireRole(...def.roles)],
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
        return answer;
      },
    });
  }
}
