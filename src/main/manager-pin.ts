/**
 * The manager's PIN guards leaving kiosk mode and changing what this PC is. Only a scrypt hash is stored. A PIN
 * of 4–8 digits has at most 10⁸ values, so the hash alone would not stop someone holding the config file for
 * long; what protects the PIN at the keyboard is `PinAttempts`, which locks the prompt after repeated mistakes.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const PIN_PATTERN = /^\d{4,8}$/;

/** `scrypt$N$r$p$salt$hash` (base64url), so the cost can rise later without breaking stored hashes. */
export const PIN_HASH_PATTERN = /^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/;

const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

function scrypt(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  // 128·N·r bytes are needed: twice that leaves room above Node's 32 MiB default limit.
  const maxmem = 256 * (options.N ?? COST.N) * (options.r ?? COST.r);
  return new Promise((resolve, reject) =>
    scryptCallback(pin.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPin(pin: string): Promise<string> {
  if (!PIN_PATTERN.test(pin)) throw new Error('a PIN is 4 to 8 digits');
  const salt = randomBytes(16);
  const key = await scrypt(pin, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  if (!PIN_HASH_PATTERN.test(stored)) return false;
  const [, n, r, p, salt, expected] = stored.split('$');
  const wanted = Buffer.from(expected!, 'base64url');
  const key = await scrypt(pin, Buffer.from(salt!, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === wanted.length && timingSafeEqual(key, wanted);
}

export type PinCheck = { kind: 'open' } | { kind: 'locked'; retryInSeconds: number };

/** After `maxFailures` wrong PINs in a row the prompt refuses every PIN, right or wrong, for `lockMs`. */
export class PinAttempts {
  private failures = 0;
  private lockedUntil = 0;

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly maxFailures = 5,
    private readonly lockMs = 60_000,
  ) {}

  check(): PinCheck {
    const left = this.lockedUntil - this.clock();
    return left > 0 ? { kind: 'locked', retryInSeconds: Math.ceil(left / 1000) } : { kind: 'open' };
  }

  /** Counts one answer; returns how many tries are left before the lock. */
  record(correct: boolean): number {
    if (correct) {
      this.failures = 0;
      return this.maxFailures;
    }
    this.failures += 1;
    if (this.failures >= this.maxFailures) {
      this.failures = 0;
      this.lockedUntil = this.clock() + this.lockMs;
      return 0;
    }
    return this.maxFailures - this.failures;
  }
}
