/**
 * The reference in a status-page link: the case's id and an HMAC of it under a secret kept in the database, in
 * Crockford's base32 (no I, L, O or U to misread; typed in any case). Only the host can make one, so a link
 * cannot be guessed or changed to follow someone else's ticket. It expires with its ticket's service day
 * (checked by the status reader: a reference alone never says the day).
 */
import type { Database } from 'better-sqlite3';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/** 10 characters: 50 bits. With the guess limit on status links, far beyond what guessing can reach in a day. */
const MAC_CHARS = 10;
const SECRET_KEY = 'status_link_secret';

function toBase32(value: number): string {
  let out = '';
  let n = value;
  do {
    out = ALPHABET[n % 32] + out;
    n = Math.floor(n / 32);
  } while (n > 0);
  return out;
}

function fromBase32(text: string): number | null {
  let n = 0;
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    n = n * 32 + digit;
    if (n > Number.MAX_SAFE_INTEGER) return null;
  }
  return n;
}

/** What a person may type for what is printed: any case, I/L for 1, O for 0, stray spaces. */
export function normaliseReference(typed: string): string {
  return typed.toLowerCase().replace(/\s+/g, '').replace(/[il]/g, '1').replace(/o/g, '0');
}

export class StatusReferences {
  private readonly secret: Buffer;

  constructor(db: Database) {
    const read = () =>
      (db.prepare('SELECT value FROM center_state WHERE key = ?').get(SECRET_KEY) as { value: string } | undefined)
        ?.value;
    let secret = read();
    if (!secret) {
      // The migration makes it; a database restored without it gets a new one (older links stop opening).
      db.prepare('INSERT OR IGNORE INTO center_state (key, value) VALUES (?, ?)').run(
        SECRET_KEY,
        randomBytes(32).toString('hex'),
      );
      secret = read()!;
    }
    this.secret = Buffer.from(secret, 'hex');
  }

  /** The reference printed for a case (the same for every ticket of the case: it follows transfers). */
  referenceFor(caseId: number): string {
    return `${toBase32(caseId)}-${this.mac(caseId)}`;
  }

  /** The case a reference names, or null when it was not made here (forged, mistyped or from another center). */
  caseOf(reference: string): number | null {
    const [idPart, macPart, ...rest] = normaliseReference(reference).split('-');
    if (!idPart || !macPart || rest.length > 0 || macPart.length !== MAC_CHARS) return null;
    const caseId = fromBase32(idPart);
    if (caseId === null || caseId < 1) return null;
    const expected = Buffer.from(this.mac(caseId));
    const given = Buffer.from(macPart);
    return given.length === expected.length && timingSafeEqual(given, expected) ? caseId : null;
  }

  private mac(caseId: number): string {
    const digest = createHmac('sha256', this.secret).update(`luot-status:${caseId}`).digest();
    let out = '';
    // 5 bits per character from the digest's first bytes.
    let bits = 0;
    let value = 0;
    for (const byte of digest) {
      value = (value << 8) | byte;
      bits += 8;
      while (bits >= 5 && out.length < MAC_CHARS) {
        out += ALPHABET[(value >>> (bits - 5)) & 31];
        bits -= 5;
      }
      value &= (1 << bits) - 1;
      if (out.length === MAC_CHARS) break;
    }
    return out;
  }
}
