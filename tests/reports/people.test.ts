import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Roster } from '../../src/server/staff/roster';
import { StaffDesk } from '../../src/server/staff/staff-desk';
import type { CreatedDevice } from '../../src/shared/api';
import type { Staff } from '../../src/shared/domain';
import type { Difficulty, FieldVisit, PointStaff, RosterEntry, SignInChoice } from '../../src/shared/people';
import type { ReportSummary } from '../../src/shared/reports';
import { actor, pointId, serviceId, testCore, type TestCore } from '../helpers/core';
import { testServer, type TestServer } from '../helpers/server';

describe('sign-in sessions, shifts and the roster (core clock)', () => {
  let core: TestCore;
  afterEach(() => core.dispose());

  it('splits a session at noon, ends a forgotten one at its point’s last work that day, and lets the lead correct', () => {
    core = testCore();
    const desk = new StaffDesk(core.db, core.setup, core.clock.read);
    const roster = new Roster(core.db);
    const lan = core.setup.createStaff({ name: 'Vũ Thị Mai', role: 'volunteer', active: true });
    const nam = core.setup.createStaff({ name: 'Nguyễn Hoàng Nam', role: 'volunteer', active: true });
    const official = core.setup.createStaff({ name: 'Trần Văn Hùng', role: 'staff', active: true });
    const deskId = pointId(core, 'Bàn hỗ trợ VNeID');
    const q1 = pointId(core, 'Quầy 1');
    core.clock.now = Date.parse('2026-11-23T07:30:00+07:00');
    desk.signIn(deskId, lan.id, undefined, null);
    desk.signIn(q1, official.id, undefined, null);
    expect(core.setup.servicePoint(deskId).staffId).toBe(lan.id);
    // Calls are recorded as the signed-in person's.
    const { ticket } = core.engine.issue({ serviceId: serviceId(core, 'V'), priority: 'none' }, actor);
    expect(core.engine.callNext(deskId, actor)!.ticket.staffId).toBe(lan.id);
    core.clock.now = Date.parse('2026-11-23T12:30:00+07:00');
    core.engine.resolve(ticket.id, deskId, { outcome: 'completed', helpKind: 'vneid_activation' }, actor);
    desk.signOut(deskId);
    expect(core.setup.servicePoint(deskId).staffId).toBeNull();
    // Nam signs in at 14:00 and never signs out; his desk's last work that day is at 15:00.
    core.clock.now = Date.parse('2026-11-23T14:00:00+07:00');
    desk.signIn(deskId, nam.id, undefined, null);
    core.engine.issue({ serviceId: serviceId(core, 'V'), priority: 'none' }, actor);
    core.clock.now = Date.parse('2026-11-23T15:00:00+07:00');
    core.engine.callNext(deskId, actor);
    core.clock.now = Date.parse('2026-11-24T09:00:00+07:00');
    const day = { from: '2026-11-23', to: '2026-11-23' };
    const hours = (list: RosterEntry[]) => list.map((e) => [e.name, e.shift, e.hours, e.source]);
    // Within a shift, people by given name (Mai before Nam), as the youth union's lists go.
    expect(hours(roster.list(day, core.clock.now))).toEqual([
      ['Vũ Thị Mai', 'morning', 4.5, 'sign_in'],
      ['Vũ Thị Mai', 'afternoon', 0.5, 'sign_in'],
      ['Nguyễn Hoàng Nam', 'afternoon', 1, 'sign_in'],
    ]);
    // The official is not on the volunteer roster; the lead adds a greeter who never signed in and takes Mai's
    // half hour after noon out.
    const greeter = core.setup.createStaff({ name: 'Bùi Đức Anh', role: 'greeter', active: true });
    roster.correct(
      { day: '2026-11-23', shift: 'morning', staffId: greeter.id, onDuty: true, hours: 4, note: 'Đón tiếp' },
      1,
      null,
    );
    roster.correct({ day: '2026-11-23', shift: 'afternoon', staffId: lan.id, onDuty: false, hours: null }, 1, null);
    expect(hours(roster.list(day, core.clock.now))).toEqual([
      ['Bùi Đức Anh', 'morning', 4, 'manual'],
      ['Vũ Thị Mai', 'morning', 4.5, 'sign_in'],
      ['Nguyễn Hoàng Nam', 'afternoon', 1, 'sign_in'],
    ]);
  });
});

