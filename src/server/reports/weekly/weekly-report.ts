/**
 * Gathers the weekly volunteer report (Monday–Sunday): volunteers on duty and their hours (the roster), help
 * given at the help desks by kind (the event log, through the day digests), field visits and difficulties.
 */
import { helpKindOrder, WEEKLY_HELP_CODES } from '../../../shared/report-labels';
import { addDays, type DayRange } from '../../../shared/report-range';
import type { WeeklyReport } from '../../../shared/reports';
import { Difficulties, FieldVisits } from '../../staff/field-notes';
import { Roster } from '../../staff/roster';
import { END, F, FLAG, STRIDE } from '../day-digest';
import type { ReportReader } from '../report-reader';
import { comparePersonNames } from '../../../shared/names';

const round2 = (n: number) => Math.round(n * 100) / 100;

export function weeklyReport(reader: ReportReader, weekStart: string, now: number): WeeklyReport {
  const week: DayRange = { from: weekStart, to: addDays(weekStart, 6) };
  const staff = reader.setup.staffById();
  const points = new Map(reader.setup.points().map((p) => [p.id, p.nameVi]));

  const volunteers = new Map<number, WeeklyReport['volunteers'][number]>();
  for (const entry of new Roster(reader.db).list(week, now)) {
    const v = volunteers.get(entry.staffId) ?? { staffId: entry.staffId, name: entry.name, shifts: [], hours: 0 };
    v.shifts.push({ day: entry.day, shift: entry.shift, hours: entry.hours });
    v.hours = round2(v.hours + entry.hours);
    volunteers.set(entry.staffId, v);
  }

  let issued = 0;
  let visits = 0;
  const citizens = new Set<number>();
  const elderly = new Set<number>();
  const atCenter = new Map<string, number>();
  for (const digest of reader.digests(week, now)) {
    const v = digest.visits;
    for (let at = 0; at < v.length; at += STRIDE) {
      const flags = v[at + F.flags]!;
      if (flags & FLAG.issued) issued++;
      if (!(flags & FLAG.helpDesk) || v[at + F.end] !== END.resolved) continue;
      visits++;
      // Cases are per day; the digest's day keeps two days' case ids apart.
      const caseKey = v[at + F.caseId]!;
      citizens.add(caseKey);
      if (digest.codes[v[at + F.priority]!] === 'elderly') elderly.add(caseKey);
      const help = v[at + F.helpKind]!;
      if (help >= 0) atCenter.set(digest.codes[help]!, (atCenter.get(digest.codes[help]!) ?? 0) + 1);
    }
  }

  const fieldVisits = new FieldVisits(reader.db).list(week);
  const inField = new Map<string, number>();
  for (const visit of fieldVisits)
    for (const [code, count] of Object.entries(visit.helped)) inField.set(code, (inField.get(code) ?? 0) + count);
  const fieldElderly = fieldVisits.reduce((sum, v) => sum + v.elderly, 0);

  const codes = helpKindOrder([...WEEKLY_HELP_CODES, ...atCenter.keys(), ...inField.keys()]);
  const roster = [...volunteers.values()].sort((a, b) => comparePersonNames(a.name, b.name));
  return {
    weekStart: week.from,
    weekEnd: week.to,
    generatedAt: now,
    centerName: reader.setup.centerName(),
    youthUnionBranch: reader.setup.reportSettings().youthUnionBranch,
    issued,
    volunteers: roster,
    volunteerHours: round2(roster.reduce((sum, v) => sum + v.hours, 0)),
    shiftCount: roster.reduce((sum, v) => sum + v.shifts.length, 0),
    helpDesk: { citizens: citizens.size, visits, elderly: elderly.size },
    help: codes.map((code) => ({ code, atCenter: atCenter.get(code) ?? 0, inField: inField.get(code) ?? 0 })),
    fieldVisits: fieldVisits.map((v) => ({
      id: v.id,
      day: v.day,
      place: v.place,
      hours: v.hours,
      volunteers: v.volunteerIds.map((id) => staff.get(id)?.name ?? `#${id}`),
      helped: Object.values(v.helped).reduce((a, b) => a + b, 0),
      elderly: v.elderly,
      note: v.note,
    })),
    elderlySupported: elderly.size + fieldElderly,
    difficulties: new Difficulties(reader.db).list(week).map((d) => ({
      id: d.id,
      at: d.at,
      servicePoint: d.servicePointId === null ? null : (points.get(d.servicePointId) ?? null),
      staff: d.staffId === null ? null : (staff.get(d.staffId)?.name ?? null),
      text: d.text,
    })),
  };
}
