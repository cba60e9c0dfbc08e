/**
 * What the team lead and the points write down by hand: field visits to residential areas, and difficulties
 * noted at a counter or help desk. Withdrawn entries stay in the database (marked), out of the reports.
 */
import type { Database } from 'better-sqlite3';
import { notFound } from '../../shared/errors';
import type { Difficulty, FieldVisit } from '../../shared/people';
import type { DayRange } from '../../shared/report-range';
import type { DifficultyInput, FieldVisitInput } from '../../shared/report-schemas';
import { serviceDayOf } from '../../shared/time';

interface VisitRow {
  id: number;
  service_day: string;
  place: string;
  hours: number;
  volunteer_ids: string;
  helped: string;
  elderly: number;
  note: string | null;
  created_at: number;
  updated_at: number;
}

/**
 * `volunteer_ids` holds who went: `{staffId, hours}` each since each person's hours are kept (issue 20); a bare
 * staff id (visits recorded before) went for the whole visit.
 */
type StoredVolunteer = number | { staffId: number; hours: number };

function volunteersOf(r: VisitRow): FieldVisit['volunteers'] {
  return (JSON.parse(r.volunteer_ids) as StoredVolunteer[]).map((v) =>
    typeof v === 'number' ? { staffId: v, hours: r.hours } : v,
  );
}

const visitFromRow = (r: VisitRow): FieldVisit => ({
  id: r.id,
  day: r.service_day,
  place: r.place,
  hours: r.hours,
  volunteerIds: volunteersOf(r).map((v) => v.staffId),
  volunteers: volunteersOf(r),
  helped: JSON.parse(r.helped) as Record<string, number>,
  elderly: r.elderly,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const visitNotFound = (id: number) =>
  notFound('FIELD_VISIT_NOT_FOUND', { vi: `Không có chuyến đi cơ sở #${id}.`, en: `No field visit #${id}.` });

export class FieldVisits {
  constructor(private readonly db: Database) {}

  list(range: DayRange): FieldVisit[] {
    return (
      this.db
        .prepare(
          'SELECT * FROM field_visits WHERE service_day BETWEEN ? AND ? AND withdrawn_at IS NULL ORDER BY service_day, id',
        )
        .all(range.from, range.to) as VisitRow[]
    ).map(visitFromRow);
  }

  get(id: number): FieldVisit {
    const row = this.db.prepare('SELECT * FROM field_visits WHERE id = ? AND withdrawn_at IS NULL').get(id) as
      VisitRow | undefined;
    if (!row) throw visitNotFound(id);
    return visitFromRow(row);
  }

  create(input: FieldVisitInput, now: number): FieldVisit {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO field_visits (service_day, place, hours, volunteer_ids, helped, elderly, note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...this.columns(input), now, now);
    return this.get(Number(lastInsertRowid));
  }

  update(id: number, input: FieldVisitInput, now: number): FieldVisit {
    this.get(id);
    this.db
      .prepare(
        `UPDATE field_visits SET service_day = ?, place = ?, hours = ?, volunteer_ids = ?, helped = ?, elderly = ?,
           note = ?, updated_at = ? WHERE id = ?`,
      )
      .run(...this.columns(input), now, id);
    return this.get(id);
  }

  withdraw(id: number, now: number): void {
    this.get(id);
    this.db.prepare('UPDATE field_visits SET withdrawn_at = ? WHERE id = ?').run(now, id);
  }

  private columns(input: FieldVisitInput) {
    const helped = Object.fromEntries(Object.entries(input.helped).filter(([, n]) => n > 0));
    // One entry a person (the first wins), each with their own hours or the visit's.
    const seen = new Set<number>();
    const volunteers = (input.volunteers ?? input.volunteerIds.map((staffId) => ({ staffId, hours: input.hours })))
      .filter((v) => !seen.has(v.staffId) && seen.add(v.staffId))
      .map((v) => ({ staffId: v.staffId, hours: v.hours }));
    return [
      input.day,
      input.place,
      input.hours,
      JSON.stringify(volunteers),
      JSON.stringify(helped),
      input.elderly,
      input.note || null,
    ] as const;
  }
}

interface DifficultyRow {
  id: number;
  at: number;
  service_day: string;
  service_point_id: number | null;
  staff_id: number | null;
  text: string;
}

export class Difficulties {
  constructor(private readonly db: Database) {}

  add(input: DifficultyInput & { staffId: number | null }, now: number, deviceId: number | null): Difficulty {
    const { lastInsertRowid } = this.db
      .prepare(
        'INSERT INTO difficulties (at, service_day, service_point_id, staff_id, device_id, text) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(now, serviceDayOf(now), input.servicePointId ?? null, input.staffId, deviceId, input.text);
    return this.list({ from: '0000-01-01', to: '9999-12-31' }, Number(lastInsertRowid))[0]!;
  }

  list(range: DayRange, id?: number): Difficulty[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM difficulties WHERE service_day BETWEEN ? AND ? AND withdrawn_at IS NULL
           AND (? IS NULL OR id = ?) ORDER BY at`,
      )
      .all(range.from, range.to, id ?? null, id ?? null) as DifficultyRow[];
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      day: r.service_day,
      servicePointId: r.service_point_id,
      staffId: r.staff_id,
      text: r.text,
    }));
  }

  withdraw(id: number, now: number): void {
    const { changes } = this.db
      .prepare('UPDATE difficulties SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL')
      .run(now, id);
    if (changes === 0)
      throw notFound('DIFFICULTY_NOT_FOUND', {
        vi: `Không có ghi chú khó khăn #${id}.`,
        en: `No difficulty note #${id}.`,
      });
  }
}
