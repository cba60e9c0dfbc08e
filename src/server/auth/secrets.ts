/** The secrets that sign devices in, and the one way they are stored: SHA-256, never the secret itself. */
import { createHash, randomBytes } from 'node:crypto';

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** 256 random bits after a prefix that says what the secret is: `luot_…` (device key), `luotlink_…` … */
export const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`;
