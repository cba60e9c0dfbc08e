/**
 * `Idempotency-Key`: a counter PC on a flaky LAN resends. The first answer to a key is stored in the same
 * transaction as the change it made, so a resend gets that answer again instead of calling another citizen.
 */
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { badRequest, conflict } from '../../shared/errors';
import type { Transactor } from '../queue/transactor';

/** What an Idempotency-Key is recorded with: the request's route and a fingerprint of its body. */
export function requestFingerprint(route: string, body: unknown): { route: string; fingerprint: string } {
  return {
    route,
    fingerprint: createHash('sha256')
      .update(JSON.stringify(body ?? {}))
      .digest('hex'),
  };
}

export interface Answer {
  status: number;
  body: unknown;
}

/** Keys older than this are forgotten (a resend comes within seconds; a day is generous). */
const KEEP_MS = 24 * 3_600_000;

export class IdempotencyStore {
  constructor(
    private readonly db: Database,
    private readonly tx: Transactor,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * Runs `action` once per key: a resend with the same key gets the stored answer; the same key with another
   * route or another body is refused (409), as docs/api.md promises.
   */
  run(
    deviceId: number,
    key: string | undefined,
    request: { route: string; fingerprint: string },
    action: () => Answer,
  ): Answer {
    if (key === undefined) return this.tx.run(action);
    if (key.length < 1 || key.length > 100)
      throw badRequest('INVALID_IDEMPOTENCY_KEY', {
        vi: 'Idempotency-Key phải dài từ 1 đến 100 ký tự.',
        en: 'Idempotency-Key must be 1 to 100 characters long.',
      });
    return this.tx.run(() => {
      const stored = this.db
        .prepare('SELECT route, body_hash, status, body FROM idempotency_keys WHERE device_id = ? AND key = ?')
        .get(deviceId, key) as
        { route: string; body_hash: string | null; status: number; body: string | null } | undefined;
      if (stored) {
        if (stored.route !== request.route || (stored.body_hash !== null && stored.body_hash !== request.fingerprint))
          throw conflict('IDEMPOTENCY_KEY_REUSED', {
            vi: 'Idempotency-Key này đã dùng cho một yêu cầu khác.',
            en: 'This Idempotency-Key was already used for a different request.',
          });
        return { status: stored.status, body: stored.body === null ? null : (JSON.parse(stored.body) as unknown) };
      }
      const answer = action();
      this.db
        .prepare(
          `INSERT INTO idempotency_keys (device_id, key, route, body_hash, status, body, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          deviceId,
          key,
          request.route,
          request.fingerprint,
          answer.status,
          answer.body == null ? null : JSON.stringify(answer.body),
          this.clock(),
        );
      return answer;
    });
  }

  /** Forgets keys older than a day; returns how many. Runs at start and every hour while the server runs. */
  forgetOld(): number {
    return this.db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(this.clock() - KEEP_MS).changes;
  }

  /** Keeps forgetting old keys while the server runs (a host left on for months must not keep them all). */
  pruneEvery(ms: number): () => void {
    const timer = setInterval(() => this.forgetOld(), ms);
    timer.unref();
    return () => clearInterval(timer);
  }
}
