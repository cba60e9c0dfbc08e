/**
 * Free text is where a citizen's details could slip in ("Ông Nguyễn Văn A, 09…"): the notes staff write on tickets
 * and the comments citizens type on the rating tablet. They are kept only as long as they help: after the set
 * number of days (30 by default) the text is removed. Only that column is cleared; the ticket, the rating (and
 * that it had a comment) and every event of its history stay.
 */
import type { Database } from 'better-sqlite3';
import { DEFAULT_RETENTION, retentionPatch, type RetentionSettings } from '../../shared/backup';
import { JsonSetting } from '../setup/json-setting';

const DAY_MS = 24 * 3_600_000;
const CHECK_EVERY_MS = 3_600_000;

export class NotesRetention {
  readonly settings: JsonSetting<RetentionSettings>;
  private timer: NodeJS.Timeout | undefined;
  private firstRun: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly clock: () => number,
  ) {
    this.settings = new JsonSetting(db, 'retention', DEFAULT_RETENTION, retentionPatch.partial());
  }

  /**
   * Clears the notes of tickets issued, and the comments of ratings given, more than the set number of days ago;
   * returns how many texts were cleared.
   */
  removeExpired(): number {
    const days = this.settings.get().notesDays;
    if (days === null) return 0;
    const cutoff = this.clock() - days * DAY_MS;
    const clear = this.db.transaction(
      () =>
        this.db.prepare('UPDATE tickets SET note = NULL WHERE note IS NOT NULL AND issued_at < ?').run(cutoff).changes +
        this.db.prepare('UPDATE ratings SET comment = NULL WHERE comment IS NOT NULL AND at < ?').run(cutoff).changes +
        // An appointment's name and phone digits (issue 22) go with the notes.
        this.db
          .prepare(
            `UPDATE appointments SET name = NULL, phone_last4 = NULL
             WHERE (name IS NOT NULL OR phone_last4 IS NOT NULL) AND created_at < ?`,
          )
          .run(cutoff).changes,
    );
    return clear();
  }

  /** Soon after start (not during it: start-up stays quick) and every hour. A failure is retried next time. */
  start(): void {
    const run = () => {
      if (!this.db.open) return;
      try {
        const removed = this.removeExpired();
        if (removed > 0) console.log(`[luot] removed ${removed} notes and comments older than the retention period`);
      } catch (error) {
        console.error('[luot] could not remove old notes; will try again', error);
      }
    };
    this.firstRun = setTimeout(run, 10_000);
    this.firstRun.unref();
    this.timer = setInterval(run, CHECK_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    clearTimeout(this.firstRun);
  }
}
