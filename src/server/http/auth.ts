/**
 * Who is asking. Integrations send `Authorization: Bearer <device key>`; browser screens sign in once (link,
 * QR or pairing code) and then carry a session token in an HttpOnly cookie (a browser cannot set headers on a
 * WebSocket). The host's own windows keep their device key in their cookie (src/main/host-sign-in.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Device, DeviceRole } from '../../shared/domain';
import { forbidden, unauthorized, type LuotError } from '../../shared/errors';
import type { DeviceStore } from '../auth/device-store';
import { deviceRevoked, sessionExpired } from '../auth/refusals';
import type { SessionStore } from '../auth/sessions';

export const SESSION_COOKIE = 'luot_device';

declare module 'fastify' {
  interface FastifyRequest {
    device: Device | null;
    /** How the device proved itself; a cookie also needs a same-origin check on changes and WebSocket upgrades. */
    authVia: 'bearer' | 'cookie' | null;
    /** Why a presented secret did not sign in (revoked, expired); `requireRole` answers with it. */
    authRefusal: LuotError | null;
    /** The browser session the request came with (its sockets close when it signs out); null for a device key. */
    sessionId: number | null;
  }
}

export interface Credentials {
  devices: DeviceStore;
  sessions: SessionStore;
}

/** The session cookie: HttpOnly (no script reads it), same-site only, kept until the session would run out. */
export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: number, now = Date.now()): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    maxAge: Math.max(0, Math.ceil((expiresAt - now) / 1000)),
  });
}

/** The secret a request carries, if any. */
export function presentedSecret(request: FastifyRequest): { secret: string; via: 'bearer' | 'cookie' } | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return { secret: header.slice(7).trim(), via: 'bearer' };
  const cookie = request.cookies?.[SESSION_COOKIE];
  return cookie ? { secret: cookie, via: 'cookie' } : null;
}

/**
 * Sets `request.device` from the request's secret. Returns `'unknown'` when a secret matched nothing at all —
 * a guess, which the caller counts — and `'known'` for one that did, even revoked or expired.
 */
export function authenticate(
  credentials: Credentials,
  request: FastifyRequest,
  reply: FastifyReply,
  now = Date.now(),
): 'none' | 'known' | 'unknown' {
  request.device = null;
  request.authVia = null;
  request.authRefusal = null;
  request.sessionId = null;
  const presented = presentedSecret(request);
  if (!presented) return 'none';
  if (presented.via === 'cookie') {
    const session = credentials.sessions.check(presented.secret);
    if (session.kind === 'valid') {
      request.device = session.device;
      request.authVia = 'cookie';
      request.sessionId = session.sessionId;
      if (session.renewedUntil !== null) setSessionCookie(reply, presented.secret, session.renewedUntil, now);
      return 'known';
    }
    if (session.kind === 'revoked') return refuse(request, deviceRevoked(session.device.name));
    if (session.kind === 'expired') return refuse(request, sessionExpired());
    // Not a session: the host's own windows keep their device key in the cookie.
  }
  const key = credentials.devices.check(presented.secret);
  if (key.kind === 'unknown') return 'unknown';
  if (key.kind === 'revoked') return refuse(request, deviceRevoked(key.device.name));
  request.device = key.device;
  request.authVia = presented.via;
  return 'known';
}

function refuse(request: FastifyRequest, refusal: LuotError): 'known' {
  request.authRefusal = refusal;
  return 'known';
}

/** Route guard: the request must come from a signed-in device with one of `roles`. */
export function requireRole(...roles: DeviceRole[]) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (!request.device) throw request.authRefusal ?? unauthorized();
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
