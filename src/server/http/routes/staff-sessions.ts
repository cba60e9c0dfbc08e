/**
 * Staff sign-in at a counter or help desk: who may sign in, who is signed in at a point, sign in (a PIN or a tap
 * on one's name), sign out; and, for an admin, setting a person's PIN. A sign-in makes the person the point's
 * staff, so every call is recorded as theirs; screens hear it as a `servicePoints` setup change.
 */
import type { FastifyInstance } from 'fastify';
import { DEVICE_ROLES } from '../../../shared/domain';
import type { PointStaff, SignInChoice } from '../../../shared/people';
import { staffPinInput, staffSignInInput } from '../../../shared/report-schemas';
import { idParam } from '../../../shared/schemas';
import { StaffDesk } from '../../staff/staff-desk';
import { actingPoint, requireRole } from '../auth';
import { parse } from '../parse';
import type { RouteContext } from '../context';

export function staffSessionRoutes(app: FastifyInstance, { core }: RouteContext): void {
  const desk = new StaffDesk(core.db, core.setup, core.now);
  const points = requireRole('admin', 'counter');
  /** Who serves at a point is part of the point: screens refetch it, and the audit trail says who changed it. */
  const changed = <T>(pointId: number, deviceId: number, change: () => T): T =>
    core.events.run(() => {
      const result = change();
      core.log.setup('servicePoints', 'updated', pointId, { deviceId }, ['staffId']);
      return result;
    });
  const pointOf = (request: { device: Parameters<typeof actingPoint>[0] | null; params: unknown }) =>
    actingPoint(request.device!, parse(idParam, request.params).id)!;

  app.get('/api/staff-sign-in/choices', { preHandler: points }, async (): Promise<SignInChoice[]> => desk.choices());

  app.get(
    '/api/service-points/:id/staff-session',
    { preHandler: requireRole(...DEVICE_ROLES) },
    async (request): Promise<PointStaff> => desk.atPoint(core.setup.servicePoint(parse(idParam, request.params).id).id),
  );

  app.post('/api/service-points/:id/staff-session', { preHandler: points }, async (request): Promise<PointStaff> => {
    const point = pointOf(request);
    const { staffId, pin } = parse(staffSignInInput, request.body ?? {});
    return changed(point, request.device!.id, () => desk.signIn(point, staffId, pin, request.device!.id));
  });

  app.delete('/api/service-points/:id/staff-session', { preHandler: points }, async (request): Promise<PointStaff> => {
    const point = pointOf(request);
    return changed(point, request.device!.id, () => desk.signOut(point));
  });

  app.put('/api/staff/:id/pin', { preHandler: requireRole('admin') }, async (request, reply) => {
    const { pin } = parse(staffPinInput, request.body ?? {});
    const staffId = parse(idParam, request.params).id;
    core.events.run(() => {
      desk.setPin(staffId, pin);
      core.log.setup('staff', 'updated', staffId, { deviceId: request.device!.id }, ['pin']);
    });
    return reply.code(204).send();
  });
}
