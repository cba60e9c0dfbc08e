/**
 * What the province reads: one week across its communes (who reported, who is late, each one's figures and the
 * totals), one commune's weeks, and the totals week by week for the trend. Totals add what adds up (counts,
 * hours); shares and means are recomputed from their parts; waits are not added (each commune's p50/p90 stand).
 */
import type { Pool } from 'pg';
import { WEEK_HEADLINE_KEYS, type WeekFigures, type WeekHeadlineKey } from '../shared/contract/week-file';

/** A commune's figures in a week's listing: all but the daily rows (a commune's own weeks carry those). */
export type ListedFigures = Omit<WeekFigures, 'days'>;

export interface HubCenterWeek {
  code: string;
  nameVi: string;
  province: string;
  district: string | null;
  /** A finished week's file is here. */
  reported: boolean;
  receivedAt: string | null;
  version: number | null;
  partial: boolean | null;
  via: 'center' | 'hand' | null;
  figures: ListedFigures | null;
}

export interface HubTotals {
  /** Communes whose finished week is here, of those registered. */
  reported: number;
  expected: number;
  report: Record<WeekHeadlineKey, number>;
  queue: {
    issued: number;
    served: number;
    resolved: number;
    absent: number;
    withinTarget: number;
    calledVisits: number;
    withinTargetShare: number | null;
  };
  help: { code: string; atCenter: number; inField: number }[];
  ratings: { rated: number; meanScore: number | null; satisfiedShare: number | null };
}

export interface HubWeek {
  week: string;
  province: string | null;
  centers: HubCenterWeek[];
  totals: HubTotals;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

export function totalsOf(centers: { reported: boolean; figures: ListedFigures | null }[]): HubTotals {
  const report = Object.fromEntries(WEEK_HEADLINE_KEYS.map((k) => [k, 0])) as Record<WeekHeadlineKey, number>;
  const queue = { issued: 0, served: 0, resolved: 0, absent: 0, withinTarget: 0, calledVisits: 0 };
  const help = new Map<string, { code: string; atCenter: number; inField: number }>();
  let rated = 0;
  let scoreSum = 0;
  let satisfied = 0;
  let reported = 0;
  for (const center of centers) {
    if (!center.reported || !center.figures) continue;
    reported++;
    const f = center.figures;
    for (const key of WEEK_HEADLINE_KEYS) report[key] += f.report[key];
    for (const key of Object.keys(queue) as (keyof typeof queue)[]) queue[key] += f.queue[key];
    for (const h of f.help) {
      const sum = help.get(h.code) ?? { code: h.code, atCenter: 0, inField: 0 };
      sum.atCenter += h.atCenter;
      sum.inField += h.inField;
      help.set(h.code, sum);
    }
    if (f.ratings.rated > 0 && f.ratings.meanScore !== null) {
      rated += f.ratings.rated;
      scoreSum += f.ratings.meanScore * f.ratings.rated;
      satisfied += (f.ratings.satisfiedShare ?? 0) * f.ratings.rated;
    }
  }
  report.volunteerHours = round(report.volunteerHours, 2);
  return {
    reported,
    expected: centers.length,
    report,
    queue: {
      ...queue,
      withinTargetShare: queue.calledVisits ? round(queue.withinTarget / queue.calledVisits, 3) : null,
    },
    help: [...help.values()],
    ratings: {
      rated,
      meanScore: rated ? round(scoreSum / rated, 2) : null,
      satisfiedShare: rated ? round(satisfied / rated, 3) : null,
    },
  };
}

interface Row {
  code: string;
  name_vi: string;
  province: string;
  district: string | null;
  received_at: Date | null;
  version: number | null;
  partial: boolean | null;
  via: 'center' | 'hand' | null;
  figures: WeekFigures | null;
}

export async function hubWeek(pool: Pool, week: string, province: string | null): Promise<HubWeek> {
  const { rows } = await pool.query<Row>(
    // Without the daily rows (6 days × every service: the bulk of a file), which the dashboard, the totals and the
    // workbook never read; at 3,321 communes they made the national week's answer several megabytes heavier.
    `SELECT c.code, c.name_vi, c.province, c.district, f.received_at, f.version, f.partial, f.via,
            f.figures - 'days' AS figures
       FROM centers c
       LEFT JOIN week_files f ON f.week = $1 AND f.province = c.province AND f.code = c.code
      WHERE $2::text IS NULL OR c.province = $2
      ORDER BY c.province, c.name_vi, c.code`,
    [week, province],
  );
  const centers = rows.map(centerWeek);
  return { week, province, centers, totals: totalsOf(centers) };
}

function centerWeek(r: Row): HubCenterWeek {
  return {
    code: r.code,
    nameVi: r.name_vi,
    province: r.province,
    district: r.district,
    reported: r.version !== null && r.partial === false,
    receivedAt: r.received_at ? r.received_at.toISOString() : null,
    version: r.version,
    partial: r.partial,
    via: r.via,
    figures: r.figures,
  };
}

export async function centerWeeks(pool: Pool, code: string, from: string, to: string) {
  const center = (
    await pool.query<{ code: string; name_vi: string; province: string; district: string | null }>(
      'SELECT code, name_vi, province, district FROM centers WHERE code = $1',
      [code],
    )
  ).rows[0];
  if (!center) return null;
  const { rows } = await pool.query<Row & { week: Date | string }>(
    `SELECT to_char(week, 'YYYY-MM-DD') AS week, received_at, version, partial, via, figures
       FROM week_files WHERE province = $1 AND code = $2 AND week BETWEEN $3 AND $4 ORDER BY week`,
    [center.province, code, from, to],
  );
  return {
    code: center.code,
    nameVi: center.name_vi,
    province: center.province,
    district: center.district,
    weeks: rows.map((r) => ({
      week: String(r.week),
      receivedAt: r.received_at ? r.received_at.toISOString() : null,
      version: r.version,
      partial: r.partial,
      via: r.via,
      figures: r.figures,
    })),
  };
}

/** The totals of each week from `from` to `to` (Mondays), for the trend chart. */
export async function weekTotals(pool: Pool, from: string, to: string, province: string | null) {
  const weeks: { week: string; totals: HubTotals }[] = [];
  for (let week = from; week <= to; week = addWeek(week)) {
    const { totals } = await hubWeek(pool, week, province);
    weeks.push({ week, totals });
  }
  return weeks;
}

export function addWeek(day: string, weeks = 1): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * weeks);
  return d.toISOString().slice(0, 10);
}
