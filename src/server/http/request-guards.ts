/**
 * Checks every request passes before any route sees it: the Host header names this host; a change made with
 * a session cookie comes from a Lượt page (the browser would send the cookie from any site's form or script);
 * and the screens' Content-Security-Policy lets them talk to this host only.
 */
import type { FastifyRequest } from 'fastify';
import { foreignOrigin } from '../auth/refusals';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isChange = (request: FastifyRequest) => !SAFE_METHODS.has(request.method);

/**
 * Same-origin check for a browser's change. Browsers send `Origin` on every POST, PATCH and DELETE; an old one
 * that does not still sends `Sec-Fetch-Site`. Neither saying "this host" means another page made the request.
 */
export function assertFromOwnPage(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (originHost(origin) !== request.headers.host?.toLowerCase()) throw foreignOrigin();
    return;
  }
  if (request.headers['sec-fetch-site'] !== 'same-origin') throw foreignOrigin();
}

/** Only when a browser sent it: a page of another site may not sign this browser in (login CSRF). */
export function assertNotFromOtherSite(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin !== undefined && originHost(origin) !== request.headers.host?.toLowerCase()) throw foreignOrigin();
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw foreignOrigin();
}

function originHost(origin: string | string[]): string | null {
  if (typeof origin !== 'string') return null;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The screens' CSP: everything from this host; live updates only over this host's WebSocket. */
export function contentSecurityPolicy(host: string): string {
  return [
    "default-src 'self'",
    `connect-src 'self' ws://${host} wss://${host}`,
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}
