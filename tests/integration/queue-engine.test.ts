import { afterEach, describe, expect, it } from 'vitest';
import { actor, pointId, serviceId, testCore, type TestCore } from '../helpers/core';

let core: TestCore;
afterEach(() => core?.dispose());

function issue(prefix: string, priority: 'none' | 'elderly' | 'disability' = 'none') {
  core.clock.advance(1000);
  return core.engine.issue({ serviceId: serviceId(core, prefix), priority }, actor).ticket;
}

function serveNext(point: string) {
  const id = pointId(core, point);
  const called = core.engine.callNext(id, actor);
  if (!called) return null;
  core.engine.resolve(called.ticket.id, id, { outcome: 'completed' }, actor);
  return called.ticket.displayCode;
}

describe('first run', () => {
  it('creates a typical commune center in Vietnamese', () => {
    core = testCore();
    const names = core.setup.services().map((s) => `${s.prefix} ${s.nameVi}`);
    expect(names).toContain('A Hộ tịch – Chứng thực');
    expect(names).toContain('B Đất đai – Xây dựng');
    expect(
      core.setup
        .services()
        .filter((s) => s.kind === 'help')
        .map((s) => s.nameVi),
    ).toEqual(['Hỗ trợ VNeID & dịch vụ công trực tuyến', 'Hỗ trợ người cao tuổi']);
    const points = core.setup.servicePoints();
    expect(points.filter((p) => p.kind === 'counter').map((p) => p.nameVi)).toEqual([
      'Quầy 1',
      'Quầy 2',
      'Quầy 3',
      'Quầy 4',
      'Quầy 5',
    ]);
    expect(points.filter((p) => p.kind === 'help_desk')).toHaveLength(2);
    expect(points.every((p) => p.serviceIds.length > 0)).toBe(true);
  });
});

describe('numbering', () => {
  it('numbers each service from 1 and formats A001', () => {
    core = testCore();
    expect([issue('A'), issue('A'), issue('B')].map((t) => t.displayCode)).toEqual(['A001', 'A002', 'B001']);
  });

  it('starts again at 1 after local midnight and keeps yesterday as history', () => {
    core = testCore();
    issue('A');
    const late = issue('A');
    core.clock.now = Date.parse('2026-11-23T23:59:00+07:00');
    expect(issue('A').displayCode).toBe('A003');
    core.clock.now = Date.parse('2026-11-24T00:00:01+07:00');
    const first = issue('A');
    expect(first.displayCode).toBe('A001');
    expect(first.serviceDay).toBe('2026-11-24');
    // Yesterday's waiting tickets are closed with a reason, not deleted.
    const yesterday = core.engine.tickets.get(late.id)!;
    expect(yesterday.status).toBe('cancelled');
    const history = core.log.caseHistory(late.caseId);
    expect(history.map((e) => [e.type, e.type === 'cancelled' ? (e.data?.reason ?? null) : null])).toEqual([
      ['issued', null],
      ['cancelled', 'day_ended'],
    ]);
    expect(() => core.db.prepare('DELETE FROM tickets').run()).toThrow(/never deleted/);
    expect(() => core.db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
  });

  it('refuses beyond the daily cap without using up a number', () => {
    core = testCore();
    core.setup.updateService(serviceId(core, 'B'), { dailyCap: 2 });
    issue('B');
    issue('B');
    expect(() => issue('B')).toThrowError(expect.objectContaining({ code: 'DAILY_CAP_REACHED', status: 409 }));
    const counter = core.db.prepare('SELECT last_number FROM daily_counters').get() as { last_number: number };
    expect(counter.last_number).toBe(2);
  });

  it('refuses outside issuing hours and days with the hours in the message', () => {
    core = testCore();
    core.setup.updateService(serviceId(core, 'A'), { issuingHours: [{ from: '13:00', to: '16:30' }] });
    let error: unknown;
    try {
      issue('A');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'OUTSIDE_ISSUING_HOURS',
      text: { vi: expect.stringContaining('13:00–16:30') },
    });
    core.clock.now = Date.parse('2026-11-23T13:30:00+07:00');
    expect(issue('A').displayCode).toBe('A001');
    core.setup.updateService(serviceId(core, 'A'), { issuingDays: [1, 2, 3, 4, 5], issuingHours: [] });
    core.clock.now = Date.parse('2026-11-28T09:00:00+07:00'); // a Saturday
    expect(() => issue('A')).toThrowError(expect.objectContaining({ code: 'OUTSIDE_ISSUING_DAYS' }));
  });
});

