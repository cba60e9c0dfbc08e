/**
 * The volunteers' duty roster (ca trực): filled by the sign-ins (a volunteer or greeter signed in during a
 * shift is on duty, for the hours they were signed in), corrected by the team lead (someone added with their
 * hours, a sign-in taken out). Reads work on the report worker's read-only connection too.
 */
import type { Database } from 'better-sqlite3';
import type { RosterEntry } from '../../shared/people';
import type { DayRange } from '../../shared/report-range';
import type { RosterEntryInput } from '../../shared/report-schemas';
import { SHIFTS, type Shift } from '../../shared/report-labels';
import { SessionTime } from './session-time';
import { comparePersonNames } from '../../shared/names';

/** Roles that make the volunteer roster from their sign-ins alone. */
const VOLUNTEER_ROLES = new Set(['volunteer', 'greeter']);

interface EntryRow {
  service_day: string;
  shift: Shift;
  staff_id: number;
  on_duty: number;
  hours: number | null;
  note: string | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export class Roster {
  private readonly sessions: SessionTime;

  constructor(private readonly db: Database) {
    this.sessions = new SessionTime(db);
  }

  list(range: DayRange, now: number): RosterEntry[] {
    const staff = new Map(
      (
        this.db.prepare('SELECT id, name, role FROM staff').all() as {
          id: number;
          name: string;
          role: RosterEntry['role'];
        }[]
      ).map((s) => [s.id, s]),
    );
    const entries = new Map<string, RosterEntry>();
    const key = (day: string, shift: Shift, staffId: number) => `${day}|${shift}|${staffId}`;
    for (const t of this.sessions.inRange(range, now)) {
      const person = staff.get(t.staffId);
      if (!person || !VOLUNTEER_ROLES.has(person.role)) continue;
      const hours = round2(t.ms / 3_600_000);
      entries.set(key(t.day, t.shift, t.staffId), {
        day: t.day,
        shift: t.shift,
        staffId: t.staffId,
        name: person.name,
        role: person.role,
        hours,
        signedInHours: hours,
        source: 'sign_in',
        note: null,
      });
    }
    const corrections = this.db
      .prepare('SELECT * FROM roster_entries WHERE service_day BETWEEN ? AND ?')
      .all(range.from, range.to) as EntryRow[];
    for (const row of corrections) {
      const k = key(row.service_day, row.shift, row.staff_id);
      const person = staff.get(row.staff_id);
      if (!row.on_duty || !person) {
        entries.delete(k);
        continue;
      }
      const signedIn = entries.get(k)?.signedInHours ?? 0;
      entries.set(k, {
        day: row.service_day,
        shift: row.shift,
        staffId: row.staff_id,
        name: person.name,
        role: person.role,
        hours: row.hours ?? signedIn,
        signedInHours: signedIn,
        source: 'manual',
        note: row.note,
      });
    }
    return [...entries.values()].sort(
      (a, b) =>
        a.day.localeCompare(b.day) ||
        SHIFTS.indexOf(a.shift) - SHIFTS.indexOf(b.shift) ||
        comparePersonNames(a.name, b.name),
    );
  }

  /** The team lead's correction for one person in one shift (kept with when and from which device). */
  correct(input: RosterEntryInput, now: number, deviceId: number | null): void {
    this.db
      .prepare(
        `INSERT INTO roster_entries (service_day, shift, staff_id, on_duty, hours, note, updated_at, device_id)
         VALUES (@day, @shift, @staffId, @onDuty, @hours, @note, @now, @deviceId)
         ON CONFLICT (service_day, shift, staff_id) DO UPDATE SET on_duty = excluded.on_duty, hours = excluded.hours,
           note = excluded.note, updated_at = excluded.updated_at, device_id = excluded.device_id`,
      )
      .run({ ...input, onDuty: input.onDuty ? 1 : 0, note: input.note || null, now, deviceId });
  }
}
