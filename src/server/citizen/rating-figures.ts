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
import { formatServiceDay } from '../../shared/time';

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

const DAY_MS = 86_400_000;

/** The Monday (`yyyy-MM-dd`) of a service day's ISO week. */
export function weekOf(serviceDay: string): string {
  const t = Date.parse(`${serviceDay}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(t - weekday * DAY_MS).toISOString().slice(0, 10);
}

function weekLabel(monday: string): LocalizedText {
  const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * DAY_MS).toISOString().slice(0, 10);
  const span = `${formatServiceDay(monday)}–${formatServiceDay(sunday)}`;
  return { vi: `Tuần ${span}`, en: `Week ${span}` };
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function figures(key: RatingFigureRow['key'], label: LocalizedText, rows: Row[]): RatingFigureRow {
  const levels = zeros(RATING_LEVELS);
  const reasons = zeros(RATING_REASONS);
  let comments = 0;
  let score = 0;
  for (const r of rows) {
    if (r.level) {
      levels[r.level]++;
      score += RATING_SCORE[r.level];
    }
    for (const reason of JSON.parse(r.reasons) as RatingReason[]) reasons[reason]++;
    // Counted by the flag: the text itself is cleared after the notes' retention period.
    if (r.commented) comments++;
  }
  const rated = rows.length - rows.filter((r) => r.level === null).length;
  return {
    key,
    label,
    asked: rows.length,
    rated,
    noAnswer: rows.length - rated,
    levels,
    reasons,
    comments,
    meanScore: rated === 0 ? null : Math.round((score / rated) * 100) / 100,
    satisfiedShare: rated === 0 ? null : Math.round(((levels.very_satisfied + levels.satisfied) / rated) * 1000) / 1000,
  };
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
  const rows = readRows(db, range.from, range.to);
  const slices = new Map<number | string | null, Row[]>();
  const keyOf: Record<RatingGrouping, (r: Row) => number | string | null> = {
    service: (r) => r.service_id,
    point: (r) => r.service_point_id,
    staff: (r) => r.staff_id,
    week: (r) => weekOf(r.service_day),
  };
  for (const row of rows) {
    const key = keyOf[range.by](row);
    slices.set(key, [...(slices.get(key) ?? []), row]);
  }
  const names =
    range.by === 'service'
      ? namesOf(db, 'services')
      : range.by === 'point'
        ? namesOf(db, 'service_points')
        : range.by === 'staff'
          ? staffNames(db)
          : null;
  const labelOf = (key: number | string | null): LocalizedText => {
    if (range.by === 'week') return weekLabel(String(key));
    if (key === null) return NOBODY;
    return names?.get(Number(key)) ?? { vi: `#${key}`, en: `#${key}` };
  };
  const sliced = [...slices.entries()]
    .map(([key, rs]) => figures(key, labelOf(key), rs))
    .sort((a, b) =>
      range.by === 'week' ? String(a.key).localeCompare(String(b.key)) : a.label.vi.localeCompare(b.label.vi, 'vi'),
    );
  return {
    from: range.from,
    to: range.to,
    by: range.by,
    rows: sliced,
    total: figures(null, { vi: 'Tất cả', en: 'All' }, rows),
    comments: commentsOf(db, rows),
  };
}

/** The newest comments of the range: the words themselves, with the visit they are about. */
function commentsOf(db: Database, rows: Row[]): RatingComment[] {
  const points = namesOf(db, 'service_points');
  return rows
    .filter((r) => r.comment)
    .reverse()
    .slice(0, COMMENTS_SHOWN)
    .map((r) => ({
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