describe('calling under the priority policy', () => {
  it('strict: an elderly citizen is called before earlier regular tickets', () => {
    core = testCore();
    core.setup.updateSettings({ priorityPolicy: { kind: 'strict', regularPerPriority: 2 } });
    issue('A');
    issue('A');
    issue('A', 'elderly');
    issue('A', 'disability');
    expect([1, 2, 3, 4].map(() => serveNext('Quầy 1'))).toEqual(['A003', 'A004', 'A001', 'A002']);
    expect(serveNext('Quầy 1')).toBeNull();
  });

  it('ratio 2: one priority ticket after every two regular ones, FIFO within each class', () => {
    core = testCore();
    core.setup.updateSettings({ priorityPolicy: { kind: 'ratio', regularPerPriority: 2 } });
    for (let i = 0; i < 5; i++) issue('A');
    issue('A', 'elderly');
    issue('A', 'elderly');
    const order = [1, 2, 3, 4, 5, 6, 7].map(() => serveNext('Quầy 1'));
    expect(order).toEqual(['A006', 'A001', 'A002', 'A007', 'A003', 'A004', 'A005']);
  });

  it('calls across every service a point serves, oldest first', () => {
    core = testCore();
    issue('C');
    issue('A');
    issue('C');
    // Quầy 2 serves A and C.
    expect([1, 2, 3].map(() => serveNext('Quầy 2'))).toEqual(['C001', 'A001', 'C002']);
  });

  it('calls a chosen ticket, and a citizen marked absent who came back', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    issue('A');
    const second = issue('A');
    expect(core.engine.call(second.id, q1, actor).ticket.displayCode).toBe('A002');
    core.engine.noShow(second.id, q1, actor);
    expect(core.engine.tickets.get(second.id)!.status).toBe('no_show');
    const again = core.engine.call(second.id, q1, actor);
    expect(again.ticket.status).toBe('called');
  });

  it('recalls count and stay on the same point', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    issue('A');
    const { ticket } = core.engine.callNext(q1, actor)!;
    core.engine.recall(ticket.id, q1, actor);
    expect(core.engine.recall(ticket.id, q1, actor).ticket.recallCount).toBe(2);
  });
});

describe('illegal steps are refused and change nothing', () => {
  it('refuses to resolve a waiting ticket', () => {
    core = testCore();
    const t = issue('A');
    const before = core.log.lastEventId();
    expect(() => core.engine.resolve(t.id, null, { outcome: 'completed' }, actor)).toThrowError(
      expect.objectContaining({ code: 'ILLEGAL_STEP', status: 409 }),
    );
    expect(core.engine.tickets.get(t.id)!.status).toBe('waiting');
    expect(core.log.lastEventId()).toBe(before);
  });

  it('refuses to call at a paused point, with the reason', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    issue('A');
    core.engine.pause(q1, 'Nghỉ trưa', actor);
    expect(() => core.engine.callNext(q1, actor)).toThrowError(expect.objectContaining({ code: 'POINT_PAUSED' }));
    core.engine.resume(q1, actor);
    expect(core.engine.callNext(q1, actor)!.ticket.displayCode).toBe('A001');
  });

  it('refuses to finish a ticket that is not current at this point', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const q2 = pointId(core, 'Quầy 2');
    issue('A');
    const { ticket } = core.engine.callNext(q1, actor)!;
    expect(() => core.engine.resolve(ticket.id, q2, { outcome: 'completed' }, actor)).toThrowError(
      expect.objectContaining({ code: 'NOT_CURRENT_HERE' }),
    );
    expect(core.engine.tickets.get(ticket.id)!.status).toBe('called');
  });

  it('refuses a second call while the point still has a citizen', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    issue('A');
    issue('A');
    core.engine.callNext(q1, actor);
    expect(() => core.engine.callNext(q1, actor)).toThrowError(expect.objectContaining({ code: 'POINT_BUSY' }));
    expect(core.db.prepare("SELECT count(*) AS n FROM tickets WHERE status = 'called'").get()).toEqual({ n: 1 });
  });

  it('requires the kind of help at a help desk', () => {
    core = testCore();
    const desk = pointId(core, 'Bàn hỗ trợ VNeID');
    issue('V');
    const { ticket } = core.engine.callNext(desk, actor)!;
    expect(() => core.engine.resolve(ticket.id, desk, { outcome: 'completed' }, actor)).toThrowError(
      expect.objectContaining({ code: 'HELP_KIND_REQUIRED', status: 400 }),
    );
    const done = core.engine.resolve(ticket.id, desk, { outcome: 'completed', helpKind: 'vneid_activation' }, actor);
    expect(done.ticket.helpKind).toBe('vneid_activation');
  });
});

