/**
 * The report's figures recomputed from the simulation's own record (simulated-days.ts), straight from the
 * definitions in docs/metrics.md, with plain arrays and sorts — none of the report code is used.
 */
import type { Model, ModelVisit } from './simulated-days';

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  hourCycle: 'h23',
});
const localHour = (ms: number) => Number(hourFormat.format(new Date(ms)));
const isoWeekday = (day: string) => ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

export function durations(ms: number[]) {
  if (ms.length === 0) return { count: 0, p50Seconds: null, p90Seconds: null, maxSeconds: null, meanSeconds: null };
  const sorted = [...ms].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
  return {
    count: sorted.length,
    p50Seconds: Math.round(rank(50) / 1000),
    p90Seconds: Math.round(rank(90) / 1000),
    maxSeconds: Math.round(sorted[sorted.length - 1]! / 1000),
    meanSeconds: Math.round(sorted.reduce((a, b) => a + b, 0) / sorted.length / 1000),
  };
}

const waitOf = (v: ModelVisit) => (v.firstCallAt === null ? null : v.firstCallAt - v.joinedAt);
const serviceOf = (v: ModelVisit) =>
  v.status === 'resolved' ? v.resolvedAt! - (v.lastStartAt ?? v.lastCallAt!) : null;

function slice(visits: ModelVisit[], targetMs: (v: ModelVisit) => number) {
  const waits = visits.map(waitOf).filter((w): w is number => w !== null);
  return {
    issued: visits.filter((v) => v.fresh).length,
    called: waits.length,
    resolved: visits.filter((v) => v.status === 'resolved').length,
    absent: visits.filter((v) => v.status === 'no_show').length,
    transferred: visits.filter((v) => v.status === 'transferred').length,
    cancelled: visits.filter((v) => v.status === 'cancelled' && !v.closedAtDayEnd).length,
    wait: durations(waits),
    service: durations(visits.map(serviceOf).filter((s): s is number => s !== null)),
    withinTarget: visits.filter((v) => waitOf(v) !== null && waitOf(v)! <= targetMs(v)).length,
  };
}

function groupBy<K>(visits: ModelVisit[], key: (v: ModelVisit) => K): Map<K, ModelVisit[]> {
  const groups = new Map<K, ModelVisit[]>();
  for (const v of visits) groups.set(key(v), [...(groups.get(key(v)) ?? []), v]);
  return groups;
}

/** Counts by code, listed by code (the test compares them in that order). */
function counts(codes: string[]) {
  const byCode = new Map<string, number>();
  for (const code of codes) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  return [...byCode].map(([code, count]) => ({ code, count })).sort((a, b) => a.code.localeCompare(b.code));
}

/** A heatmap cell or an hour is listed when someone arrived or was called from it. */
const seen = (list: ModelVisit[]) => list.some((v) => v.fresh || waitOf(v) !== null);

export function expectedFigures(model: Model, targets: Map<number, number>) {
  const visits = [...model.visits.values()];
  const targetMs = (v: ModelVisit) => targets.get(v.serviceId)! * 60_000;
  const all = slice(visits, targetMs);
  const resolved = visits.filter((v) => v.status === 'resolved');
  const fresh = visits.filter((v) => v.fresh);
  const status = (s: string) => visits.filter((v) => v.status === s).length;
  const atPoints = visits.filter((v) => v.point !== null);
  const points = new Map<
    number,
    { openMs: number; busyMs: number; pausedMs: number; idleMs: number; pauses: number }
  >();
  for (const day of model.points.values())
    for (const [id, p] of day) {
      const sum = points.get(id) ?? { openMs: 0, busyMs: 0, pausedMs: 0, idleMs: 0, pauses: 0 };
      for (const k of ['openMs', 'busyMs', 'pausedMs', 'idleMs', 'pauses'] as const) sum[k] += p[k];
      points.set(id, sum);
    }
  const heat = groupBy(visits, (v) => `${isoWeekday(v.day)}|${localHour(v.joinedAt)}`);
  const s = (ms: number) => Math.round(ms / 1000);
  return {
    issued: all.issued,
    served: new Set(resolved.map((v) => v.caseId)).size,
    resolved: all.resolved,
    byOutcome: counts(resolved.map((v) => v.outcome!)),
    absent: all.absent,
    calledBack: visits.filter((v) => v.calledBack).length,
    cancelled: all.cancelled,
    closedAtDayEnd: visits.filter((v) => v.closedAtDayEnd).length,
    transferred: all.transferred,
    open: status('waiting') + status('called') + status('serving'),
    recalls: visits.reduce((sum, v) => sum + v.recalls, 0),
    byStatus: {
      waiting: status('waiting'),
      called: status('called'),
      serving: status('serving'),
      resolved: status('resolved'),
      no_show: status('no_show'),
      transferred: status('transferred'),
      cancelled: status('cancelled'),
    },
    wait: all.wait,
    service: all.service,
    withinTarget: { within: all.withinTarget, of: all.called, share: all.withinTarget / all.called },
    priority: {
      issued: fresh.length,
      priority: fresh.filter((v) => v.priority !== 'none').length,
      share: fresh.filter((v) => v.priority !== 'none').length / fresh.length,
      byClass: counts(fresh.filter((v) => v.priority !== 'none').map((v) => v.priority)),
    },
    helpKinds: counts(resolved.filter((v) => v.helpKind).map((v) => v.helpKind!)),
    byService: [...groupBy(visits, (v) => v.serviceId)]
      .sort(([a], [b]) => a - b)
      .map(([serviceId, list]) => ({ serviceId, targetWaitMinutes: targets.get(serviceId), ...slice(list, targetMs) })),
    byPoint: [...new Set([...groupBy(atPoints, (v) => v.point!).keys(), ...points.keys()])]
      .sort((a, b) => a - b)
      .map((servicePointId) => {
        const time = points.get(servicePointId)!;
        return {
          servicePointId,
          ...slice(
            atPoints.filter((v) => v.point === servicePointId),
            targetMs,
          ),
          openSeconds: s(time.openMs),
          busySeconds: s(time.busyMs),
          pausedSeconds: s(time.pausedMs),
          idleSeconds: s(time.idleMs),
          pauses: time.pauses,
        };
      }),
    byStaff: [...groupBy(atPoints, (v) => v.staff)]
      .map(([staffId, list]) => ({ staffId, ...slice(list, targetMs) }))
      .sort((a, b) => (a.staffId ?? -1) - (b.staffId ?? -1)),
    byDay: [...groupBy(visits, (v) => v.day)]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, list]) => ({ day, ...slice(list, targetMs) })),
    byHour: [...groupBy(visits, (v) => localHour(v.joinedAt))]
      .filter(([, list]) => seen(list))
      .sort(([a], [b]) => a - b)
      .map(([hour, list]) => ({
        hour,
        arrivals: list.filter((v) => v.fresh).length,
        wait: durations(list.map(waitOf).filter((w): w is number => w !== null)),
      })),
    heatmap: [...heat]
      .filter(([, list]) => seen(list))
      .map(([key, list]) => {
        const [weekday, hour] = key.split('|').map(Number) as [number, number];
        const waits = list.map(waitOf).filter((w): w is number => w !== null);
        return {
          weekday,
          hour,
          arrivals: list.filter((v) => v.fresh).length,
          p50WaitSeconds: durations(waits).p50Seconds,
        };
      })
      .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour),
  };
}
