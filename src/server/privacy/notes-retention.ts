/**
 * Free-text notes on tickets are the one place a citizen's details could slip in ("Ông Nguyễn Văn A, 09…"), so
 * they are kept only as long as they help: after the set number of days (30 by default) the note text is
 * removed. Only that column is cleared; the ticket and every event of its history stay.
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

  /** Clears the notes of tickets issued more than the set number of days ago; returns how many. */
  removeExpired(): number {
    const days = this.settings.get().notesDays;
    if (days === null) return 0;
    const cutoff = this.clock() - days * DAY_MS;
    return this.db.prepare('UPDATE tickets SET note = NULL WHERE note IS NOT NULL AND issued_at < ?').run(cutoff)
      .changes;
  }

  /** Soon after start (not during it: start-up stays quick) and every hour. A failure is retried next time. */
  start(): void {
    const run = () => {
      if (!this.db.open) return;
      try {
        const removed = this.removeExpired();
        if (removed > 0) console.log(`[luot] removed the notes of ${removed} tickets older than the retention period`);
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
