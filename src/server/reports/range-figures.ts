/**
 * Merges day digests into the figures of a range (src/shared/reports.ts), one pass over the visit records.
 * Names and target waits come from today's setup; everything else from the digests.
 */
import { TICKET_STATUSES, type StaffRole, type TicketStatus } from '../../shared/domain';
import type {
  CodeCount,
  DayFigures,
  HeatCell,
  HourFigures,
  PointFigures,
  ReportSummary,
  ServiceFigures,
  SliceFigures,
  StaffFigures,
} from '../../shared/reports';
import { END, F, FLAG, STRIDE, type DayDigest, type PointDay } from './day-digest';
import { Samples } from './durations';
import { comparePersonNames } from '../../shared/names';
import { helpKindLabel, type HelpKindEntry } from '../../shared/report-labels';

export interface RangeContext {
  from: string;
  to: string;
  now: number;
  /** Services in setup order, with their target wait. */
  services: { id: number; targetWaitMinutes: number }[];
  staff: Map<number, { name: string; role: StaffRole }>;
  /** Seconds each person was signed in at a point within the range. */
  signedInSeconds: Map<number, number>;
  /** Setup's kinds of help, whose names the report gives (retired ones too). */
  helpKinds: readonly HelpKindEntry[];
}

class Slice {
  issued = 0;
  called = 0;
  resolved = 0;
  absent = 0;
  transferred = 0;
  cancelled = 0;
  withinTarget = 0;
  readonly waits = new Samples();
  readonly services = new Samples();

  add(v: Int32Array, at: number, targetMs: number): void {
    const flags = v[at + F.flags]!;
    const end = v[at + F.end]!;
    const wait = v[at + F.waitMs]!;
    if (flags & FLAG.issued) this.issued++;
    if (wait >= 0) {
      this.called++;
      this.waits.push(wait);
      if (wait <= targetMs) this.withinTarget++;
    }
    if (end === END.resolved) {
      this.resolved++;
      const service = v[at + F.serviceMs]!;
      if (service >= 0) this.services.push(service);
    } else if (end === END.absent) this.absent++;
    else if (end === END.transferred) this.transferred++;
    else if (end === END.cancelled) this.cancelled++;
  }

  figures(): SliceFigures {
    return {
      issued: this.issued,
      called: this.called,
      resolved: this.resolved,
      absent: this.absent,
      transferred: this.transferred,
      cancelled: this.cancelled,
      wait: this.waits.durations(),
      service: this.services.durations(),
      withinTarget: this.withinTarget,
    };
  }
}

const STATUS_OF: Record<number, TicketStatus> = {
  [END.waiting]: 'waiting',
  [END.resolved]: 'resolved',
  [END.absent]: 'no_show',
  [END.transferred]: 'transferred',
  [END.cancelled]: 'cancelled',
  [END.closedAtDayEnd]: 'cancelled',
  [END.called]: 'called',
  [END.serving]: 'serving',
};

function sliceOf<K>(map: Map<K, Slice>, key: K): Slice {
  let slice = map.get(key);
  if (!slice) map.set(key, (slice = new Slice()));
  return slice;
}

function countUp(map: Map<string, number>, code: string, by: number): void {
  map.set(code, (map.get(code) ?? 0) + by);
}

const codeCounts = (map: Map<string, number>): CodeCount[] =>
  [...map.entries()].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);

/** Slices by a small integer id (services, points, staff): an array lookup per visit, not a hash. */
class SliceTable {
  private readonly slices: (Slice | undefined)[] = [];

  at(id: number): Slice {
    return (this.slices[id + 1] ??= new Slice());
  }

  get(id: number): Slice | undefined {
    return this.slices[id + 1];
  }

  ids(): number[] {
    return this.slices.flatMap((slice, i) => (slice ? [i - 1] : []));
  }
}

