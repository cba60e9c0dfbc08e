/**
 * Limits on guessing. Only wrong guesses count — an unknown device key or session, a used or unknown sign-in
 * link, a wrong pairing code (and, for routes that add them, wrong PINs): a screen that signs in right is never
 * slowed down. Past the limit every secret from that address is refused for the rest of the window, right or
 * wrong, or the refusal itself would tell a guesser when they hit. Pairing codes (one in a million) also have
 * one limit for the whole LAN, so many machines together cannot try them all.
 * Counting is @fastify/rate-limit's in-memory store.
 */
import rateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { tooManyAttempts, tooManyPairingAttempts } from './refusals';

export interface GuessLimit {
  max: number;
  windowMs: number;
}

export interface GuessLimitOptions {
  /** Wrong secrets of any kind from one address. */
  perAddress: GuessLimit;
  /** Wrong pairing codes from the whole LAN. */
  pairingCodes: GuessLimit;
}

export const DEFAULT_GUESS_LIMITS: GuessLimitOptions = {
  perAddress: { max: 20, windowMs: 60_000 },
  pairingCodes: { max: 60, windowMs: 10 * 60_000 },
};

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

export type GuessKind = 'secret' | 'pairingCode';

export class GuessLimits {
  private constructor(
    private readonly perAddress: Limiter,
    private readonly pairingCodes: Limiter,
  ) {}

  static async install(app: FastifyInstance, options: GuessLimitOptions = DEFAULT_GUESS_LIMITS): Promise<GuessLimits> {
    await app.register(rateLimit, { global: false } satisfies RateLimitPluginOptions);
    const limiter = ({ max, windowMs }: GuessLimit, key: (request: FastifyRequest) => string) =>
      app.createRateLimit({ max, timeWindow: windowMs, keyGenerator: key });
    return new GuessLimits(
      limiter(options.perAddress, (request) => `guess:${request.ip}`),
      limiter(options.pairingCodes, () => 'pairing-codes'),
    );
  }

  /** Refuses (429) when this address — or, for a pairing code, the LAN — has used up its wrong guesses. */
  async assertMayTry(request: FastifyRequest, kind: GuessKind = 'secret'): Promise<void> {
    const address = await this.perAddress(request, { increment: false });
    if (!address.isAllowed && address.remaining === 0) throw tooManyAttempts(Math.max(1, address.ttlInSeconds));
    if (kind !== 'pairingCode') return;
    const lan = await this.pairingCodes(request, { increment: false });
    if (!lan.isAllowed && lan.remaining === 0) throw tooManyPairingAttempts(Math.max(1, lan.ttlInSeconds));
  }

  /** Counts one wrong guess. */
  async recordWrong(request: FastifyRequest, kind: GuessKind = 'secret'): Promise<void> {
    await this.perAddress(request);
    if (kind === 'pairingCode') await this.pairingCodes(request);
  }
}
