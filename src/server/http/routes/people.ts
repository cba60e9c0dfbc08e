/**
 * The people behind the figures, kept by the team lead and the points: the volunteers' duty roster (filled by
 * sign-ins, corrected by hand), field visits, and difficulties noted from a counter or help desk.
 */
import type { FastifyInstance } from 'fastify';
import type { Difficulty, FieldVisit, RosterEntry } from '../../../shared/people';
import {
  difficultyInput,
  difficultyQuery,
  fieldVisitInput,
  rosterEntryInput,
  rosterQuery,
} from '../../../shared/report-schemas';
import { idParam } from '../../../shared/schemas';
import { Difficulties, FieldVisits } from '../../staff/field-notes';
import { Roster } from '../../staff/roster';
import { actingPoint, requireRole } from '../auth';
import { parse } from '../parse';
import type { RouteContext } from '../context';

export function peopleRoutes(app: FastifyInstance, { core }: RouteContext): void {
  const roster = new Roster(core.db);
  const visits = new FieldVisits(core.db);
  const difficulties = new Difficulties(core.db);
  const leads = requireRole('admin', 'reports');

  app.get('/api/roster', { preHandler: leads }, async (request): Promise<RosterEntry[]> =>
    roster.list(parse(rosterQuery, request.query), core.now()),
  );

  app.post('/api/roster', { preHandler: leads }, async (request, reply) => {
    roster.correct(parse(rosterEntryInput, request.body ?? {}), core.now(), request.device!.id);
    return reply.code(204).send();
  });

  app.get('/api/field-visits', { preHandler: leads }, async (request): Promise<FieldVisit[]> =>
    visits.list(parse(rosterQuery, request.query)),
  );

  app.post('/api/field-visits', { preHandler: leads }, async (request, reply): Promise<FieldVisit> => {
    const created = visits.create(parse(fieldVisitInput, request.body ?? {}), core.now());
    reply.code(201);
    return created;
  });

  app.patch('/api/field-visits/:id', { preHandler: leads }, async (request): Promise<FieldVisit> =>
    visits.update(parse(idParam, request.params).id, parse(fieldVisitInput, request.body ?? {}), core.now()),
  );

  app.delete('/api/field-visits/:id', { preHandler: leads }, async (request, reply) => {
    visits.withdraw(parse(idParam, request.params).id, core.now());
    return reply.code(204).send();
  });

  app.get('/api/difficulties', { preHandler: leads }, async (request): Promise<Difficulty[]> =>
    difficulties.list(parse(difficultyQuery, request.query)),
  );

  /** A note from a counter or help desk (its own point; the person signed in there is recorded too). */
  app.post(
    '/api/difficulties',
    { preHandler: requireRole('admin', 'counter', 'greeter', 'reports') },
    async (request, reply): Promise<Difficulty> => {
      const input = parse(difficultyInput, request.body ?? {});
      const device = request.device!;
      const pointId =
        device.role === 'counter' ? actingPoint(device, input.servicePointId) : (input.servicePointId ?? null);
      const point = pointId === null ? null : core.setup.servicePoint(pointId);
      const note = difficulties.add(
        { text: input.text, ...(point ? { servicePointId: point.id } : {}), staffId: point?.staffId ?? null },
        core.now(),
        device.id,
      );
      reply.code(201);
      return note;
    },
  );

  app.delete('/api/difficulties/:id', { preHandler: leads }, async (request, reply) => {
    difficulties.withdraw(parse(idParam, request.params).id, core.now());
    return reply.code(204).send();
  });
}
