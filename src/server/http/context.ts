import type { GuessLimits } from '../auth/guess-limits';
import type { Core } from '../core';
import type { EventHub } from './event-hub';
import type { IdempotencyStore } from './idempotency';

/** What route modules get: the core and the request helpers built on it. */
export interface RouteContext {
  core: Core;
  idempotency: IdempotencyStore;
  version: string;
  hub: EventHub;
  /** Rate limits on wrong secrets: sign-in, pairing codes, PINs. */
  guesses: GuessLimits;
}
