/**
 * What the event log says about a week's cases, in one pass over its day digests: tickets issued, help-desk
 * cases and visits by kind of help, elderly cases (the elderly desk's and the elderly-priority ones served), and
 * who served at each counter and help desk with its median wait and service time. Definitions: docs/metrics.md.
 */
import type { WeeklyReport } from '../../../shared/contract/weekly-report';
import { DEFAULT_ELDERLY_HELP_KINDS } from '../../../shared/domain';
import type { DayRange } from '../../../shared/report-range';
import { END, F, FLAG, STRIDE } from '../day-digest';
import { Samples } from '../durations';
import type { ReportReader } from '../report-reader';

const ELDERLY_KINDS = new Set<string>(DEFAULT_ELDERLY_HELP_KINDS);

interface PointTally {
  cases: Set<number>;
  visits: number;
  /** Resolved visits by who resolved them (-1: nobody signed in). */
  staff: Map<number, number>;
  waits: Samples;
  services: Samples;
}

export function weekCases(reader: ReportReader, week: DayRange, now: number) {
  // The elderly help desk's services: those setup ties the elderly kinds of help to.
  const elderlyServices = new Set(
    reader.setup
      .helpKinds()
      .filter((k) => k.serviceId !== null && ELDERLY_KINDS.has(k.code))
      .map((k) => k.serviceId!),
  );
  let issued = 0;
  let deskVisits = 0;
  const deskCases = new Set<number>();
  const elderlyDeskCases = new Set<number>();
  const elderlyPriorityCases = new Set<number>();
  const atCenter = new Map<string, number>();
  const points = new Map<number, PointTally>();
  const pointTally = (id: number) => {
    let tally = points.get(id);
    if (!tally)
      points.set(
        id,
        (tally = { cases: new Set(), visits: 0, staff: new Map(), waits: new Samples(), services: new Samples() }),
      );
    return tally;
  };
  for (const digest of reader.digests(week, now)) {
    const v = digest.visits;
    for (let at = 0; at < v.length; at += STRIDE) {
      const flags = v[at + F.flags]!;
      if (flags & FLAG.issued) issued++;
      const pointId = v[at + F.pointId]!;
      // The wait of a visit counts at the point that called it (last).
      if (pointId >= 0 && v[at + F.waitMs]! >= 0) pointTally(pointId).waits.push(v[at + F.waitMs]!);
      if (v[at + F.end] !== END.resolved) continue;
      // Case ids are ticket ids: unique across days.
      const caseId = v[at + F.caseId]!;
      const point = pointTally(pointId);
      point.cases.add(caseId);
      point.visits++;
      point.staff.set(v[at + F.staffId]!, (point.staff.get(v[at + F.staffId]!) ?? 0) + 1);
      if (v[at + F.serviceMs]! >= 0) point.services.push(v[at + F.serviceMs]!);
      if (digest.codes[v[at + F.priority]!] === 'elderly') elderlyPriorityCases.add(caseId);
      if (!(flags & FLAG.helpDesk)) continue;
      deskVisits++;
      deskCases.add(caseId);
      if (elderlyServices.has(v[at + F.serviceId]!)) elderlyDeskCases.add(caseId);
      const help = v[at + F.helpKind]!;
      if (help >= 0) atCenter.set(digest.codes[help]!, (atCenter.get(digest.codes[help]!) ?? 0) + 1);
    }
  }
  return {
    issued,
    deskVisits,
    deskCases: deskCases.size,
    elderlyDeskCases: elderlyDeskCases.size,
    elderlyPriorityCases: elderlyPriorityCases.size,
    elderlyCases: new Set([...elderlyDeskCases, ...elderlyPriorityCases]).size,
    atCenter,
    servedBy: servedBy(reader, points),
  };
}

function servedBy(reader: ReportReader, points: Map<number, PointTally>): WeeklyReport['servedBy'] {
  const staff = reader.setup.staffById();
  // Setup's order: counters by number, then help desks; only points that served someone.
  return reader.setup
    .points()
    .filter((p) => (points.get(p.id)?.visits ?? 0) > 0)
    .map((p) => {
      const tally = points.get(p.id)!;
      return {
        servicePointId: p.id,
        name: { vi: p.nameVi, en: p.nameEn },
        kind: p.kind,
        cases: tally.cases.size,
        visits: tally.visits,
        staff: [...tally.staff.entries()]
          .map(([id, visits]) => ({
            staffId: id < 0 ? null : id,
            name: id < 0 ? null : (staff.get(id)?.name ?? `#${id}`),
            visits,
          }))
          .sort((a, b) => b.visits - a.visits || (a.name ?? '').localeCompare(b.name ?? '', 'vi')),
        medianWaitSeconds: tally.waits.durations().p50Seconds,
        medianServiceSeconds: tally.services.durations().p50Seconds,
      };
    });
}
