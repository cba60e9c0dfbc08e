/** Devices: an admin creates one per screen (the token is shown once), lists and revokes them. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CreatedDevice } from '../../../shared/api';
import { SIGNED_IN } from '../../../shared/contract/endpoints';
import { lanAddress } from '../../lan-address';
import { deviceInput, idParam, sessionInput } from '../../../shared/schemas';
import { unauthorized } from '../../../shared/errors';
import { requireRole, SESSION_COOKIE } from '../auth';
import { parse } from '../parse';
import type { RouteContext } from '../context';

const TEN_YEARS_S = 10 * 365 * 24 * 3600;

/**
 * The origin other machines reach this server at: the one the admin used, unless that was the host's own
 * loopback (the host's window), in which case the LAN address.
 */
function lanOrigin(request: FastifyRequest): string {
  const host = request.headers.host ?? '';
  const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
  return loopback ? `http://${lanAddress()}:${request.socket.localPort}` : `http://${host}`;
}

export function deviceRoutes(app: FastifyInstance, { core, hub }: RouteContext): void {
  const { devices, setup } = core;
  const admin = requireRole('admin');

  app.get('/api/devices', { preHandler: admin }, async () => devices.list());

  app.post('/api/devices', { preHandler: admin }, async (request, reply) => {
    const input = parse(deviceInput, request.body ?? {});
    if (input.servicePointId !== null) setup.servicePoint(input.servicePointId);
    const { device, token } = core.events.run(() => {
      const created = devices.create(input);
      core.log.setup('devices', 'created', created.device.id, { deviceId: request.device!.id }, Object.keys(input));
      return created;
    });
    reply.code(201);
    return { device, token, signInUrl: `${lanOrigin(request)}/signin#token=${token}` } satisfies CreatedDevice;
  });

  app.delete('/api/devices/:id', { preHandler: admin }, async (request) => {
    const revoked = core.events.run(() => {
      const device = devices.revoke(parse(idParam, request.params).id);
      core.log.setup('devices', 'revoked', device.id, { deviceId: request.device!.id });
      return device;
    });
    hub.disconnectDevice(revoked.id);
    return revoked;
  });

  /** Browser sign-in: trade the one-time link's token for an HttpOnly cookie; the URL need not keep it. */
  app.post('/api/session', async (request, reply) => {
    const { token } = parse(sessionInput, request.body ?? {});
    const device = devices.authenticate(token);
    if (!device) throw unauthorized();
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      maxAge: TEN_YEARS_S,
    });
    return { device };
  });

  app.get('/api/session', { preHandler: requireRole(...SIGNED_IN) }, async (request) => ({
    device: request.device,
  }));

  app.delete('/api/session', async (_request, reply) => {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
}
