/**
 * Drives the real queue engine through random days (issues, calls, recalls, absences and call-backs, starts,
 * resolves with outcomes and kinds of help, transfers to the front and the back, cancellations, pauses, staff
 * changes at points) and keeps its own record of what happened — the test's model, written without the
 * report code — from which every report figure is recomputed independently.
 */
import {
  DEFAULT_ELDERLY_HELP_KINDS,
  DEFAULT_ONLINE_HELP_KINDS,
  OUTCOMES,
  PRIORITY_CLASSES,
  type Ticket,
} from '../../src/shared/domain';

const HELP_KINDS = [...DEFAULT_ONLINE_HELP_KINDS, ...DEFAULT_ELDERLY_HELP_KINDS, 'other'] as const;
import type { TestCore } from '../helpers/core';

export interface ModelVisit {
  id: number;
  caseId: number;
  day: string;
  serviceId: number;
  priority: string;
  fresh: boolean;
  joinedAt: number;
  firstCallAt: number | null;
  lastCallAt: number | null;
  lastStartAt: number | null;
  resolvedAt: number | null;
  status: Ticket['status'];
  closedAtDayEnd: boolean;
  point: number | null;
  /** Staff at the point when it was last called (the engine attributes the visit to them). */
  staff: number | null;
  outcome: string | null;
  helpKind: string | null;
  absentSeen: boolean;
  calledBack: boolean;
  recalls: number;
}

export interface ModelPoint {
  first: number | null;
  last: number;
  busy: boolean;
  paused: boolean;
  openMs: number;
  busyMs: number;
  pausedMs: number;
  idleMs: number;
  pauses: number;
}

export interface Model {
  visits: Map<number, ModelVisit>;
  /** Per day, per point. */
  points: Map<string, Map<number, ModelPoint>>;
}

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const actor = { deviceId: null };

