/**
 * Status links need no sign-in, so each address gets a limited number of wrong references: past the limit, it
 * waits (429) before trying more. With 50 bits of HMAC in a reference, guessing one within its day is out of
 * reach either way; the limit keeps a scanner from loading the host.
 */
import { LuotError } from '../../shared/errors';

const WINDOW_MS = 10 * 60_000;
const MAX_MISSES = 30;
/** Addresses remembered at most (a hall of phones is a few hundred). */
const MAX_ADDRESSES = 10_000;

export class GuessLimit {
  private readonly misses = new Map<string, { count: number; since: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Throws 429 when this address has missed too often lately. */
  check(address: string): void {
    const entry = this.misses.get(address);
    if (!entry) return;
    if (this.clock() - entry.since > WINDOW_MS) {
      this.misses.delete(address);
      return;
    }
    if (entry.count >= MAX_MISSES)
      throw new LuotError(429, 'TOO_MANY_WRONG_LINKS', {
        vi: 'Quá nhiều đường dẫn sai từ máy này. Hãy đợi 10 phút rồi quét lại mã QR trên phiếu.',
        en: 'Too many wrong links from this device. Wait 10 minutes, then scan the QR code on the ticket again.',
      });
  }

  miss(address: string): void {
    const now = this.clock();
    const entry = this.misses.get(address);
    if (entry && now - entry.since <= WINDOW_MS) entry.count++;
    else {
      if (this.misses.size >= MAX_ADDRESSES) this.misses.clear();
      this.misses.set(address, { count: 1, since: now });
    }
  }
}
