/**
 * Setup data through the API: read by every screen, changed by an admin. Services, points and staff are
 * retired with `active: false`, never deleted — tickets in the history point at them.
 */
import { DEVICE_ROLES } from '../../../shared/domain';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { SetupChanged } from '../../../shared/events';
import {
  idParam,
  servicePointInput,
  serviceInput,
  settingsPatch,
  staffInput,
  zoneInput,
} from '../../../shared/schemas';
import { requireRole } from '../auth';
import { parse } from '../parse';
import type { RouteContext } from '../context';

type Resource<S extends z.ZodObject> = {
  path: string;
  what: SetupChanged['what'];
  schema: S;
  list: () => unknown;
  create: (input: z.output<S>) => unknown;
  update: (id: number, patch: Partial<z.output<S>>) => unknown;
};

export function setupRoutes(app: FastifyInstance, { core }: RouteContext): void {
  const { setup, events } = core;
  const anyone = requireRole(...DEVICE_ROLES);
  const admin = requireRole('admin');
  const changed = (what: SetupChanged['what']) =>
    events.emit({
      kind: 'setup',
      at: Date.now(),
      what,
      ...(what === 'settings' ? { settings: setup.settings() } : {}),
    });

  function resource<S extends z.ZodObject>(r: Resource<S>): void {
    app.get(r.path, { preHandler: anyone }, async () => r.list());
    app.post(r.path, { preHandler: admin }, async (request, reply) => {
      const created = r.create(parse(r.schema, request.body ?? {}));
      changed(r.what);
      reply.code(201);
      return created;
    });
    app.patch(`${r.path}/:id`, { preHandler: admin }, async (request) => {
      const { id } = parse(idParam, request.params);
      // Only the fields sent are changed; defaults are not re-applied to a partial update.
      const patch = parse(r.schema.partial(), request.body ?? {}) as Partial<z.output<S>>;
      const sent = Object.keys((request.body as object | null) ?? {});
      const updated = r.update(
        id,
        Object.fromEntries(Object.entries(patch).filter(([k]) => sent.includes(k))) as Partial<z.output<S>>,
      );
      changed(r.what);
      return updated;
    });
  }

  resource({
    path: '/api/zones',
    what: 'zones',
    schema: zoneInput,
    list: () => setup.zones(),
    create: (input) => setup.createZone(input),
    update: (id, patch) => setup.updateZone(id, patch),
  });
  resource({
    path: '/api/services',
    what: 'services',
    schema: serviceInput,
    list: () => setup.services(),
    create: (input) => setup.createService(input),
    update: (id, patch) => setup.updateService(id, patch),
  });
  resource({
    path: '/api/service-points',
    what: 'servicePoints',
    schema: servicePointInput,
    list: () => setup.servicePoints(),
    create: (input) => setup.createServicePoint(input),
    update: (id, patch) => setup.updateServicePoint(id, patch),
  });
  resource({
    path: '/api/staff',
    what: 'staff',
    schema: staffInput,
    list: () => setup.staff(),
    create: (input) => setup.createStaff(input),
    update: (id, patch) => setup.updateStaff(id, patch),
  });

  app.get('/api/settings', { preHandler: anyone }, async () => setup.settings());
  app.patch('/api/settings', { preHandler: admin }, async (request) => {
    const updated = setup.updateSettings(parse(settingsPatch, request.body ?? {}));
    changed('settings');
    return updated;
  });
}