export function rangeFigures(digests: Iterable<DayDigest>, context: RangeContext): ReportSummary {
  const targetMs: number[] = [];
  for (const s of context.services) targetMs[s.id] = s.targetWaitMinutes * 60_000;
  const all = new Slice();
  const byService = new SliceTable();
  const byPoint = new SliceTable();
  const byStaff = new SliceTable();
  const byDay = new Map<string, Slice>();
  const hourArrivals = new Map<number, number>();
  const hourWaits = new Map<number, Samples>();
  const heatArrivals = new Map<number, number>();
  const heatWaits = new Map<number, Samples>();
  const pointTime = new Map<number, Omit<PointDay, 'servicePointId'>>();
  const byStatus = Object.fromEntries(TICKET_STATUSES.map((s) => [s, 0])) as Record<TicketStatus, number>;
  const ends = new Int32Array(8);
  const outcomes = new Map<string, number>();
  const helpKinds = new Map<string, number>();
  const priorities = new Map<string, number>();
  let served = 0;
  let calledBack = 0;
  let recalls = 0;

  for (const digest of digests) {
    const v = digest.visits;
    const day = v.length > 0 ? sliceOf(byDay, digest.day) : new Slice();
    const servedCases = new Set<number>();
    // Codes are counted by their index in this digest, then by name once per day.
    const outcomeAt = new Int32Array(digest.codes.length);
    const helpAt = new Int32Array(digest.codes.length);
    const priorityAt = new Int32Array(digest.codes.length);
    for (let at = 0; at < v.length; at += STRIDE) {
      const serviceId = v[at + F.serviceId]!;
      const target = targetMs[serviceId] ?? Infinity;
      const end = v[at + F.end]!;
      const flags = v[at + F.flags]!;
      all.add(v, at, target);
      day.add(v, at, target);
      byService.at(serviceId).add(v, at, target);
      const point = v[at + F.pointId]!;
      if (point >= 0) {
        byPoint.at(point).add(v, at, target);
        byStaff.at(v[at + F.staffId]!).add(v, at, target);
      }
      ends[end]!++;
      if (end === END.resolved) {
        servedCases.add(v[at + F.caseId]!);
        const outcome = v[at + F.outcome]!;
        if (outcome >= 0) outcomeAt[outcome]!++;
        const help = v[at + F.helpKind]!;
        if (help >= 0) helpAt[help]!++;
      }
      if (flags & FLAG.calledBack) calledBack++;
      recalls += v[at + F.recalls]!;
      const hour = Math.floor(v[at + F.joinedSecond]! / 3600);
      const heat = digest.weekday * 24 + hour;
      if (flags & FLAG.issued) {
        priorityAt[v[at + F.priority]!]!++;
        hourArrivals.set(hour, (hourArrivals.get(hour) ?? 0) + 1);
        heatArrivals.set(heat, (heatArrivals.get(heat) ?? 0) + 1);
      }
      const wait = v[at + F.waitMs]!;
      if (wait >= 0) {
        samplesOf(hourWaits, hour).push(wait);
        samplesOf(heatWaits, heat).push(wait);
      }
    }
    served += servedCases.size;
    digest.codes.forEach((code, i) => {
      if (outcomeAt[i]) countUp(outcomes, code, outcomeAt[i]!);
      if (helpAt[i]) countUp(helpKinds, code, helpAt[i]!);
      if (priorityAt[i]) countUp(priorities, code, priorityAt[i]!);
    });
    for (const p of digest.points) {
      const sum = pointTime.get(p.servicePointId) ?? { openMs: 0, busyMs: 0, pausedMs: 0, idleMs: 0, pauses: 0 };
      sum.openMs += p.openMs;
      sum.busyMs += p.busyMs;
      sum.pausedMs += p.pausedMs;
      sum.idleMs += p.idleMs;
      sum.pauses += p.pauses;
      pointTime.set(p.servicePointId, sum);
    }
  }
  for (const [end, status] of Object.entries(STATUS_OF)) byStatus[status] += ends[Number(end)]!;
  const closedAtDayEnd = ends[END.closedAtDayEnd]!;
  const open = ends[END.waiting]! + ends[END.called]! + ends[END.serving]!;

  const overall = all.figures();
  const priorityIssued = overall.issued - (priorities.get('none') ?? 0);
  priorities.delete('none');
  const s = (ms: number) => Math.round(ms / 1000);
  return {
    from: context.from,
    to: context.to,
    generatedAt: context.now,
    issued: overall.issued,
    served,
    resolved: overall.resolved,
    byOutcome: codeCounts(outcomes),
    absent: overall.absent,
    calledBack,
    cancelled: overall.cancelled,
    closedAtDayEnd,
    transferred: overall.transferred,
    open,
    recalls,
    byStatus,
    wait: overall.wait,
    service: overall.service,
    withinTarget: {
      within: overall.withinTarget,
      of: overall.called,
      share: overall.called ? overall.withinTarget / overall.called : null,
    },
    priority: {
      issued: overall.issued,
      priority: priorityIssued,
      share: overall.issued ? priorityIssued / overall.issued : null,
      byClass: codeCounts(priorities),
    },
    helpKinds: codeCounts(helpKinds).map((h) => ({ ...h, name: helpKindLabel(h.code, context.helpKinds) })),
    byService: serviceFigures(byService, context),
    byPoint: [...new Set([...byPoint.ids(), ...pointTime.keys()])]
      .sort((a, b) => a - b)
      .map((servicePointId): PointFigures => {
        const time = pointTime.get(servicePointId);
        return {
          servicePointId,
          ...(byPoint.get(servicePointId) ?? new Slice()).figures(),
          openSeconds: s(time?.openMs ?? 0),
          busySeconds: s(time?.busyMs ?? 0),
          pausedSeconds: s(time?.pausedMs ?? 0),
          idleSeconds: s(time?.idleMs ?? 0),
          pauses: time?.pauses ?? 0,
        };
      }),
    byStaff: staffFigures(byStaff, context),
    byDay: [...byDay.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, slice]): DayFigures => ({ day, ...slice.figures() })),
    byHour: [...new Set([...hourArrivals.keys(), ...hourWaits.keys()])]
      .sort((a, b) => a - b)
      .map((hour): HourFigures => ({
        hour,
        arrivals: hourArrivals.get(hour) ?? 0,
        wait: (hourWaits.get(hour) ?? new Samples()).durations(),
      })),
    heatmap: [...new Set([...heatArrivals.keys(), ...heatWaits.keys()])]
      .sort((a, b) => a - b)
      .map((key): HeatCell => ({
        weekday: Math.floor(key / 24),
        hour: key % 24,
        arrivals: heatArrivals.get(key) ?? 0,
        p50WaitSeconds: heatWaits.get(key)?.durations().p50Seconds ?? null,
      })),
  };
}

