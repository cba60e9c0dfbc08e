/**
 * Realistic days at a commune center, made through the real queue engine with a moving clock: a morning peak and
 * a quiet afternoon, a mix of services and priority classes, absences and call-backs, transfers to the help desks
 * and back, lunch and short breaks, officials and volunteers signed in at their points, the team lead's roster,
 * field visits on Tuesday and Thursday afternoons, and a few difficulties. Everything lands in the event log the
 * reports read, exactly as on a real day.
 */
import { openCore, type Core } from '../../src/server/core';
import { ReportSettingsStore } from '../../src/server/reports/report-settings-store';
import { Difficulties, FieldVisits } from '../../src/server/staff/field-notes';
import { Roster } from '../../src/server/staff/roster';
import { StaffDesk } from '../../src/server/staff/staff-desk';
import type { HelpKind, Outcome, PriorityClass, ServicePoint, Ticket } from '../../src/shared/domain';
import { asksWhy, type RatingLevel, type RatingReason } from '../../src/shared/rating';
import { addDays, startOfDay, weekdayOf } from '../../src/shared/report-range';
import { serviceDayOf } from '../../src/shared/time';
import { CANCEL_REASONS, DIFFICULTIES, FIELD_PLACES, GREETERS, OFFICIALS, VOLUNTEERS } from './demo-people';
import { arrivalsPerHour, DemoRandom, SERVICE_MINUTES, SERVICE_MIX } from './demo-random';

export interface DemoOptions {
  dataDir: string;
  days: number;
  seed?: number;
  /** The real "now": days end yesterday, and today runs until now (at most 11:00). */
  now?: number;
}

const STEP_MS = 20_000;
const actor = { deviceId: null };
const MIN = 60_000;

interface PointState {
  ticket: Ticket | null;
  /** When the current step (come to the point, finish) is due. */
  due: number;
  plan: 'come' | 'absent' | 'serve';
  recalled: boolean;
  breakAt: number | null;
}

export function generateDemoCenter(options: DemoOptions): { tickets: number; days: number } {
  const realNow = options.now ?? Date.now();
  const random = new DemoRandom(options.seed ?? 2026);
  let now = startOfDay(addDays(serviceDayOf(realNow), -options.days)) + 7 * 60 * MIN;
  const core = openCore({ dataDir: options.dataDir, clock: () => now });
  try {
    const existing = core.db.prepare('SELECT count(*) FROM tickets').pluck().get() as number;
    if (existing > 0)
      throw new Error(
        `Thư mục dữ liệu đã có ${existing} phiếu; dữ liệu mẫu chỉ tạo vào thư mục trống (không bao giờ ghi đè lịch sử).\n` +
          `The data folder already has ${existing} tickets; demo data only goes into an empty folder (history is never overwritten).`,
      );
    // Demo data: no fsync per change (restored at the end). A real center's database stays durable.
    core.db.pragma('synchronous = OFF');
    const people = setUpCenter(core);
    const desk = new StaffDesk(core.db, core.setup, () => now);
    const roster = new Roster(core.db);
    const fieldVisits = new FieldVisits(core.db);
    const difficulties = new Difficulties(core.db);
    const today = serviceDayOf(realNow);
    const ratings = new DemoRandom((options.seed ?? 2026) + 1);
    let days = 0;
    for (let d = options.days; d >= 0; d--) {
      const day = addDays(today, -d);
      if (weekdayOf(day) > 5) continue;
      const dayStart = startOfDay(day);
      const end = day === today ? Math.min(realNow, dayStart + 11 * 60 * MIN) : dayStart + 16 * 60 * MIN + 45 * MIN;
      if (end <= dayStart + 7 * 60 * MIN) continue;
      days++;
      const at = (hhmm: string) => dayStart + Number(hhmm.slice(0, 2)) * 60 * MIN + Number(hhmm.slice(3)) * MIN;
      const setNow = (t: number) => (now = Math.max(now, t));
      runDay({ core, desk, random, ratings, people, day, dayStart, end, at, setNow, getNow: () => now });
      // The lead's part of the day: the greeter on the roster, a field visit, sometimes a difficulty.
      const greeter = people.greeters[days % people.greeters.length]!;
      roster.correct(
        { day, shift: 'morning', staffId: greeter, onDuty: true, hours: 4, note: 'Hướng dẫn, cấp số tại bàn đón tiếp' },
        now,
        null,
      );
      if ((weekdayOf(day) === 2 || weekdayOf(day) === 4) && end >= at('16:30')) {
        const team = random.sample(people.volunteers, 2 + random.int(2));
        const vneid = 8 + random.int(14);
        const hours = random.pick([3, 3, 3.5, 4]);
        // The visit keeps who went and for how long (their hours count there, not as a shift at the center);
        // in a team of three or more, the last one joined an hour late.
        fieldVisits.create(
          {
            day,
            place: random.pick(FIELD_PLACES),
            hours,
            volunteerIds: team,
            volunteers: team.map((staffId, i) => ({
              staffId,
              hours: team.length > 2 && i === team.length - 1 ? hours - 1 : hours,
            })),
            helped: {
              vneid_activation: vneid,
              data_update: random.int(8),
              online_filing: random.int(4),
              other: random.int(3),
            },
            elderly: Math.round(vneid * 0.6),
          },
          now,
        );
      }
      if (random.chance(0.3)) {
        const point = random.pick(core.setup.servicePoints());
        difficulties.add(
          { text: random.pick(DIFFICULTIES), servicePointId: point.id, staffId: point.staffId },
          at(random.pick(['08:20', '09:05', '09:40', '10:15', '14:10'])),
          null,
        );
      }
    }
    core.db.pragma('synchronous = FULL');
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    return { tickets: core.db.prepare('SELECT count(*) FROM tickets').pluck().get() as number, days };
  } finally {
    core.close();
  }
}

