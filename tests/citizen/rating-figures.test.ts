/**
 * The ratings tab's figures are counted in SQL (a year is ≈ 400,000 ratings). Here they are recomputed
 * independently, row by row from the `ratings` table, for a few weeks of varied ratings — every grouping, the
 * total, the comments — and must agree exactly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ratingFigures, weekOf } from '../../src/server/citizen/rating-figures';
import {
  RATING_GROUPINGS,
  RATING_LEVELS,
  RATING_REASONS,
  RATING_SCORE,
  type RatingLevel,
  type RatingReason,
} from '../../src/shared/rating';
import { testCore, type TestCore } from '../helpers/core';

let core: TestCore | undefined;
afterEach(() => {
  core?.dispose();
  core = undefined;
});

interface RatingRow {
  ticket_id: number;
  service_day: string;
  service_id: number;
  service_point_id: number;
  staff_id: number | null;
  level: RatingLevel | null;
  reasons: string;
  comment: string | null;
  commented: number;
}

/** A small deterministic random, so a failure repeats. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** Three weeks of ratings at the center's counters, written as the rating device would leave them. */
function seedRatings(c: TestCore): void {
  const next = random(7);
  const points = c.setup.servicePoints();
  const staff = [c.setup.createStaff({ name: 'Lê Thị Hoa', role: 'staff', active: true }).id, null];
  const insertTicket = c.db.prepare(
    `INSERT INTO tickets (service_day, number, display_code, service_id, priority, status, queued_at, issued_at,
       resolved_at, case_id, service_point_id) VALUES (?, ?, ?, ?, 'none', 'resolved', 0, 0, ?, ?, ?)`,
  );
  const insertRating = c.db.prepare(
    `INSERT INTO ratings (ticket_id, service_day, service_id, service_point_id, staff_id, level, reasons, comment,
       commented, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  c.db.pragma('foreign_keys = OFF');
  for (let i = 1; i <= 600; i++) {
    const day = `2026-11-${String(1 + Math.floor(next() * 21)).padStart(2, '0')}`;
    const point = points[Math.floor(next() * points.length)]!;
    const serviceId = point.serviceIds[0] ?? 1;
    const ticketId = Number(
      insertTicket.run(day, i, `A${i}`, serviceId, i * 1000, 100_000 + i, point.id).lastInsertRowid,
    );
    const roll = next();
    const level = roll < 0.1 ? null : RATING_LEVELS[Math.floor(next() * RATING_LEVELS.length)]!;
    const unhappy = level === 'dissatisfied' || level === 'very_dissatisfied';
    const reasons = unhappy ? RATING_REASONS.filter(() => next() < 0.5) : [];
    const written = level !== null && next() < 0.2;
    // Some comments already cleared by the retention period: counted, not listed.
    const comment = written && next() < 0.7 ? `Góp ý số ${i}` : null;
    insertRating.run(
      ticketId,
      day,
      serviceId,
      point.id,
      staff[i % 2] ?? null,
      level,
      JSON.stringify(reasons),
      comment,
      written ? 1 : 0,
      i * 1000,
    );
  }
}

describe('rating figures', () => {
  it('count, per service, point, staff member and week, exactly what the rows say', () => {
    core = testCore();
    seedRatings(core);
    const rows = core.db.prepare('SELECT * FROM ratings').all() as RatingRow[];
    const keyOf: Record<(typeof RATING_GROUPINGS)[number], (r: RatingRow) => number | string | null> = {
      service: (r: RatingRow) => r.service_id,
      point: (r: RatingRow) => r.service_point_id,
      staff: (r: RatingRow) => r.staff_id,
      week: (r: RatingRow) => weekOf(r.service_day),
    };
    const expected = (slice: RatingRow[]) => {
      const rated = slice.filter((r) => r.level !== null);
      const levels = Object.fromEntries(RATING_LEVELS.map((l) => [l, rated.filter((r) => r.level === l).length]));
      const reasons = Object.fromEntries(
        RATING_REASONS.map((why) => [
          why,
          slice.filter((r) => (JSON.parse(r.reasons) as RatingReason[]).includes(why)).length,
        ]),
      );
      const score = rated.reduce((sum, r) => sum + RATING_SCORE[r.level!], 0);
      return {
        asked: slice.length,
        rated: rated.length,
        noAnswer: slice.length - rated.length,
        levels,
        reasons,
        comments: slice.filter((r) => r.commented === 1).length,
        meanScore: rated.length ? Math.round((score / rated.length) * 100) / 100 : null,
        satisfiedShare: rated.length
          ? Math.round(((levels.very_satisfied! + levels.satisfied!) / rated.length) * 1000) / 1000
          : null,
      };
    };
    for (const by of RATING_GROUPINGS) {
      const figures = ratingFigures(core.db, { from: '2026-11-01', to: '2026-11-30', by });
      expect(figures.total).toMatchObject(expected(rows));
      const keys = [...new Set(rows.map((r) => keyOf[by](r)))];
      expect(figures.rows.map((r) => r.key).sort()).toEqual(keys.sort());
      for (const row of figures.rows)
        expect(row, `${by} ${row.key}`).toMatchObject(expected(rows.filter((r) => keyOf[by](r) === row.key)));
    }
    // Weeks are named as everywhere a week is named: its ISO number and its days (docs/metrics.md).
    const weeks = ratingFigures(core.db, { from: '2026-11-01', to: '2026-11-30', by: 'week' }).rows;
    expect(weeks.find((w) => w.key === '2026-11-09')!.label).toEqual({
      vi: 'Tuần 46 (09/11–15/11/2026)',
      en: 'Week 46 (09/11–15/11/2026)',
    });
    // A range counts only its days.
    const firstWeek = rows.filter((r) => r.service_day <= '2026-11-07');
    expect(ratingFigures(core.db, { from: '2026-11-01', to: '2026-11-07', by: 'service' }).total).toMatchObject(
      expected(firstWeek),
    );
  });

  it('lists the newest comments still kept, newest first', () => {
    core = testCore();
    seedRatings(core);
    const kept = core.db
      .prepare('SELECT ticket_id, comment FROM ratings WHERE comment IS NOT NULL ORDER BY at DESC')
      .all() as { ticket_id: number; comment: string }[];
    const { comments } = ratingFigures(core.db, { from: '2026-11-01', to: '2026-11-30', by: 'point' });
    expect(comments.map((c) => [c.ticketId, c.text])).toEqual(kept.slice(0, 200).map((r) => [r.ticket_id, r.comment]));
  });
});
