/**
 * Devices: an admin creates one per screen and signs it in with a one-time link, its QR code or a pairing
 * code; lists and revokes them. Browsers trade a link or code for a session cookie here.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CreatedDevice, DeviceSignIn } from '../../../shared/api';
import { DEVICE_ROLES, type Device } from '../../../shared/domain';
import { conflict } from '../../../shared/errors';
import { deviceInput, idParam, sessionInput } from '../../../shared/schemas';
import { redeemSignIn } from '../../auth/redeem';
import type { DeviceStore } from '../../auth/device-store';
import { lanAddress } from '../../lan-address';
import { requireRole, SESSION_COOKIE, setSessionCookie } from '../auth';
import type { RouteContext } from '../context';
import { parse } from '../parse';
import { assertNotFromOtherSite } from '../request-guards';

/**
 * The origin other machines reach this server at: the one the admin used (the Host check has made sure it is
 * one of this host's names), unless that was the host's own loopback, in which case the LAN address.
 */
function lanOrigin(request: FastifyRequest): string {
  const host = request.headers.host ?? '';
  const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
  return loopback ? `http://${lanAddress()}:${request.socket.localPort}` : `http://${host}`;
}

/** A fresh one-time link and pairing code for a device. */
function signInFor(devices: DeviceStore, device: Device, request: FastifyRequest): DeviceSignIn {
  const passes = devices.passes.issue(device.id);
  return {
    device,
    signInUrl: `${lanOrigin(request)}/signin#token=${passes.linkToken}`,
    signInExpiresAt: passes.linkExpiresAt,
    pairingCode: passes.pairingCode,
    pairingExpiresAt: passes.pairingExpiresAt,
  };
}

export function deviceRoutes(app: FastifyInstance, { core, hub, guesses }: RouteContext): void {
  const { devices, sessions, setup } = core;
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
    return { ...signInFor(devices, device, request), token } satisfies CreatedDevice;
  });

  /** A new link and code for a device whose earlier ones were used or ran out (a new browser, a reset TV). */
  app.post('/api/devices/:id/sign-in', { preHandler: admin }, async (request) => {
    const device = devices.get(parse(idParam, request.params).id);
    if (device.revokedAt !== null)
      throw conflict('DEVICE_REVOKED', {
        vi: `Thiết bị “${device.name}” đã bị thu hồi nên không cấp mã đăng nhập được. Hãy tạo thiết bị mới.`,
        en: `Device “${device.name}” was revoked, so it cannot get a sign-in code. Add a new device instead.`,
      });
    return signInFor(devices, device, request) satisfies DeviceSignIn;
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

  /** Browser sign-in: trade a link's token or a pairing code for a session in an HttpOnly cookie. */
  app.post('/api/session', async (request, reply) => {
    assertNotFromOtherSite(request);
    const input = parse(sessionInput, request.body ?? {});
    const kind = input.code !== undefined ? 'pairingCode' : 'secret';
    await guesses.assertMayTry(request, kind);
    const result = redeemSignIn(devices, input);
    if ('refusal' in result) {
      if (result.guess) await guesses.recordWrong(request, kind);
      throw result.refusal;
    }
    const session = sessions.open(result.device);
    setSessionCookie(reply, session.token, session.expiresAt, core.now());
    return { device: result.device };
  });

  app.get('/api/session', { preHandler: requireRole(...DEVICE_ROLES) }, async (request) => ({
    device: request.device,
  }));

  app.delete('/api/session', async (request, reply) => {
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) sessions.end(cookie);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
}