function setUpCenter(core: Core) {
  core.setup.updateSettings({
    centerNameVi: 'Trung tâm Phục vụ hành chính công phường Ba Đình',
    centerNameEn: 'Ba Dinh Ward Public Administration Service Center',
  });
  new ReportSettingsStore(core.db).update({ youthUnionBranch: 'Đoàn phường Ba Đình' });
  const officials = OFFICIALS.map((name) => core.setup.createStaff({ name, role: 'staff', active: true }).id);
  const volunteers = VOLUNTEERS.map((name) => core.setup.createStaff({ name, role: 'volunteer', active: true }).id);
  const greeters = GREETERS.map((name) => core.setup.createStaff({ name, role: 'greeter', active: true }).id);
  return { officials, volunteers, greeters };
}

interface DayContext {
  core: Core;
  desk: StaffDesk;
  random: DemoRandom;
  /** Citizens' ratings draw from their own sequence: the days themselves stay as they were. */
  ratings: DemoRandom;
  people: ReturnType<typeof setUpCenter>;
  day: string;
  dayStart: number;
  end: number;
  at: (hhmm: string) => number;
  setNow: (t: number) => void;
  getNow: () => number;
}

function runDay(c: DayContext): void {
  const { core, desk, random, at } = c;
  const { engine, setup } = core;
  const services = setup.services();
  const points = setup.servicePoints().filter((p) => p.active);
  const counters = points.filter((p) => p.kind === 'counter');
  const desks = points.filter((p) => p.kind === 'help_desk');
  const dayFactor = [1.2, 1.05, 1, 1, 0.9][weekdayOf(c.day) - 1]! * (0.85 + random.next() * 0.3);
  const state = new Map<number, PointState>(
    points.map((p) => [
      p.id,
      {
        ticket: null,
        due: 0,
        plan: 'come',
        recalled: false,
        breakAt: random.chance(0.35) ? at('09:30') + random.int(80) * MIN : null,
      },
    ]),
  );
  const comeBack: { ticketId: number; serviceId: number; at: number }[] = [];
  const signIns: [number, number, string, string | null][] = [
    ...counters.map((p, i): [number, number, string, string | null] => [
      p.id,
      c.people.officials[i % c.people.officials.length]!,
      '07:10',
      null,
    ]),
  ];
  const dayIndex = Math.round(c.dayStart / 86_400_000);
  const volunteer = (k: number) => c.people.volunteers[(dayIndex * 2 + k) % c.people.volunteers.length]!;
  desks.forEach((p, i) => signIns.push([p.id, volunteer(i), '07:15', '11:35']));
  const afternoonDesks = weekdayOf(c.day) % 2 === 1;
  if (afternoonDesks) desks.forEach((p, i) => signIns.push([p.id, volunteer(i + 3), '13:25', '16:35']));

  for (let t = at('07:00'); t <= c.end; t += STEP_MS) {
    c.setNow(t);
    for (const [pointId, staffId, from, to] of signIns) {
      if (t === at(from) || (t > at(from) && t - STEP_MS < at(from))) desk.signIn(pointId, staffId, undefined, null);
      if (to && t >= at(to) && t - STEP_MS < at(to) && setup.servicePoint(pointId).staffId === staffId)
        desk.signOut(pointId);
    }
    const minute = Math.floor((t - c.dayStart) / MIN);
    const arrivals = random.poisson((arrivalsPerHour(minute) * dayFactor * STEP_MS) / 3_600_000);
    for (let i = 0; i < arrivals; i++) issueOne(c, services);
    if (random.chance(0.004)) {
      const waiting = engine.tickets.waitingOn(c.day).filter((x) => !x.transferredFromId);
      if (waiting.length)
        engine.cancel(random.pick(waiting).id, null, { reason: random.pick(CANCEL_REASONS) }, actor, {
          role: 'greeter',
        });
    }
    for (const point of points) stepPoint(c, setup.servicePoint(point.id), state.get(point.id)!, comeBack, t);
  }
  // Closing time: whoever is still signed in signs out (not today, which is still going on).
  if (c.end >= at('16:45'))
    for (const point of points) if (setup.servicePoint(point.id).staffId !== null) desk.signOut(point.id);
}

