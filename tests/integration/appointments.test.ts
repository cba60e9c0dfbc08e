/**
 * Appointments (issue 22) over real HTTP on a real SQLite file, with a moved clock: booked → checked in → called
 * before the walk-ins → resolved; a missed one gives its held number back; the held share refuses a walk-in, then
 * lets it through at the set time; a late check-in is a walk-in; the kiosk asks before a 4th number in a minute.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../src/shared/api';
import type { AppointmentAnswer, AppointmentReport, CheckInAnswer } from '../../src/shared/appointment-api';
import { CODE_PATTERN, type Appointment } from '../../src/shared/appointments';
import type { Service, ServicePoint } from '../../src/shared/domain';
import { TestClock } from '../helpers/core';
import { testServer, type TestServer } from '../helpers/server';

/** Monday 7 December 2026, 08:50 in Hà Nội. */
const MORNING = Date.parse('2026-12-07T08:50:00+07:00');
const DAY = '2026-12-07';
const minutes = (n: number) => n * 60_000;

let server: TestServer;
afterEach(async () => server?.close());

async function center(clock: TestClock) {
  server = await testServer(undefined, { clock: clock.read });
  const services = (await server.api<Service[]>('/api/services')).body;
  const points = (await server.api<ServicePoint[]>('/api/service-points')).body;
  const a = services.find((s) => s.prefix === 'A')!;
  const q1 = points.find((p) => p.nameVi === 'Quầy 1')!; // serves A only
  return { a, q1 };
}

const setSlots = (serviceId: number, over: Record<string, unknown> = {}) =>
  server.api('/api/appointments/settings', {
    method: 'PATCH',
    body: { services: [{ serviceId, slotMinutes: 30, perSlot: 4, held: 0, heldUntil: '10:00', ...over }] },
  });

const book = (serviceId: number, time: string, day = DAY) =>
  server.api<AppointmentAnswer>('/api/appointments', { body: { serviceId, day, time, name: 'Trần Văn Bình' } });

const walkIn = (serviceId: number, priority = 'none') => server.api('/api/tickets', { body: { serviceId, priority } });