/** Simulates `days` service days from the core's clock on, `steps` actions each. */
export function simulateDays(core: TestCore, { days, steps, seed }: { days: number; steps: number; seed: number }) {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const model: Model = { visits: new Map(), points: new Map() };
  const { engine, setup } = core;
  const services = setup.services();
  const staff = [
    setup.createStaff({ name: 'Nguyễn Thị Lan', role: 'staff', active: true }).id,
    setup.createStaff({ name: 'Trần Văn Hùng', role: 'staff', active: true }).id,
    setup.createStaff({ name: 'Lê Minh Anh', role: 'volunteer', active: true }).id,
  ];
  const startDay = Date.parse(`${engine.today()}T07:30:00+07:00`);

  for (let d = 0; d < days; d++) {
    core.clock.now = startDay + d * 86_400_000;
    const day = engine.today();
    const pointTime = new Map<number, ModelPoint>();
    model.points.set(day, pointTime);
    const touch = (pointId: number, change?: Partial<Pick<ModelPoint, 'busy' | 'paused'>>) => {
      const now = core.clock.now;
      const p = pointTime.get(pointId) ?? {
        first: null,
        last: now,
        busy: false,
        paused: false,
        openMs: 0,
        busyMs: 0,
        pausedMs: 0,
        idleMs: 0,
        pauses: 0,
      };
      if (p.first === null) p.first = now;
      const elapsed = now - p.last;
      p.openMs += elapsed;
      if (p.busy) p.busyMs += elapsed;
      if (p.paused) p.pausedMs += elapsed;
      if (!p.busy && !p.paused) p.idleMs += elapsed;
      p.last = now;
      if (change?.paused === true) p.pauses++;
      Object.assign(p, change);
      pointTime.set(pointId, p);
    };
    const visitOf = (ticket: Ticket, fresh: boolean): ModelVisit => ({
      id: ticket.id,
      caseId: ticket.caseId,
      day,
      serviceId: ticket.serviceId,
      priority: ticket.priority,
      fresh,
      joinedAt: core.clock.now,
      firstCallAt: null,
      lastCallAt: null,
      lastStartAt: null,
      resolvedAt: null,
      status: 'waiting',
      closedAtDayEnd: false,
      point: null,
      staff: null,
      outcome: null,
      helpKind: null,
      absentSeen: false,
      calledBack: false,
      recalls: 0,
    });
    // Yesterday's leftovers are closed by the first change of the day.
    const leftovers = [...model.visits.values()].filter(
      (v) => v.day < day && (v.status === 'waiting' || v.status === 'called' || v.status === 'serving'),
    );

    for (let step = 0; step < steps; step++) {
      core.clock.advance(Math.floor(5_000 + random() * 150_000));
      const points = setup.servicePoints();
      const point = pick(points);
      const current = engine.tickets.currentAtPoint(point.id);
      const roll = random();
      const act = random();
      try {
        if (roll < 0.3) {
          const service = pick(services);
          const priority = random() < 0.2 ? pick(PRIORITY_CLASSES.filter((p) => p !== 'none')) : 'none';
          const { ticket } = engine.issue({ serviceId: service.id, priority }, actor);
          model.visits.set(ticket.id, visitOf(ticket, true));
        } else if (roll < 0.9 && point.paused) {
          if (act < 0.3) {
            engine.resume(point.id, actor);
            touch(point.id, { paused: false });
          }
        } else if (roll < 0.9 && !current) {
          const absent = [...model.visits.values()].find(
            (v) => v.day === day && v.status === 'no_show' && point.serviceIds.includes(v.serviceId),
          );
          if (act < 0.2 && absent) {
            engine.call(absent.id, point.id, actor);
            const visit = model.visits.get(absent.id)!;
            visit.calledBack = true;
            markCalled(visit, point.id, point.staffId, core.clock.now, touch);
          } else {
            const called = engine.callNext(point.id, actor);
            if (called) markCalled(model.visits.get(called.ticket.id)!, point.id, point.staffId, core.clock.now, touch);
          }
        } else if (roll < 0.9 && current) {
          const serving = current.status === 'serving';
          if (!serving && act < 0.1) {
            engine.recall(current.id, point.id, actor);
            model.visits.get(current.id)!.recalls++;
            touch(point.id);
          } else if (!serving && act < 0.25) {
            engine.noShow(current.id, point.id, actor);
            const visit = model.visits.get(current.id)!;
            visit.status = 'no_show';
            visit.absentSeen = true;
            touch(point.id, { busy: false });
          } else if (!serving && act < 0.65) {
            engine.start(current.id, point.id, actor);
            const visit = model.visits.get(current.id)!;
            visit.status = 'serving';
            visit.lastStartAt = core.clock.now;
            touch(point.id);
          } else if (act < 0.85) {
            const helpKind = point.kind === 'help_desk' ? pick(HELP_KINDS) : undefined;
            const outcome = pick(OUTCOMES);
            engine.resolve(current.id, point.id, { outcome, ...(helpKind ? { helpKind } : {}) }, actor);
            const visit = model.visits.get(current.id)!;
            Object.assign(visit, {
              status: 'resolved',
              resolvedAt: core.clock.now,
              outcome,
              helpKind: helpKind ?? null,
            });
            touch(point.id, { busy: false });
          } else {
            const target = pick(services.filter((s) => s.id !== current.serviceId));
            const placement = random() < 0.6 ? 'front' : 'back';
            const moved = engine.transfer(current.id, point.id, { toServiceId: target.id, placement }, actor);
            model.visits.get(current.id)!.status = 'transferred';
            model.visits.set(moved.ticket.id, visitOf(moved.ticket, false));
            touch(point.id, { busy: false });
          }
        } else if (roll < 0.94) {
          const waiting = [...model.visits.values()].filter((v) => v.day === day && v.status === 'waiting');
          if (waiting.length) {
            const visit = pick(waiting);
            engine.cancel(visit.id, null, { reason: 'Công dân về' }, actor, { role: 'greeter' });
            visit.status = 'cancelled';
          }
        } else if (roll < 0.97) {
          if (!point.paused) {
            engine.pause(point.id, 'Nghỉ giải lao', actor);
            touch(point.id, { paused: true });
          }
        } else {
          setup.updateServicePoint(point.id, { staffId: random() < 0.2 ? null : pick(staff) });
        }
      } catch (error) {
        throw new Error(`step ${step} of ${day} (${roll.toFixed(2)} at ${point.nameVi}): ${String(error)}`);
      }
      for (const visit of leftovers.splice(0)) {
        visit.status = 'cancelled';
        visit.closedAtDayEnd = true;
      }
    }
    // Today is not over: a point with someone at it has been busy until now.
    if (d === days - 1) for (const [id, p] of pointTime) if (p.busy) touch(id);
  }
  return model;
}

function markCalled(
  visit: ModelVisit,
  pointId: number,
  staffId: number | null,
  now: number,
  touch: (pointId: number, change?: { busy: boolean }) => void,
): void {
  visit.firstCallAt ??= now;
  visit.lastCallAt = now;
  visit.lastStartAt = null;
  visit.status = 'called';
  visit.point = pointId;
  visit.staff = staffId;
  touch(pointId, { busy: true });
}
