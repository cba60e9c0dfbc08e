/** Spent Idempotency-Keys are forgotten while the server runs (found: only at start; a host on for months kept them all). */
import { afterEach, describe, expect, it } from 'vitest';
import { IdempotencyStore } from '../../src/server/http/idempotency';
import { testCore, type TestCore } from '../helpers/core';

let core: TestCore;
afterEach(() => core?.dispose());

describe('idempotency keys', () => {
  it('forgets keys older than a day on its own timer, keeping recent ones', async () => {
    core = testCore();
    const store = new IdempotencyStore(core.db, core.events, core.clock.read);
    const answer = () => ({ status: 200, body: { ok: true } });
    store.run(1, 'old', { route: 'POST /api/x', fingerprint: 'f' }, answer);
    core.clock.advance(25 * 3_600_000);
    store.run(1, 'new', { route: 'POST /api/x', fingerprint: 'f' }, answer);
    const stop = store.pruneEvery(20);
    const keys = () =>
      (core.db.prepare('SELECT key FROM idempotency_keys ORDER BY key').all() as { key: string }[]).map((r) => r.key);
    const deadline = Date.now() + 5000;
    while (keys().includes('old') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(keys()).toEqual(['new']);
  });
});
