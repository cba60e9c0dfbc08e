/**
 * Reads a range of the center's history for reports: day digests from the cache when the day is closed,
 * computed from the event log otherwise (and cached once closed). Works on any connection — in the report
 * worker it is a read-only one, so nothing here can change the queue.
 */
import type { Database } from 'better-sqlite3';
import type { ReportSummary } from '../../shared/reports';
import { daysOf, type DayRange } from '../../shared/report-range';
import { serviceDayOf } from '../../shared/time';
import { SessionTime } from '../staff/session-time';
import { decodeDigest, encodeDigest, type DayDigest } from './day-digest';
import { DayFacts } from './day-facts';
import type { DigestCache } from './digest-cache';
import { rangeFigures } from './range-figures';
import { ReportSetup } from './report-setup';

export class ReportReader {
  readonly setup: ReportSetup;
  readonly sessions: SessionTime;
  private readonly facts: DayFacts;
  private readonly stillOpen;

  constructor(
    readonly db: Database,
    private readonly cache: DigestCache | null,
  ) {
    this.facts = new DayFacts(db);
    this.setup = new ReportSetup(db);
    this.sessions = new SessionTime(db);
    this.stillOpen = db
      .prepare("SELECT 1 FROM tickets WHERE service_day = ? AND status IN ('waiting', 'called', 'serving') LIMIT 1")
      .pluck();
  }

  /** One digest per day of the range up to today, one at a time (memory stays bounded for any range). */
  *digests(range: DayRange, now: number): Generator<DayDigest> {
    const today = serviceDayOf(now);
    for (const day of daysOf(range)) {
      if (day > today) break;
      const cached = this.cache?.get(day);
      const decoded = cached ? decodeDigest(cached) : null;
      if (decoded) {
        yield decoded;
        continue;
      }
      const digest = this.facts.digest(day, now);
      // A day is final once it has ended and nothing of it is open (the day-end sweep has run).
      if (this.cache && day < today && !this.stillOpen.get(day)) this.cache.put(day, encodeDigest(digest), now);
      yield digest;
    }
  }

  summary(range: DayRange, now: number): ReportSummary {
    return rangeFigures(this.digests(range, now), {
      ...range,
      now,
      services: this.setup.services(),
      staff: this.setup.staffById(),
      signedInSeconds: this.sessions.secondsByStaff(range, now),
      helpKinds: this.setup.helpKinds(),
    });
  }
}
