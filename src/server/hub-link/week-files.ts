/**
 * Makes the signed weekly file of a week (format luot-week/1, docs/hub.md) from the center's own reports: the
 * weekly report's headline figures, the queue's week, help by kind, ratings, the difficulties' words and each
 * day's counts by service. Only aggregates leave: no notes, file codes, citizen data, and volunteer names only
 * when setup says the volunteers agreed. Each week's versions are remembered: the same figures make the same
 * file again (same version, same time, same bytes); different figures (a late roster fix) make the next version.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import {
  WEEK_FILE_FORMAT,
  type UnsignedWeekFile,
  type WeekFigures,
  type WeekFile,
} from '../../shared/contract/week-file';
import { badRequest, conflict } from '../../shared/errors';
import type { RatingFigures } from '../../shared/rating';
import { addDays, daysOf, mondayOf } from '../../shared/report-range';
import type { ReportSummary, WeeklyReport } from '../../shared/reports';
import { serviceDayOf } from '../../shared/time';
import type { ReportJob } from '../reports/job-types';
import type { ReportRunner } from '../reports/report-runner';
import type { SetupStore } from '../setup/setup-store';
import type { CenterIdentityStore } from './center-identity';
import { signWeekFile } from './signing';

interface MadeVersion {
  version: number;
  digest: string;
  madeAt: string;
}
const VERSIONS_KEY = 'weekFileVersions';
const versionsSchema = z.record(z.string(), z.object({ version: z.number(), digest: z.string(), madeAt: z.string() }));

export class WeekFiles {
  constructor(
    private readonly db: Database,
    private readonly setup: SetupStore,
    private readonly reports: ReportRunner,
    private readonly identity: CenterIdentityStore,
  ) {}

  /**
   * The last version made of each week — read from the database every time, not kept: the `weekly-file` command
   * may have made one while the server runs.
   */
  made(): Record<string, MadeVersion> {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(VERSIONS_KEY) as
      { value: string } | undefined;
    const parsed = row ? versionsSchema.safeParse(JSON.parse(row.value)) : null;
    return parsed?.success ? parsed.data : {};
  }

  /** The version of these figures: the last one if they are the same, else the next, remembered at once. */
  private versionFor(week: string, digest: string, now: number): MadeVersion {
    return this.db
      .transaction(() => {
        const weeks = this.made();
        const last = weeks[week];
        if (last && last.digest === digest) return last;
        const made = { version: (last?.version ?? 0) + 1, digest, madeAt: new Date(now).toISOString() };
        this.db
          .prepare(
            'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
          )
          .run(VERSIONS_KEY, JSON.stringify({ ...weeks, [week]: made }));
        return made;
      })
      .immediate();
  }

  /** The file of the week of `day` (its Monday), as of `now`; the week in progress is marked partial. */
  async make(day: string, now: number): Promise<WeekFile> {
    const week = mondayOf(day);
    const today = serviceDayOf(now);
    if (week > mondayOf(today))
      throw badRequest('WEEK_IN_FUTURE', {
        vi: `Tuần ${week} chưa bắt đầu.`,
        en: `The week of ${week} has not begun.`,
      });
    const identity = this.identity.get();
    if (!identity.code || !identity.province)
      throw conflict('CENTER_CODE_MISSING', {
        vi: 'Chưa đặt mã đơn vị hành chính và tỉnh của trung tâm (Quản trị → Gửi báo cáo lên tỉnh).',
        en: "The center's administrative-unit code and province are not set yet (Setup → Reporting to the province).",
      });
    const center = {
      code: identity.code,
      nameVi: identity.nameVi,
      province: identity.province,
      publicKey: identity.publicKey,
    };
    const partial = today <= addDays(week, 6);
    const figures = await this.figures(week, now, identity.volunteersAgreed);
    const digest = createHash('sha256')
      .update(canonicalize({ center, partial, figures }) ?? '')
      .digest('hex');
    const made = this.versionFor(week, digest, now);
    const unsigned: UnsignedWeekFile = {
      format: WEEK_FILE_FORMAT,
      center,
      week,
      version: made.version,
      madeAt: made.madeAt,
      partial,
      figures,
    };
    return signWeekFile(unsigned, this.identity.signingKey());
  }

  private async json<T>(job: ReportJob): Promise<T> {
    const { body } = await this.reports.run(job);
    return JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body)) as T;
  }

  private async figures(week: string, now: number, namesAgreed: boolean): Promise<WeekFigures> {
    const to = addDays(week, 6);
    const report = await this.json<WeeklyReport>({
      kind: 'weekly',
      format: 'json',
      weekStart: week,
      now,
      language: 'vi',
    });
    const summary = await this.json<ReportSummary>({ kind: 'summary', from: week, to, now });
    const ratings = await this.json<RatingFigures>({ kind: 'ratings', from: week, to, by: 'service' });
    const services = new Map(this.setup.services().map((s) => [s.id, s]));
    const days: WeekFigures['days'] = [];
    for (const day of daysOf({ from: week, to })) {
      if (day > serviceDayOf(now)) break;
      const daily = await this.json<ReportSummary>({ kind: 'summary', from: day, to: day, now });
      days.push({
        day,
        services: daily.byService
          .filter((s) => s.issued > 0 || s.resolved > 0)
          .map((s) => ({
            prefix: services.get(s.serviceId)?.prefix ?? `#${s.serviceId}`,
            nameVi: services.get(s.serviceId)?.nameVi ?? `#${s.serviceId}`,
            issued: s.issued,
            resolved: s.resolved,
          })),
      });
    }
    return {
      weeklyFormatVersion: report.formatVersion,
      report: report.figures,
      queue: {
        issued: summary.issued,
        served: summary.served,
        resolved: summary.resolved,
        absent: summary.absent,
        waitP50Seconds: summary.wait.p50Seconds,
        waitP90Seconds: summary.wait.p90Seconds,
        withinTarget: summary.withinTarget.within,
        calledVisits: summary.withinTarget.of,
      },
      help: report.help.map(({ code, atCenter, inField }) => ({ code, atCenter, inField })),
      ratings: {
        rated: ratings.total.rated,
        meanScore: ratings.total.meanScore,
        satisfiedShare: ratings.total.satisfiedShare,
      },
      difficulties: report.difficulties.map((d) => d.text.trim()).filter(Boolean),
      volunteerNames: namesAgreed ? report.volunteers.map((v) => ({ name: v.name, hours: v.hours })) : null,
      days,
    };
  }
}