function issueOne(c: DayContext, services: ReturnType<Core['setup']['services']>): void {
  const { random } = c;
  const prefix = random.weighted(SERVICE_MIX);
  const service = services.find((s) => s.prefix === prefix)!;
  const elderlyChance = prefix === 'H' ? 0.65 : prefix === 'V' ? 0.25 : 0.08;
  const priority: PriorityClass = random.chance(elderlyChance)
    ? 'elderly'
    : random.weighted({ none: 94, disability: 1.5, pregnant: 1.5, small_child: 2, merit: 1 } as Record<
        PriorityClass,
        number
      >);
  c.core.engine.issue({ serviceId: service.id, priority }, actor);
}

const HELP_MIX: Record<string, Partial<Record<HelpKind, number>>> = {
  V: {
    vneid_activation: 40,
    online_filing: 18,
    result_lookup: 14,
    online_payment: 8,
    e_account: 8,
    data_update: 10,
    other: 2,
  },
  H: {
    form_filling: 25,
    read_write_for_citizen: 15,
    explain_procedure: 20,
    accompany_to_counter: 10,
    vneid_activation: 15,
    data_update: 10,
    other: 5,
  },
};
const OUTCOME_MIX: Record<Outcome, number> = {
  completed: 75,
  incomplete_documents: 13,
  advised: 8,
  referred: 2,
  other: 2,
};

