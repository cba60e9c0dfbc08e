/**
 * Rating figures for reports: per service, point, staff member or week over a range of service days, from the
 * `ratings` table (definitions in docs/metrics.md, "Satisfaction ratings"). Takes any connection — the reports'
 * read-only worker connection too — and reads names straight from setup's tables.
 */
import type { Database } from 'better-sqlite3';
import type { LocalizedText } from '../../shared/errors';
import {
  NO_RATING_TEXT,
  RATING_LEVEL_TEXT,
  RATING_LEVELS,
  RATING_REASON_TEXT,
  RATING_REASONS,
  RATING_SCORE,
  COMMENTS_SHOWN,
  type RatingComment,
  type RatingFigureRow,
  type RatingFigures,
  type RatingGrouping,
  type RatingLevel,
  type RatingReason,
} from '../../shared/rating';
import { mondayOf, weekName } from '../../shared/report-range';

interface Row {
  ticket_id: number;
  service_day: string;
  service_id: number;
  service_point_id: number;
  staff_id: number | null;
  level: RatingLevel | null;
  reasons: string;
  comment: string | null;
  commented: 0 | 1;
  at: number;
  display_code: string;
}

/** The Monday (`yyyy-MM-dd`) of a service day's ISO week. */
export const weekOf = mondayOf;

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** What SQL counted for one slice: ratings per level (null: no answer), reasons ticked, comments written. */
interface Tally {
  levels: Record<RatingLevel, number>;
  noAnswer: number;
  reasons: Record<RatingReason, number>;
  comments: number;
}

const emptyTally = (): Tally => ({
  levels: zeros(RATING_LEVELS),
  noAnswer: 0,
  reasons: zeros(RATING_REASONS),
  comments: 0,
});

function figures(key: RatingFigureRow['key'], label: LocalizedText, tally: Tally): RatingFigureRow {
  const { levels } = tally;
  const rated = RATING_LEVELS.reduce((sum, level) => sum + levels[level], 0);
  const score = RATING_LEVELS.reduce((sum, level) => sum + levels[level] * RATING_SCORE[level], 0);
  return {
    key,
    label,
    asked: rated + tally.noAnswer,
    rated,
    noAnswer: tally.noAnswer,
    levels: { ...levels },
    reasons: { ...tally.reasons },
    comments: tally.comments,
    meanScore: rated === 0 ? null : Math.round((score / rated) * 100) / 100,
    satisfiedShare: rated === 0 ? null : Math.round(((levels.very_satisfied + levels.satisfied) / rated) * 1000) / 1000,
  };
}

const SLICE_COLUMN: Record<RatingGrouping, string> = {
  service: 'service_id',
  point: 'service_point_id',
  staff: 'staff_id',
  // Days here, folded into their weeks below (weekOf).
  week: 'service_day',
};

/**
 * Counts per slice in SQL (a year is ≈ 400,000 ratings: counted where they lie, not read row by row), the
 * reasons through `json_each`. Comments are counted by their flag: the text is cleared after the retention period.
 */
function tallies(db: Database, range: { from: string; to: string; by: RatingGrouping }) {
  const column = SLICE_COLUMN[range.by];
  const slices = new Map<number | string | null, Tally>();
  const total = emptyTally();
  const tallyOf = (key: number | string | null) => {
    const sliceKey = range.by === 'week' ? weekOf(String(key)) : key;
    let tally = slices.get(sliceKey);
    if (!tally) slices.set(sliceKey, (tally = emptyTally()));
    return tally;
  };
  const byLevel = db
    .prepare(
      `SELECT ${column} AS slice, level, count(*) AS n, sum(commented) AS commented FROM ratings
       WHERE service_day BETWEEN ? AND ? GROUP BY slice, level`,
    )
    .all(range.from, range.to) as {
    slice: number | string | null;
    level: RatingLevel | null;
    n: number;
    commented: number;
  }[];
  for (const row of byLevel)
    for (const tally of [tallyOf(row.slice), total]) {
      if (row.level) tally.levels[row.level] += row.n;
      else tally.noAnswer += row.n;
      tally.comments += row.commented;
    }
  const byReason = db
    .prepare(
      // Not "key": json_each has a column of that name.
      `SELECT ratings.${column} AS slice, reason.value AS reason, count(*) AS n
       FROM ratings, json_each(ratings.reasons) AS reason
       WHERE ratings.service_day BETWEEN ? AND ? AND ratings.reasons <> '[]' GROUP BY slice, reason.value`,
    )
    .all(range.from, range.to) as { slice: number | string | null; reason: RatingReason; n: number }[];
  for (const row of byReason)
    for (const tally of [tallyOf(row.slice), total])
      if (row.reason in tally.reasons) tally.reasons[row.reason] += row.n;
  return { slices, total };
}