describe('people over HTTP', () => {
  let server: TestServer;
  let counterToken: string;
  let readerToken: string;
  let q1: number;
  let people: Staff[];
  beforeAll(async () => {
    server = await testServer();
    const points = (await server.api<{ id: number; nameVi: string }[]>('/api/service-points')).body;
    q1 = points.find((p) => p.nameVi === 'Quầy 1')!.id;
    const device = async (role: string, servicePointId: number | null = null) =>
      (await server.api<CreatedDevice>('/api/devices', { body: { name: role, role, servicePointId } })).body.token;
    counterToken = await device('counter', q1);
    readerToken = await device('reports');
    people = [];
    for (const [name, role] of [
      ['Nguyễn Thị Lan', 'staff'],
      ['Trần Văn Hùng', 'staff'],
    ])
      people.push((await server.api<Staff>('/api/staff', { body: { name, role } })).body);
  });
  afterAll(() => server.close());

  it('signs in with a tap, then switches to a colleague with a PIN; wrong PINs are refused in both languages', async () => {
    const [lan, hung] = people as [Staff, Staff];
    const tap = await server.api<PointStaff>(`/api/service-points/${q1}/staff-session`, {
      token: counterToken,
      body: { staffId: lan.id },
    });
    expect(tap.status).toBe(200);
    expect(tap.body.staff).toMatchObject({ id: lan.id, name: 'Nguyễn Thị Lan' });
    expect((await server.api(`/api/staff/${hung.id}/pin`, { method: 'PUT', body: { pin: '2468' } })).status).toBe(204);
    const stored = server.luot.core.db.prepare('SELECT pin_hash FROM staff_pins').pluck().get() as string;
    expect(stored).toMatch(/^scrypt\$/);
    expect(stored).not.toContain('2468');
    const choices = (await server.api<SignInChoice[]>('/api/staff-sign-in/choices', { token: counterToken })).body;
    expect(choices.find((c) => c.id === hung.id)).toMatchObject({ hasPin: true, atServicePointId: null });
    expect(choices.find((c) => c.id === lan.id)).toMatchObject({ hasPin: false, atServicePointId: q1 });
    const path = `/api/service-points/${q1}/staff-session`;
    const missing = await server.api(path, { token: counterToken, body: { staffId: hung.id } });
    expect(missing.body.error).toMatchObject({ code: 'PIN_REQUIRED', vi: expect.stringContaining('mã PIN') });
    const wrong = await server.api(path, { token: counterToken, body: { staffId: hung.id, pin: '1111' } });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.en).toContain('PIN is not right');
    const badShape = await server.api(path, { token: counterToken, body: { staffId: hung.id, pin: '12' } });
    expect(badShape.body.error.vi).toContain('4 đến 6 chữ số');
    const right = await server.api<PointStaff>(path, { token: counterToken, body: { staffId: hung.id, pin: '2468' } });
    expect(right.body.staff?.id).toBe(hung.id);
    const sessions = server.luot.core.db
      .prepare('SELECT staff_id, end_reason FROM staff_sessions ORDER BY id')
      .all() as { staff_id: number; end_reason: string | null }[];
    expect(sessions).toEqual([
      { staff_id: lan.id, end_reason: 'switched' },
      { staff_id: hung.id, end_reason: null },
    ]);
    // A counter device signs people in only at its own point.
    expect(
      (
        await server.api(`/api/service-points/${q1 + 1}/staff-session`, {
          token: counterToken,
          body: { staffId: lan.id },
        })
      ).status,
    ).toBe(403);
  });

  it('attributes the work to the person signed in, in the report by person', async () => {
    const [, hung] = people as [Staff, Staff];
    const a = (await server.api<{ id: number; prefix: string }[]>('/api/services')).body.find((s) => s.prefix === 'A')!;
    await server.api('/api/tickets', { body: { serviceId: a.id } });
    const called = await server.api(`/api/service-points/${q1}/call-next`, { token: counterToken, body: {} });
    await server.api(`/api/tickets/${called.body.ticket.id}/resolve`, { token: counterToken, body: {} });
    const day = called.body.ticket.serviceDay;
    const report = await server.api<ReportSummary>(`/api/reports/summary?from=${day}&to=${day}`, {
      token: readerToken,
    });
    const row = report.body.byStaff.find((s) => s.staffId === hung.id)!;
    expect(row).toMatchObject({ name: 'Trần Văn Hùng', role: 'staff', called: 1, resolved: 1 });
    expect(report.body.byStaff.find((s) => s.name === 'Nguyễn Thị Lan')).toMatchObject({ resolved: 0 });
    const out = await server.api<PointStaff>(`/api/service-points/${q1}/staff-session`, {
      token: counterToken,
      method: 'DELETE',
    });
    expect(out.body.staff).toBeNull();
  });

  it('keeps field visits (validated, withdrawn not deleted) and difficulties from a counter', async () => {
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    const bad = await server.api('/api/field-visits', {
      token: readerToken,
      body: { day: today, place: '', hours: 3 },
    });
    expect(bad.status).toBe(400);
    // A volunteer cannot be out longer than the visit itself: refused, in both languages.
    const tooLong = await server.api<{ error: { vi: string; en: string } }>('/api/field-visits', {
      token: readerToken,
      body: { day: today, place: 'Tổ dân phố số 5', hours: 2, volunteers: [{ staffId: people[0]!.id, hours: 3 }] },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.vi).toContain('không dài hơn chuyến đi');
    expect(tooLong.body.error.en).toContain('no longer than the visit');
    const created = await server.api<FieldVisit>('/api/field-visits', {
      token: readerToken,
      body: {
        day: today,
        place: 'Tổ dân phố số 5',
        hours: 3,
        volunteerIds: [people[0]!.id],
        helped: { vneid_activation: 12, data_update: 4 },
        elderly: 6,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ place: 'Tổ dân phố số 5', helped: { vneid_activation: 12, data_update: 4 } });
    // Given as ids alone, each went for the whole visit; so does a volunteer of a visit stored before hours per person.
    expect(created.body.volunteers).toEqual([{ staffId: people[0]!.id, hours: 3 }]);
    const db = server.luot.core.db;
    db.prepare('UPDATE field_visits SET volunteer_ids = ? WHERE id = ?').run(`[${people[1]!.id}]`, created.body.id);
    const stored = await server.api<FieldVisit[]>(`/api/field-visits?from=${today}&to=${today}`, {
      token: readerToken,
    });
    expect(stored.body[0]!.volunteers).toEqual([{ staffId: people[1]!.id, hours: 3 }]);
    const range = `from=${today}&to=${today}`;
    expect((await server.api<FieldVisit[]>(`/api/field-visits?${range}`, { token: readerToken })).body).toHaveLength(1);
    expect(
      (await server.api(`/api/field-visits/${created.body.id}`, { token: readerToken, method: 'DELETE' })).status,
    ).toBe(204);
    expect((await server.api<FieldVisit[]>(`/api/field-visits?${range}`, { token: readerToken })).body).toHaveLength(0);
    expect(server.luot.core.db.prepare('SELECT count(*) FROM field_visits').pluck().get()).toBe(1);

    const note = await server.api<Difficulty>('/api/difficulties', {
      token: counterToken,
      body: { text: 'Phần mềm một cửa lỗi, không nhận hồ sơ' },
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ servicePointId: q1, text: 'Phần mềm một cửa lỗi, không nhận hồ sơ' });
    const listed = await server.api<Difficulty[]>(`/api/difficulties?${range}`, { token: readerToken });
    expect(listed.body.map((d) => d.text)).toEqual(['Phần mềm một cửa lỗi, không nhận hồ sơ']);
    expect((await server.api(`/api/difficulties?${range}`, { token: counterToken })).status).toBe(403);
  });
});