function stepPoint(
  c: DayContext,
  point: ServicePoint,
  s: PointState,
  comeBack: { ticketId: number; serviceId: number; at: number }[],
  t: number,
): void {
  const { core, random, at } = c;
  const { engine, setup } = core;
  const lunch = t >= at('11:30') && t < at('13:30');
  if (!s.ticket) {
    if (lunch && !point.paused) return void engine.pause(point.id, 'Nghỉ trưa', actor);
    if (!lunch && point.paused && point.pauseReason === 'Nghỉ trưa') return void engine.resume(point.id, actor);
    if (s.breakAt !== null && t >= s.breakAt && !point.paused) {
      s.breakAt = null;
      s.due = t + (8 + random.int(10)) * MIN;
      return void engine.pause(point.id, 'Giải lao', actor);
    }
    if (point.paused && point.pauseReason === 'Giải lao') {
      if (t >= s.due) engine.resume(point.id, actor);
      return;
    }
    if (point.paused || t > c.end - 10 * MIN) return;
    const back = comeBack.findIndex((b) => b.at <= t && point.serviceIds.includes(b.serviceId));
    let ticket: Ticket | null = null;
    if (back >= 0) {
      ticket = engine.call(comeBack[back]!.ticketId, point.id, actor).ticket;
      comeBack.splice(back, 1);
    } else ticket = engine.callNext(point.id, actor)?.ticket ?? null;
    if (!ticket) return;
    s.ticket = ticket;
    s.recalled = false;
    s.plan = random.chance(0.04) ? 'absent' : 'come';
    s.due = t + (s.plan === 'absent' ? 60_000 : 20_000 + random.int(70) * 1000);
    return;
  }
  if (t < s.due) return;
  const ticket = s.ticket;
  if (s.plan === 'absent') {
    if (!s.recalled) {
      engine.recall(ticket.id, point.id, actor);
      s.recalled = true;
      s.due = t + 60_000;
      return;
    }
    engine.noShow(ticket.id, point.id, actor);
    if (random.chance(0.35))
      comeBack.push({ ticketId: ticket.id, serviceId: ticket.serviceId, at: t + (5 + random.int(15)) * MIN });
    s.ticket = null;
    return;
  }
  if (s.plan === 'come') {
    if (random.chance(0.85)) engine.start(ticket.id, point.id, actor);
    s.plan = 'serve';
    const prefix = setup.service(ticket.serviceId).prefix;
    s.due = t + Math.round(random.logNormal(SERVICE_MINUTES[prefix] ?? 8) * MIN);
    return;
  }
  // Done with this citizen: resolve, or send them on (to a help desk, or back to their counter).
  const service = setup.service(ticket.serviceId);
  if (point.kind === 'counter' && random.chance(0.05)) {
    const to = setup.services().find((x) => x.prefix === (ticket.priority === 'elderly' ? 'H' : 'V'))!;
    engine.transfer(
      ticket.id,
      point.id,
      { toServiceId: to.id, placement: 'front', note: 'Cần hỗ trợ VNeID trước' },
      actor,
    );
  } else if (point.kind === 'help_desk' && ticket.transferredFromId !== null && random.chance(0.3)) {
    const origin = engine.tickets.get(ticket.transferredFromId)!;
    engine.transfer(ticket.id, point.id, { toServiceId: origin.serviceId, placement: 'front' }, actor);
  } else if (point.kind === 'help_desk') {
    const helpKind = random.weighted(HELP_MIX[service.prefix] ?? HELP_MIX.V!) as HelpKind;
    engine.resolve(ticket.id, point.id, { outcome: 'completed', helpKind }, actor);
    rate(c, ticket.id, point.id);
  } else {
    const outcome = random.weighted(OUTCOME_MIX);
    const fileCode =
      outcome === 'completed'
        ? `000.00.12.H40-${c.day.slice(2).replaceAll('-', '')}-${String(ticket.id).padStart(4, '0')}`
        : undefined;
    engine.resolve(ticket.id, point.id, { outcome, ...(fileCode ? { fileCode } : {}) }, actor);
    rate(c, ticket.id, point.id);
  }
  s.ticket = null;
}

const RATING_MIX: Record<RatingLevel | 'none', number> = {
  very_satisfied: 46,
  satisfied: 30,
  neutral: 10,
  dissatisfied: 5,
  very_dissatisfied: 2,
  none: 7,
};
const REASONS: RatingReason[] = ['long_wait', 'unclear_guidance', 'extra_documents', 'attitude'];

/** Most points have a rating tablet; most citizens answer it; the unhappy often say why. */
function rate(c: DayContext, ticketId: number, servicePointId: number): void {
  const { ratings: random } = c;
  if (!random.chance(0.75)) return;
  const picked = random.weighted(RATING_MIX) as RatingLevel | 'none';
  const level = picked === 'none' ? null : picked;
  const reasons = asksWhy(level) ? REASONS.filter((_, i) => random.chance(i === 0 ? 0.6 : 0.3)) : [];
  c.core.citizen.ratings.record(ticketId, servicePointId, { level, reasons, comment: '' }, actor);
}
