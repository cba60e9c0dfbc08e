/**
 * Limits on guessing. Only wrong guesses count — an unknown device key or session, a used or unknown sign-in
 * link, a wrong pairing code (and, for routes that add them, wrong PINs): a screen that signs in right is never
 * slowed down. Past the limit every secret from that address is refused for the rest of the window, right or
 * wrong, or the refusal itself would tell a guesser when they hit. There is no limit for the whole LAN: one
 * phone must not be able to pause pairing for the whole center (issue 24). Pairing codes resist many machines by
 * their length instead (ten digits, one live code at a time, ten minutes: src/server/auth/sign-in-passes.ts).
 * Counting is @fastify/rate-limit's in-memory store.
 */
import rateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { tooManyAttempts } from './refusals';

export interface GuessLimit {
  max: number;
  windowMs: number;
}

export interface GuessLimitOptions {
  /** Wrong secrets of any kind from one address. */
  perAddress: GuessLimit;
}

export const DEFAULT_GUESS_LIMITS: GuessLimitOptions = {
  perAddress: { max: 20, windowMs: 60_000 },
};

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

export class GuessLimits {
  private constructor(private readonly perAddress: Limiter) {}

  static async install(app: FastifyInstance, options: GuessLimitOptions = DEFAULT_GUESS_LIMITS): Promise<GuessLimits> {
    await app.register(rateLimit, { global: false } satisfies RateLimitPluginOptions);
    const limiter = ({ max, windowMs }: GuessLimit, key: (request: FastifyRequest) => string) =>
      app.createRateLimit({ max, timeWindow: windowMs, keyGenerator: key });
    return new GuessLimits(limiter(options.perAddress, (request) => `guess:${request.ip}`));
  }

  /** Refuses (429) when this address has used up its wrong guesses. */
  async assertMayTry(request: FastifyRequest): Promise<void> {
    const address = await this.perAddress(request, { increment: false });
    if (!address.isAllowed && address.remaining === 0) throw tooManyAttempts(Math.max(1, address.ttlInSeconds));
  }

  /** Counts one wrong guess. */
  async recordWrong(request: FastifyRequest): Promise<void> {
    await this.perAddress(request);
  }
}
