/**
 * Handlers of the device endpoints: an admin creates one per screen and signs it in with a one-time link, its QR
 * code or a pairing code; lists and revokes them. Browsers trade a link or code for a session cookie here.
 */
import type { FastifyRequest } from 'fastify';
import type { DeviceSignIn } from '../../../shared/api';
import type { Device } from '../../../shared/domain';
import { conflict } from '../../../shared/errors';
import { redeemSignIn } from '../../auth/redeem';
import type { DeviceStore } from '../../auth/device-store';
import { lanAddress } from '../../lan-address';
import { SESSION_COOKIE, setSessionCookie } from '../auth';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';

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

type DeviceEndpoint =
  | 'devices'
  | 'createDevice'
  | 'deviceSignIn'
  | 'renameDevice'
  | 'revokeDevice'
  | 'signIn'
  | 'session'
  | 'signOut'
  | 'ratingDeviceStatus'
  | 'reportDisplaySound'
  | 'displaySounds';

export function deviceHandlers({ core, hub, guesses }: RouteContext): Handlers<DeviceEndpoint> {
  const { devices, sessions, setup } = core;
  return {
    devices: () => devices.list(),

    /** Whether the citizen's screen at the point is there: the hub counts every connected screen. */
    ratingDeviceStatus: ({ id }) => {
      setup.servicePoint(id);
      const registered = devices
        .list()
        .filter((d) => d.role === 'rating' && d.servicePointId === id && d.revokedAt === null).length;
      return { servicePointId: id, registered, online: hub.ratingDeviceOnline(id) };
    },

    /** The display tells its sound; kept while its connection lasts (it tells again on each reconnect). */
    reportDisplaySound: ({ sound }, { device }) => {
      hub.sounds.report(device.id, sound, hub.deviceConnected(device.id));
      return null;
    },

    displaySounds: () =>
      devices
        .list()
        .filter((d) => d.role === 'display' && d.revokedAt === null)
        .map((d) => {
          const known = hub.sounds.of(d.id);
          return { deviceId: d.id, name: d.name, sound: known?.sound ?? null, since: known?.since ?? null };
        }),

    createDevice: (input, { request, actor }) => {
      if (input.servicePointId !== null) setup.servicePoint(input.servicePointId);
      const { device, token } = core.events.run(() => {
        const created = devices.create(input);
        core.log.setup('devices', 'created', created.device.id, actor, Object.keys(input));
        return created;
      });
      return { ...signInFor(devices, device, request), token };
    },

    /** A new link and code for a device whose earlier ones were used or ran out (a new browser, a reset TV). */
    deviceSignIn: ({ id }, { request }) => {
      const device = devices.get(id);
      if (device.revokedAt !== null)
        throw conflict('DEVICE_REVOKED', {
          vi: `Thiết bị “${device.name}” đã bị thu hồi nên không cấp mã đăng nhập được. Hãy tạo thiết bị mới.`,
          en: `Device “${device.name}” was revoked, so it cannot get a sign-in code. Add a new device instead.`,
        });
      return signInFor(devices, device, request);
    },

    renameDevice: ({ id, name }, { actor }) =>
      core.events.run(() => {
        const device = devices.rename(id, name);
        core.log.setup('devices', 'updated', device.id, actor, ['name']);
        return device;
      }),

    revokeDevice: ({ id }, { actor }) => {
      const revoked = core.events.run(() => {
        const device = devices.revoke(id);
        core.log.setup('devices', 'revoked', device.id, actor);
        return device;
      });
      hub.disconnectDevice(revoked.id);
      return revoked;
    },

    /** Browser sign-in: trade a link's token or a pairing code for a session in an HttpOnly cookie. */
    signIn: async (input, { request, reply }) => {
      await guesses.assertMayTry(request);
      const result = redeemSignIn(devices, input);
      if ('refusal' in result) {
        if (result.guess) await guesses.recordWrong(request);
        throw result.refusal;
      }
      const session = sessions.open(result.device);
      setSessionCookie(reply, session.token, session.expiresAt, core.now());
      return { device: result.device };
    },

    session: (_input, { device }) => ({ device }),

    signOut: (_input, { request, reply }) => {
      const cookie = request.cookies[SESSION_COOKIE];
      const ended = cookie ? sessions.end(cookie) : null;
      if (ended !== null) hub.disconnectSession(ended);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  };
}
