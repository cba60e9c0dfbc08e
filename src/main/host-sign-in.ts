/**
 * The host's own windows sign in as their own devices — the greeter as a greeter, the display as a display,
 * the administration as an admin — each in its own browser session, so the greeter's kiosk cannot act as an
 * admin. The shell runs the core, so it creates these devices itself and puts each token straight into its
 * window's cookie jar: no sign-in link is shown or stored on the host.
 */
import type { DeviceStore } from '../server/auth/device-store';
import { SESSION_COOKIE } from '../server/http/auth';
import type { DeviceRole } from '../shared/domain';

export type HostScreenKind = 'greeter' | 'display' | 'admin';

/** The part of Electron's `session.cookies` used here. */
export interface CookieJar {
  get(filter: { url: string; name: string }): Promise<{ value: string }[]>;
  set(details: {
    url: string;
    name: string;
    value: string;
    path: string;
    httpOnly: boolean;
    sameSite: 'strict';
    expirationDate: number;
  }): Promise<void>;
}

const DEVICES: Record<HostScreenKind, { name: string; role: DeviceRole }> = {
  greeter: { name: 'Máy chủ — Đón tiếp', role: 'greeter' },
  display: { name: 'Máy chủ — Màn hình gọi số', role: 'display' },
  admin: { name: 'Máy chủ — Quản trị', role: 'admin' },
};

/** Each host window has its own session; `persist:` keeps it (and its cookie) across restarts. */
export const hostPartition = (screen: HostScreenKind) => `persist:luot-host-${screen}`;

const TEN_YEARS_S = 10 * 365 * 24 * 3600;

/**
 * Makes sure `cookies` holds a working token for a device of the screen's role; a revoked or missing one is
 * replaced. On the very first start the core made a one-time admin link: the admin window claims it rather
 * than making a second admin device.
 */
export async function signInHostScreen(
  devices: DeviceStore,
  cookies: CookieJar,
  origin: string,
  screen: HostScreenKind,
  firstAdminToken: string | null = null,
): Promise<'kept' | 'signed-in'> {
  const wanted = DEVICES[screen];
  const [cookie] = await cookies.get({ url: origin, name: SESSION_COOKIE });
  if (cookie && devices.authenticate(cookie.value)?.role === wanted.role) return 'kept';
  // The first-start link works once: claiming it gives its admin device a key this window keeps.
  const token =
    (screen === 'admin' && firstAdminToken ? devices.claimSignInLink(firstAdminToken) : null) ??
    devices.create({ name: wanted.name, role: wanted.role, servicePointId: null }).token;
  await cookies.set({
    url: origin,
    name: SESSION_COOKIE,
    value: token,
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    expirationDate: Math.floor(Date.now() / 1000) + TEN_YEARS_S,
  });
  return 'signed-in';
}
