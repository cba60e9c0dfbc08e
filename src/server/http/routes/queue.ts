/** Issuing, calling and finishing tickets; the queue snapshot. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServicePointToday } from '../../../shared/api';
import type { DeviceRole } from '../../../shared/domain';
import { badRequest } from '../../../shared/errors';
import {
  cancelInput,
  idParam,
  issueTicketInput,
  pauseInput,
  pointActionInput,
  resolveInput,
  transferInput,
} from '../../../shared/schemas';
import { queueSnapshot } from '../../queue/queue-snapshot';
import type { Actor } from '../../queue/queue-engine';
import { actingPoint, requireRole } from '../auth';
import type { Answer } from '../idempotency';
import { parse } from '../parse';
import type { RouteContext } from '../context';

const ok = (body: unknown): Answer => ({ status: 200, body });

export function queueRoutes(app: FastifyInstance, { core, idempotency }: RouteContext): void {
  const { engine, setup } = core;
  const anyone = requireRole('admin', 'greeter', 'counter', 'display');

  /** A state-changing POST: role-checked, idempotent by key, answered with what the action returned. */
  function action(path: string, roles: DeviceRole[], run: (request: FastifyRequest, actor: Actor) => Answer) {
    app.post(path, { preHandler: requireRole(...roles) }, async (request: FastifyRequest, reply: FastifyReply) => {
      const device = request.device!;
      const key = request.headers['idempotency-key'];
      const answer = await core.events.runGrouped(() =>
        idempotency.run(device.id, typeof key === 'string' ? key : undefined, `POST ${request.url}`, () =>
          run(request, { deviceId: device.id }),
        ),
      );
      reply.code(answer.status);
      return answer.status === 204 ? reply.send() : answer.body;
    });
  }

  const ticketId = (request: FastifyRequest) => parse(idParam, request.params).id;

  app.get('/api/queue', { preHandler: anyone }, async () => queueSnapshot(engine, setup));

  app.get('/api/service-points/:id/today', { preHandler: anyone }, async (request): Promise<ServicePointToday> => {
    const point = setup.servicePoint(parse(idParam, request.params).id);
    const serviceDay = engine.today();
    const row = engine.tickets.pointToday(point.id, serviceDay);
    return {
      serviceDay,
      called: row.called,
      resolved: row.resolved,
      noShow: row.noShow,
      transferred: row.transferred,
      avgServiceSeconds: row.avgServiceMs === null ? null : Math.round(row.avgServiceMs / 1000),
    };
  });

  app.get('/api/tickets/:id', { preHandler: anyone }, async (request) => {
    const ticket = engine.getTicket(ticketId(request));
    return { ticket, history: engine.tickets.caseHistory(ticket.caseId) };
  });

  action('/api/tickets', ['admin', 'greeter'], (request, actor) => {
    const input = parse(issueTicketInput, request.body ?? {});
    if (input.procedureId !== undefined) core.procedures.get(input.procedureId); // PROCEDURE_NOT_FOUND, in words
    const { ticket } = engine.issue(input, actor);
    // Queued, never awaited: the print starts after this commit, and a printer fault cannot undo the ticket.
    const print = core.printing.printTicket(ticket, { deviceId: actor.deviceId, reprint: false });
    return { status: 201, body: { ticket, print } };
  });

  action('/api/service-points/:id/call-next', ['admin', 'counter'], (request, actor) => {
    const point = actingPoint(request.device!, parse(idParam, request.params).id)!;
    const input = parse(pointActionInput, request.body ?? {});
    const called = engine.callNext(point, { ...actor, staffId: input.staffId ?? null });
    return called ? ok({ ticket: called.ticket }) : { status: 204, body: null };
  });

  action('/api/service-points/:id/pause', ['admin', 'counter'], (request, actor) => {
    const point = actingPoint(request.device!, parse(idParam, request.params).id)!;
    return ok({ servicePoint: engine.pause(point, parse(pauseInput, request.body ?? {}).reason, actor).servicePoint });
  });

  action('/api/service-points/:id/resume', ['admin', 'counter'], (request, actor) => {
    const point = actingPoint(request.device!, parse(idParam, request.params).id)!;
    return ok({ servicePoint: engine.resume(point, actor).servicePoint });
  });

  action('/api/tickets/:id/call', ['admin', 'counter'], (request, actor) => {
    const input = parse(pointActionInput, request.body ?? {});
    const point = actingPoint(request.device!, input.servicePointId);
    if (point === null)
      throw badRequest('SERVICE_POINT_REQUIRED', {
        vi: 'Hãy cho biết quầy/bàn gọi số (servicePointId).',
        en: 'Say which service point calls (servicePointId).',
      });
    return ok({ ticket: engine.call(ticketId(request), point, { ...actor, staffId: input.staffId ?? null }).ticket });
  });

  const stepAt = (step: 'recall' | 'noShow' | 'start') => (request: FastifyRequest, actor: Actor) => {
    const input = parse(pointActionInput, request.body ?? {});
    const point = actingPoint(request.device!, input.servicePointId);
    return ok({ ticket: engine[step](ticketId(request), point, actor).ticket });
  };
  action('/api/tickets/:id/recall', ['admin', 'counter'], stepAt('recall'));
  action('/api/tickets/:id/no-show', ['admin', 'counter'], stepAt('noShow'));
  action('/api/tickets/:id/start', ['admin', 'counter'], stepAt('start'));

  action('/api/tickets/:id/resolve', ['admin', 'counter'], (request, actor) => {
    const input = parse(resolveInput, request.body ?? {});
    const point = actingPoint(request.device!, input.servicePointId);
    return ok({ ticket: engine.resolve(ticketId(request), point, input, actor).ticket });
  });

  action('/api/tickets/:id/transfer', ['admin', 'counter', 'greeter'], (request, actor) => {
    const input = parse(transferInput, request.body ?? {});
    const point = request.device!.role === 'greeter' ? null : actingPoint(request.device!, input.servicePointId);
    const moved = engine.transfer(ticketId(request), point, input, actor, request.device!.role === 'greeter');
    return ok({ ticket: moved.ticket, from: moved.from });
  });

  action('/api/tickets/:id/cancel', ['admin', 'counter', 'greeter'], (request, actor) => {
    const input = parse(cancelInput, request.body ?? {});
    const point = request.device!.role === 'greeter' ? null : actingPoint(request.device!, input.servicePointId);
    return ok({
      ticket: engine.cancel(ticketId(request), point, input, actor, request.device!.role === 'greeter').ticket,
    });
  });
}