describe('transfers', () => {
  it('a counter → elderly help desk → back trip keeps the number, the place and the whole history', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const elderlyDesk = pointId(core, 'Bàn hỗ trợ người cao tuổi');
    const citizen = issue('A');
    const later = issue('A');
    core.engine.callNext(q1, actor);
    core.engine.start(citizen.id, q1, actor);
    const toHelp = core.engine.transfer(
      citizen.id,
      q1,
      { toServiceId: serviceId(core, 'H'), placement: 'front', note: 'Cần kích hoạt VNeID' },
      actor,
    );
    expect(toHelp.from!.status).toBe('transferred');
    expect(toHelp.ticket.displayCode).toBe('A001');
    expect(toHelp.ticket.queuedAt).toBe(citizen.queuedAt);
    // At the help desk: someone who arrived after the citizen is still behind them.
    core.clock.advance(1000);
    issue('H');
    const atDesk = core.engine.callNext(elderlyDesk, actor)!;
    expect(atDesk.ticket.id).toBe(toHelp.ticket.id);
    core.engine.start(atDesk.ticket.id, elderlyDesk, actor);
    const back = core.engine.transfer(
      atDesk.ticket.id,
      elderlyDesk,
      { toServicePointId: q1, placement: 'front' },
      actor,
    );
    expect(back.ticket.serviceId).toBe(serviceId(core, 'A'));
    expect(back.ticket.targetServicePointId).toBe(q1);
    // Back at Quầy 1 the citizen goes before A002, who arrived later.
    expect(core.engine.callNext(q1, actor)!.ticket.id).toBe(back.ticket.id);
    expect(core.engine.tickets.get(later.id)!.status).toBe('waiting');
    const history = core.log.caseHistory(citizen.caseId).map((e) => e.type);
    expect(history).toEqual([
      'issued',
      'called',
      'started',
      'transferred',
      'transferred',
      'called',
      'started',
      'transferred',
      'transferred',
      'called',
    ]);
  });

  it.each([
    ['back', ['C001', 'A001']],
    ['front', ['A001', 'C001']],
  ] as const)('a transfer to the %s of another queue places the citizen by that rule', (placement, order) => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const citizen = issue('A');
    issue('C');
    core.engine.callNext(q1, actor);
    core.clock.advance(60_000);
    core.engine.transfer(citizen.id, q1, { toServiceId: serviceId(core, 'C'), placement }, actor);
    // Quầy 2 serves A and C; only C tickets wait now.
    expect([1, 2].map(() => serveNext('Quầy 2'))).toEqual(order);
  });
});

describe('a case sent back keeping its turn', () => {
  it('is called before the ticket the ratio policy would otherwise pick', () => {
    core = testCore();
    core.setup.updateSettings({ priorityPolicy: { kind: 'ratio', regularPerPriority: 2 } });
    const q1 = pointId(core, 'Quầy 1');
    const elderly = issue('A', 'elderly');
    issue('A');
    core.engine.callNext(q1, actor); // the elderly citizen first; the ratio now owes two regular calls
    core.engine.transfer(elderly.id, q1, { toServiceId: serviceId(core, 'H'), placement: 'front' }, actor);
    const desk = pointId(core, 'Bàn hỗ trợ người cao tuổi');
    const atDesk = core.engine.callNext(desk, actor)!;
    core.engine.transfer(atDesk.ticket.id, desk, { toServicePointId: q1, placement: 'front' }, actor);
    expect(core.engine.callNext(q1, actor)!.ticket.displayCode).toBe('A001');
  });
});

describe('durability', () => {
  it('reads back the same queue after closing and reopening the database', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    issue('A');
    issue('A', 'elderly');
    issue('B');
    core.engine.callNext(q1, actor);
    core.engine.pause(pointId(core, 'Quầy 3'), 'Họp giao ban', actor);
    const dump = () => ({
      tickets: core.db.prepare('SELECT * FROM tickets ORDER BY id').all(),
      events: core.db.prepare('SELECT * FROM events ORDER BY id').all(),
      points: core.setup.servicePoints(),
    });
    const before = dump();
    core = core.reopen();
    expect(dump()).toEqual(before);
    // Numbering carries on; nothing is reissued.
    expect(issue('A').displayCode).toBe('A003');
  });
});