function readRows(db: Database, from: string, to: string): Row[] {
  return db
    .prepare(
      `SELECT r.*, t.display_code FROM ratings r JOIN tickets t ON t.id = r.ticket_id
       WHERE r.service_day BETWEEN ? AND ? ORDER BY r.at`,
    )
    .all(from, to) as Row[];
}

function namesOf(db: Database, table: 'services' | 'service_points'): Map<number, LocalizedText> {
  const rows = db.prepare(`SELECT id, name_vi, name_en FROM ${table}`).all() as {
    id: number;
    name_vi: string;
    name_en: string;
  }[];
  return new Map(rows.map((r) => [r.id, { vi: r.name_vi, en: r.name_en }]));
}

function staffNames(db: Database): Map<number, LocalizedText> {
  const rows = db.prepare('SELECT id, name FROM staff').all() as { id: number; name: string }[];
  return new Map(rows.map((r) => [r.id, { vi: r.name, en: r.name }]));
}

const NOBODY: LocalizedText = { vi: '(chưa đăng nhập)', en: '(nobody signed in)' };

/** Ratings over the service days `from`–`to` (both included), sliced `by` service, point, staff or week. */
export function ratingFigures(db: Database, range: { from: string; to: string; by: RatingGrouping }): RatingFigures {
  const { slices, total } = tallies(db, range);
  const names =
    range.by === 'service'
      ? namesOf(db, 'services')
      : range.by === 'point'
        ? namesOf(db, 'service_points')
        : range.by === 'staff'
          ? staffNames(db)
          : null;
  const labelOf = (key: number | string | null): LocalizedText => {
    if (range.by === 'week') return weekName(String(key));
    if (key === null) return NOBODY;
    return names?.get(Number(key)) ?? { vi: `#${key}`, en: `#${key}` };
  };
  const sliced = [...slices.entries()]
    .map(([key, tally]) => figures(key, labelOf(key), tally))
    .sort((a, b) =>
      range.by === 'week' ? String(a.key).localeCompare(String(b.key)) : a.label.vi.localeCompare(b.label.vi, 'vi'),
    );
  return {
    from: range.from,
    to: range.to,
    by: range.by,
    rows: sliced,
    total: figures(null, { vi: 'Tất cả', en: 'All' }, total),
    comments: commentsOf(db, range.from, range.to),
  };
}

/** The newest comments of the range: the words themselves, with the visit they are about. */
function commentsOf(db: Database, from: string, to: string): RatingComment[] {
  const points = namesOf(db, 'service_points');
  const rows = db
    .prepare(
      `SELECT r.*, t.display_code FROM ratings r JOIN tickets t ON t.id = r.ticket_id
       WHERE r.service_day BETWEEN ? AND ? AND r.comment IS NOT NULL ORDER BY r.at DESC, r.ticket_id DESC LIMIT ?`,
    )
    .all(from, to, COMMENTS_SHOWN) as Row[];
  return rows.map((r) => ({
    ticketId: r.ticket_id,
    displayCode: r.display_code,
    serviceDay: r.service_day,
    at: r.at,
    point: points.get(r.service_point_id) ?? { vi: `#${r.service_point_id}`, en: `#${r.service_point_id}` },
    level: r.level,
    reasons: JSON.parse(r.reasons) as RatingReason[],
    text: r.comment!,
  }));
}

/** One line per rating, for exports (CSV, XLSX): the words a reader wants, Vietnamese and English. */
export interface RatingExportRow {
  serviceDay: string;
  at: number;
  ticket: string;
  service: LocalizedText;
  point: LocalizedText;
  staff: string | null;
  level: LocalizedText;
  reasons: LocalizedText[];
  comment: string | null;
}

export function ratingExportRows(db: Database, from: string, to: string): RatingExportRow[] {
  const services = namesOf(db, 'services');
  const points = namesOf(db, 'service_points');
  const staff = staffNames(db);
  return readRows(db, from, to).map((r) => ({
    serviceDay: r.service_day,
    at: r.at,
    ticket: r.display_code,
    service: services.get(r.service_id)!,
    point: points.get(r.service_point_id)!,
    staff: r.staff_id === null ? null : (staff.get(r.staff_id)?.vi ?? null),
    level: r.level ? RATING_LEVEL_TEXT[r.level] : NO_RATING_TEXT,
    reasons: (JSON.parse(r.reasons) as RatingReason[]).map((reason) => RATING_REASON_TEXT[reason]),
    comment: r.comment,
  }));
}
