/**
 * Who calls the hub: its administrator (LUOT_HUB_TOKEN), a province account (province admin or viewer, of one
 * province) or a center (its own token, made when it was registered). Tokens are kept only as SHA-256 hashes.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';
import { HubError } from './hub-errors';

export type HubCaller =
  | { kind: 'hubAdmin' }
  | { kind: 'account'; role: 'province_admin' | 'province_viewer'; province: string; name: string }
  | { kind: 'center'; code: string };

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(24).toString('base64url');

export const notSignedIn = () =>
  new HubError(401, 'UNAUTHENTICATED', {
    vi: 'Chưa đăng nhập hoặc mã truy cập không đúng.',
    en: 'Not signed in, or the access token is wrong.',
  });
export const notAllowed = () =>
  new HubError(403, 'FORBIDDEN', {
    vi: 'Tài khoản này không có quyền làm việc này.',
    en: 'This account may not do this.',
  });

export async function callerOf(pool: Pool, adminToken: string, header: string | undefined): Promise<HubCaller> {
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!token) throw notSignedIn();
  const given = Buffer.from(hashToken(token));
  if (timingSafeEqual(given, Buffer.from(hashToken(adminToken)))) return { kind: 'hubAdmin' };
  // One round trip for both kinds (a center's every upload starts here).
  const { rows } = await pool.query<{
    kind: 'account' | 'center';
    role: 'province_admin' | 'province_viewer';
    province: string;
    name: string;
    code: string;
  }>(
    `SELECT 'account' AS kind, role, province, name, NULL AS code FROM accounts WHERE token_hash = $1
     UNION ALL
     SELECT 'center', NULL, NULL, NULL, code FROM centers WHERE token_hash = $1
     LIMIT 1`,
    [hashToken(token)],
  );
  const found = rows[0];
  if (found?.kind === 'account')
    return { kind: 'account', role: found.role, province: found.province, name: found.name };
  if (found?.kind === 'center') return { kind: 'center', code: found.code };
  throw notSignedIn();
}

/** The province a caller reads: its own for a province account, any (or the one asked) for the hub admin. */
export function provinceScope(caller: HubCaller, asked: string | undefined): string | null {
  if (caller.kind === 'account') return caller.province;
  if (caller.kind === 'hubAdmin') return asked || null;
  throw notAllowed();
}