function samplesOf(map: Map<number, Samples>, key: number): Samples {
  let samples = map.get(key);
  if (!samples) map.set(key, (samples = new Samples()));
  return samples;
}

function serviceFigures(byService: SliceTable, context: RangeContext): ServiceFigures[] {
  const order = context.services.map((s) => s.id);
  const rank = (id: number) => (order.includes(id) ? order.indexOf(id) : order.length + id);
  return byService
    .ids()
    .sort((a, b) => rank(a) - rank(b))
    .map((serviceId) => ({
      serviceId,
      targetWaitMinutes: context.services.find((s) => s.id === serviceId)?.targetWaitMinutes ?? 0,
      ...byService.get(serviceId)!.figures(),
    }));
}

function staffFigures(byStaff: SliceTable, context: RangeContext): StaffFigures[] {
  const ids = new Set([...byStaff.ids(), ...context.signedInSeconds.keys()]);
  return [...ids]
    .map((id): StaffFigures => {
      const person = id >= 0 ? context.staff.get(id) : undefined;
      return {
        staffId: id >= 0 ? id : null,
        name: person?.name ?? null,
        role: person?.role ?? null,
        signedInSeconds: Math.round(context.signedInSeconds.get(id) ?? 0),
        ...(byStaff.get(id) ?? new Slice()).figures(),
      };
    })
    .sort((a, b) => b.resolved - a.resolved || comparePersonNames(a.name ?? '', b.name ?? ''));
}
