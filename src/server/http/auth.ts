/**
 * Who is asking. Integrations send `Authorization: Bearer <token>`; browser screens sign in once and then
 * carry the same token in an HttpOnly cookie (a browser cannot set headers on a WebSocket).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Device, DeviceRole } from '../../shared/domain';
import { forbidden, unauthorized } from '../../shared/errors';
import type { DeviceStore } from '../auth/device-store';

export const SESSION_COOKIE = 'luot_device';

declare module 'fastify' {
  interface FastifyRequest {
    device: Device | null;
    /** How the device proved itself; a cookie also needs a same-origin check on WebSocket upgrades. */
    authVia: 'bearer' | 'cookie' | null;
  }
}

export function authenticate(devices: DeviceStore, request: FastifyRequest): void {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    request.device = devices.authenticate(header.slice(7).trim());
    request.authVia = request.device ? 'bearer' : null;
    return;
  }
  const cookie = request.cookies?.[SESSION_COOKIE];
  request.device = cookie ? devices.authenticate(cookie) : null;
  request.authVia = request.device ? 'cookie' : null;
}

/** Route guard: the request must come from a signed-in device with one of `roles`. */
export function requireRole(...roles: DeviceRole[]) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (!request.device) throw unauthorized();
    if (!roles.includes(request.device.role)) throw forbidden();
  };
}

/**
 * The service point a request acts for. A counter device acts only for its own point; an admin names one
 * (or, for actions on a ticket already at a point, may leave it to the ticket).
 */
export function actingPoint(device: Device, requested: number | undefined): number | null {
  if (device.role === 'counter') {
    if (requested !== undefined && requested !== device.servicePointId)
      throw forbidden({
        vi: 'Thiết bị quầy chỉ thao tác được cho quầy của mình.',
        en: 'A counter device may only act for its own service point.',
      });
    return device.servicePointId;
  }
  return requested ?? null;
}