describe('an appointment that is kept', () => {
  it('is booked with a readable code, checked in on time and called before the walk-ins, even priority ones', async () => {
    const clock = new TestClock(MORNING);
    const { a, q1 } = await center(clock);
    expect((await setSlots(a.id)).status).toBe(200);
    const booked = await book(a.id, '09:00');
    expect(booked.status).toBe(201);
    expect(booked.body.code).toMatch(CODE_PATTERN);
    expect(booked.body.code).not.toMatch(/[01OI]/);

    const w1 = (await walkIn(a.id)).body.ticket;
    const w2 = (await walkIn(a.id, 'elderly')).body.ticket;
    // The citizen types the code in lower case with a space: still theirs.
    const code = booked.body.code;
    const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`;
    const checkedIn = await server.api<CheckInAnswer>('/api/appointments/check-in', { body: { code: typed } });
    expect(checkedIn.status).toBe(201);
    expect(checkedIn.body.onTime).toBe(true);
    expect(checkedIn.body.ticket.appointment).toMatchObject({ id: booked.body.id, time: '09:00', first: true });

    // The queue lists it first where the display reads its next numbers.
    const queue = (await server.api<QueueSnapshot>('/api/queue')).body;
    expect(queue.services.find((s) => s.serviceId === a.id)!.waiting.map((t) => t.id)).toContain(
      checkedIn.body.ticket.id,
    );
    const calls: number[] = [];
    for (let i = 0; i < 3; i++) {
      const called = (await server.api(`/api/service-points/${q1.id}/call-next`, { body: {} })).body.ticket;
      calls.push(called.id);
      await server.api(`/api/tickets/${called.id}/resolve`, { body: { outcome: 'completed' } });
    }
    expect(calls).toEqual([checkedIn.body.ticket.id, w2.id, w1.id]);

    // Used once: a second check-in says which number it already has.
    const again = await server.api('/api/appointments/check-in', { body: { code } });
    expect(again.status).toBe(409);
    expect(again.body.error.vi).toContain(checkedIn.body.ticket.displayCode);

    const list = (await server.api<Appointment[]>(`/api/appointments?day=${DAY}`)).body;
    expect(list).toMatchObject([{ code, status: 'checked_in', onTime: true, ticketId: checkedIn.body.ticket.id }]);
    const report = (await server.api<AppointmentReport>(`/api/reports/appointments?from=${DAY}&to=${DAY}`)).body;
    expect(report).toMatchObject({ booked: 1, kept: 1, onTime: 1, late: 0, missed: 0, cancelled: 0 });
  });

  it('refuses a code that is not one, a time that is not a slot, and a full slot, in both languages', async () => {
    const clock = new TestClock(MORNING);
    const { a } = await center(clock);
    const noSlots = await book(a.id, '09:00');
    expect(noSlots.status).toBe(409);
    expect(noSlots.body).toMatchObject({ error: { code: 'NO_APPOINTMENTS' } });
    await setSlots(a.id, { perSlot: 1 });
    expect((await book(a.id, '09:10')).body).toMatchObject({ error: { code: 'NOT_A_SLOT' } });
    expect((await book(a.id, '09:30')).status).toBe(201);
    const full = await book(a.id, '09:30');
    expect(full.body).toMatchObject({ error: { code: 'SLOT_FULL' } });
    const bad = await server.api('/api/appointments/check-in', { body: { code: 'O1I0AB' } });
    expect(bad.status).toBe(400);
    const unknown = await server.api('/api/appointments/check-in', { body: { code: 'ZZZZZZ' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.en).toContain('ZZZZZZ');
  });
});

describe('an appointment that is not kept on time', () => {
  it('late: a walk-in ticket, and it says so; missed: marked, and its held number goes back', async () => {
    const clock = new TestClock(MORNING);
    const { a, q1 } = await center(clock);
    await server.api(`/api/services/${a.id}`, { method: 'PATCH', body: { dailyCap: 3 } });
    await setSlots(a.id, { held: 2, heldUntil: '10:30' });
    const late = (await book(a.id, '09:00')).body;
    const missed = (await book(a.id, '09:00')).body;
    // Two held of three: one walk-in gets a number, the next is told why not.
    expect((await walkIn(a.id)).status).toBe(201);
    const refused = await walkIn(a.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'HELD_FOR_APPOINTMENTS' });
    expect(refused.body.error.vi).toContain('giữ cho người đã đặt lịch hẹn đến 10:30');
    const hold = (await server.api<QueueSnapshot>('/api/queue')).body.services.find((s) => s.serviceId === a.id)!;
    expect(hold.appointmentHold).toMatchObject({ held: 2, heldUntil: '10:30' });

    // 09:16: both windows are over. The one who comes now is a walk-in; the other is missed.
    clock.now = Date.parse('2026-12-07T09:16:00+07:00');
    const lateIn = await server.api<CheckInAnswer>('/api/appointments/check-in', { body: { code: late.code } });
    expect(lateIn.status).toBe(201);
    expect(lateIn.body.onTime).toBe(false);
    expect(lateIn.body.ticket.appointment).toMatchObject({ first: false });
    const list = (await server.api<Appointment[]>(`/api/appointments?day=${DAY}`)).body;
    expect(list.find((x) => x.id === missed.id)!.status).toBe('missed');
    // The walk-in issued first is still called first: the late one queued behind it.
    const first = (await server.api(`/api/service-points/${q1.id}/call-next`, { body: {} })).body.ticket;
    expect(first.id).not.toBe(lateIn.body.ticket.id);
    // The missed one's held number went back: a walk-in takes it; then the cap itself refuses, not the hold.
    expect((await walkIn(a.id)).status).toBe(201);
    expect((await walkIn(a.id)).body.error).toMatchObject({ code: 'DAILY_CAP_REACHED' });
    const report = (await server.api<AppointmentReport>(`/api/reports/appointments?from=${DAY}&to=${DAY}`)).body;
    expect(report).toMatchObject({ booked: 2, kept: 1, onTime: 0, late: 1, missed: 1 });
  });

  it('holds numbers until the set time, then gives them to walk-ins', async () => {
    const clock = new TestClock(MORNING);
    const { a } = await center(clock);
    await server.api(`/api/services/${a.id}`, { method: 'PATCH', body: { dailyCap: 2 } });
    await setSlots(a.id, { held: 1, heldUntil: '09:05' });
    await book(a.id, '09:30');
    expect((await walkIn(a.id)).status).toBe(201);
    expect((await walkIn(a.id)).body.error).toMatchObject({ code: 'HELD_FOR_APPOINTMENTS' });
    clock.now = Date.parse('2026-12-07T09:05:00+07:00');
    expect((await walkIn(a.id)).status).toBe(201);
  });

  it('cancelling gives the place back; too early and another day are refused with the time to come', async () => {
    const clock = new TestClock(MORNING);
    const { a } = await center(clock);
    await setSlots(a.id, { perSlot: 1 });
    const early = (await book(a.id, '10:00')).body;
    const tooEarly = await server.api('/api/appointments/check-in', { body: { code: early.code } });
    expect(tooEarly.body.error).toMatchObject({ code: 'APPOINTMENT_TOO_EARLY' });
    expect(tooEarly.body.error.vi).toContain('09:45');
    const tomorrow = (await book(a.id, '10:00', '2026-12-08')).body;
    const other = await server.api('/api/appointments/check-in', { body: { code: tomorrow.code } });
    expect(other.body.error.vi).toContain('08/12/2026');
    expect((await server.api(`/api/appointments/${early.id}`, { method: 'DELETE' })).body).toMatchObject({
      status: 'cancelled',
    });
    expect((await book(a.id, '10:00')).status).toBe(201);
  });
});

describe('the kiosk', () => {
  it('marks its tickets self-issued and asks before a 4th number in a minute, recording the answer', async () => {
    const clock = new TestClock(MORNING);
    const { a } = await center(clock);
    const kiosk = (
      await server.api<{ token: string }>('/api/devices', {
        body: { name: 'Kiosk', role: 'kiosk', servicePointId: null },
      })
    ).body.token;
    const take = (body: Record<string, unknown> = {}) =>
      server.api('/api/tickets', { body: { serviceId: a.id, note: 'không được ghi', ...body }, token: kiosk });
    const first = await take();
    expect(first.body.ticket).toMatchObject({ selfIssued: true, note: null });
    await take();
    const third = (await take()).body.ticket;
    const fourth = await take();
    expect(fourth.status).toBe(409);
    expect(fourth.body.error.vi).toBe(`Quý vị đã có số ${third.displayCode} — lấy thêm số?`);
    const confirmed = await take({ confirmRepeat: true });
    expect(confirmed.status).toBe(201);
    const history = (
      await server.api<{ history: { type: string; data: Record<string, unknown> }[] }>(
        `/api/tickets/${confirmed.body.ticket.id}`,
      )
    ).body.history;
    expect(history[0]).toMatchObject({ type: 'issued', data: { selfIssued: true, confirmedRepeat: true } });
    // A minute later it issues without asking.
    clock.now += minutes(1);
    expect((await take()).status).toBe(201);
    // The kiosk reads no appointment list, no staff, no case.
    expect((await server.api(`/api/appointments?day=${DAY}`, { token: kiosk })).status).toBe(403);
    expect((await server.api('/api/staff', { token: kiosk })).status).toBe(403);
    expect((await server.api(`/api/tickets/${third.id}`, { token: kiosk })).status).toBe(403);
    const report = (await server.api<AppointmentReport>(`/api/reports/appointments?from=${DAY}&to=${DAY}`)).body;
    expect(report).toMatchObject({ selfIssued: 5, issuedByStaff: 0 });
  });
});

describe('a return visit', () => {
  it('is booked from a missing-papers case for the next working day, and checked in then', async () => {
    // Friday afternoon: the next working day is Monday.
    const clock = new TestClock(Date.parse('2026-12-04T15:00:00+07:00'));
    const { a, q1 } = await center(clock);
    await setSlots(a.id, { perSlot: 2 });
    const ticket = (await walkIn(a.id)).body.ticket;
    await server.api(`/api/service-points/${q1.id}/call-next`, { body: {} });
    const visit = await server.api<{ appointment: Appointment }>('/api/appointments/return-visit', {
      body: { ticketId: ticket.id, missingPapers: ['Giấy chứng sinh (bản chính)'] },
    });
    expect(visit.status).toBe(201);
    expect(visit.body.appointment).toMatchObject({
      day: '2026-12-07',
      time: '07:30',
      source: 'return_visit',
      missingPapers: ['Giấy chứng sinh (bản chính)'],
    });
    clock.now = Date.parse('2026-12-07T07:40:00+07:00');
    const checkedIn = await server.api<CheckInAnswer>('/api/appointments/check-in', {
      body: { code: visit.body.appointment.code },
    });
    expect(checkedIn.body).toMatchObject({ onTime: true, ticket: { serviceDay: '2026-12-07' } });
  });

  it('is booked at the greeter for a procedure, before any number was taken', async () => {
    const clock = new TestClock(Date.parse('2026-12-07T10:00:00+07:00'));
    const { a } = await center(clock);
    await setSlots(a.id, { perSlot: 1 });
    const procedure = (await server.api<{ id: number; serviceId: number }[]>('/api/procedures')).body.find(
      (p) => p.serviceId === a.id,
    )!;
    const visit = await server.api<{ appointment: Appointment }>('/api/appointments/return-visit', {
      body: { procedureId: procedure.id, missingPapers: ['Tờ khai'], print: false },
    });
    expect(visit.body.appointment).toMatchObject({ day: '2026-12-08', time: '07:30', procedureId: procedure.id });
    const none = await server.api('/api/appointments/return-visit', { body: { missingPapers: [] } });
    expect(none.status).toBe(400);
  });
});
