/**
 * Gathers the weekly volunteer report (Monday–Sunday) as the contract's WeeklyReport: volunteers and their hours
 * (the duty roster and the field visits), help given at the help desks by kind (the event log, through the day
 * digests), elderly citizens helped, field visits and difficulties. Definitions: docs/metrics.md.
 */
import { WEEKLY_FORMAT_VERSION, type WeeklyFigures, type WeeklyReport } from '../../../shared/contract/weekly-report';
import { comparePersonNames } from '../../../shared/names';
import { helpKindLabel, helpKindOrder, WEEKLY_HELP_CODES } from '../../../shared/report-labels';
import { addDays, isoWeekOf, type DayRange } from '../../../shared/report-range';
import { Difficulties, FieldVisits } from '../../staff/field-notes';
import { Roster } from '../../staff/roster';
import type { ReportReader } from '../report-reader';
import { weekCases } from './weekly-cases';
import { weekSatisfaction } from './weekly-satisfaction';

const round2 = (n: number) => Math.round(n * 100) / 100;
type Volunteer = WeeklyReport['volunteers'][number];

export function weeklyReport(reader: ReportReader, weekStart: string, now: number): WeeklyReport {
  const week: DayRange = { from: weekStart, to: addDays(weekStart, 6) };
  const staff = reader.setup.staffById();
  const points = new Map(reader.setup.points().map((p) => [p.id, p.nameVi]));
  const helpKinds = reader.setup.helpKinds();
  const nameOf = (id: number) => staff.get(id)?.name ?? `#${id}`;

  const volunteers = new Map<number, Volunteer>();
  const volunteer = (staffId: number): Volunteer => {
    let v = volunteers.get(staffId);
    if (!v)
      volunteers.set(
        staffId,
        (v = { staffId, name: nameOf(staffId), shifts: [], dutyHours: 0, fieldHours: 0, hours: 0 }),
      );
    return v;
  };
  for (const entry of new Roster(reader.db).list(week, now)) {
    const v = volunteer(entry.staffId);
    v.shifts.push({ day: entry.day, shift: entry.shift, hours: entry.hours });
    v.dutyHours = round2(v.dutyHours + entry.hours);
  }

  const fieldVisits = new FieldVisits(reader.db).list(week);
  const inField = new Map<string, number>();
  for (const visit of fieldVisits) {
    for (const [code, count] of Object.entries(visit.helped)) inField.set(code, (inField.get(code) ?? 0) + count);
    // Everyone who went counts as a volunteer of the week, for their own hours out.
    for (const { staffId, hours } of visit.volunteers) {
      const v = volunteer(staffId);
      v.fieldHours = round2(v.fieldHours + hours);
    }
  }
  for (const v of volunteers.values()) v.hours = round2(v.dutyHours + v.fieldHours);
  const fieldElderly = fieldVisits.reduce((sum, v) => sum + v.elderly, 0);
  const fieldHelped = fieldVisits.reduce((sum, v) => sum + Object.values(v.helped).reduce((a, b) => a + b, 0), 0);

  const cases = weekCases(reader, week, now);
  const satisfaction = weekSatisfaction(reader, week);
  const codes = helpKindOrder(
    [...helpKinds.map((k) => k.code), ...WEEKLY_HELP_CODES, ...cases.atCenter.keys(), ...inField.keys()].filter(
      // Retired or unknown kinds only when something was counted under them.
      (code) =>
        cases.atCenter.has(code) ||
        inField.has(code) ||
        helpKinds.some((k) => k.code === code) ||
        (helpKinds.length === 0 && WEEKLY_HELP_CODES.includes(code)),
    ),
    helpKinds,
  );
  const roster = [...volunteers.values()].sort((a, b) => comparePersonNames(a.name, b.name));
  const difficulties = new Difficulties(reader.db).list(week);
  const figures: WeeklyFigures = {
    volunteers: roster.length,
    volunteerShifts: roster.reduce((sum, v) => sum + v.shifts.length, 0),
    volunteerHours: round2(roster.reduce((sum, v) => sum + v.hours, 0)),
    ticketsIssued: cases.issued,
    helpDeskCitizens: cases.deskCases,
    helpDeskVisits: cases.deskVisits,
    elderlyHelped: cases.elderlyCases + fieldElderly,
    fieldVisits: fieldVisits.length,
    fieldCitizensHelped: fieldHelped,
    ratingsAsked: satisfaction.asked,
    ratingsGiven: satisfaction.rated,
    satisfiedShare: satisfaction.satisfiedShare,
    meanRating: satisfaction.meanScore,
    difficulties: difficulties.length,
  };
  return {
    formatVersion: WEEKLY_FORMAT_VERSION,
    week: { start: week.from, end: week.to, ...isoWeekOf(week.from) },
    generatedAt: now,
    centerName: reader.setup.centerName(),
    youthUnionBranch: reader.setup.reportSettings().youthUnionBranch,
    figures,
    elderly: {
      helpDeskCases: cases.elderlyDeskCases,
      priorityTicketsServed: cases.elderlyPriorityCases,
      onFieldVisits: fieldElderly,
    },
    volunteers: roster,
    help: codes.map((code) => ({
      code,
      name: helpKindLabel(code, helpKinds),
      atCenter: cases.atCenter.get(code) ?? 0,
      inField: inField.get(code) ?? 0,
    })),
    fieldVisits: fieldVisits.map((v) => ({
      id: v.id,
      day: v.day,
      place: v.place,
      hours: v.hours,
      volunteers: v.volunteers.map(({ staffId, hours }) => ({ staffId, name: nameOf(staffId), hours })),
      helped: Object.values(v.helped).reduce((a, b) => a + b, 0),
      elderly: v.elderly,
      note: v.note,
    })),
    servedBy: cases.servedBy,
    satisfaction,
    difficulties: difficulties.map((d) => ({
      id: d.id,
      at: d.at,
      servicePoint: d.servicePointId === null ? null : (points.get(d.servicePointId) ?? null),
      staff: d.staffId === null ? null : (staff.get(d.staffId)?.name ?? null),
      text: d.text,
    })),
  };
}
