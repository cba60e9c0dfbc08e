/**
 * The weekly report against a hand recount (issue 20, "Done when"): a week is played through the real server over
 * HTTP — two counters, two help desks, an elderly citizen, a transfer, an absent citizen called back, an undone
 * resolve, ratings, a roster fix, a field visit with each volunteer's own hours — and every figure of the weekly
 * report is recounted here from the raw tables (the event log, staff sessions, roster corrections, field visits,
 * difficulties) without the report code, then compared with the JSON, the XLSX read back and the PDF's text.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEEKLY_FIGURE_KEYS, type WeeklyReport } from '../../src/shared/contract/weekly-report';
import { DEFAULT_ELDERLY_HELP_KINDS, type Staff } from '../../src/shared/domain';
import { addDays, mondayOf } from '../../src/shared/report-range';
import { localParts } from '../../src/shared/time';
import { reportWeek } from '../helpers/report-week';
import { testServer, type TestServer } from '../helpers/server';
import { needTools, POPPLER } from '../helpers/tools';

let server: TestServer;
let reader: string;
let today: string;
const out = mkdtempSync(join(tmpdir(), 'luot-recount-'));

beforeAll(async () => {
  server = await testServer();
  const week = await reportWeek(server);
  const { api, pointId } = week;
  reader = week.reader;
  const [q1, q2] = [pointId('Quầy 1'), pointId('Quầy 2')];
  const [vneid, elderlyDesk] = [pointId('Bàn hỗ trợ VNeID'), pointId('Bàn hỗ trợ người cao tuổi')];
  const person = async (name: string, role: Staff['role']) =>
    (await api<Staff>('/api/staff', { body: { name, role } })).body;
  const lan = await person('Nguyễn Thị Lan', 'staff');
  const binh = await person('Lê Văn Bình', 'staff');
  const mai = await person('Vũ Thị Mai', 'volunteer');
  const hung = await person('Trần Văn Hùng', 'volunteer');
  const tu = await person('Đỗ Minh Tú', 'greeter');
  const khoa = await person('Phạm Anh Khoa', 'volunteer');
  for (const [point, who] of [
    [q1, lan],
    [q2, binh],
    [vneid, mai],
    [elderlyDesk, khoa],
  ] as const)
    await api(`/api/service-points/${point}/staff-session`, { body: { staffId: who.id } });
  const raters = await week.ratingTablets([q1, q2, vneid]);
  const issue = async (prefix: string, priority = 'none') =>
    (
      await api<{ ticket: { id: number; serviceDay: string } }>('/api/tickets', {
        body: { serviceId: week.serviceId(prefix), priority },
      })
    ).body.ticket;
  const call = async (point: number) =>
    (await api<{ ticket: { id: number } }>(`/api/service-points/${point}/call-next`, { body: {} })).body.ticket;
  const resolve = (id: number, point: number, helpKind?: string) =>
    api(`/api/tickets/${id}/resolve`, {
      body: { servicePointId: point, outcome: 'completed', ...(helpKind ? { helpKind } : {}) },
    });
  const rate = async (id: number, point: number, level: string | null, reasons: string[] = []) =>
    expect(
      (await api(`/api/tickets/${id}/rating`, { body: { level, reasons }, token: raters.get(point)! })).status,
    ).toBe(201);

  // Counter 1: two cases, one of them elderly; one rated happy, one unhappy.
  today = (await issue('A', 'elderly')).serviceDay;
  await issue('A');
  let t = await call(q1);
  await api(`/api/tickets/${t.id}/start`, { body: { servicePointId: q1 } });
  await resolve(t.id, q1);
  await rate(t.id, q1, 'very_satisfied');
  t = await call(q1);
  await resolve(t.id, q1);
  await rate(t.id, q1, 'dissatisfied', ['long_wait', 'unclear_guidance']);
  // Counter 2: an absent citizen called back and served; a case sent on to the VNeID desk.
  await issue('C');
  t = await call(q2);
  await api(`/api/tickets/${t.id}/no-show`, { body: { servicePointId: q2 } });
  await api(`/api/tickets/${t.id}/call`, { body: { servicePointId: q2 } });
  await resolve(t.id, q2);
  await rate(t.id, q2, null);
  await issue('C', 'elderly');
  t = await call(q2);
  await api(`/api/tickets/${t.id}/transfer`, {
    body: { servicePointId: q2, toServicePointId: vneid, placement: 'front' },
  });
  // The VNeID desk: the transferred case (resolved, undone, resolved again with the right kind), and two more.
  t = await call(vneid);
  await resolve(t.id, vneid, 'online_payment');
  await api(`/api/tickets/${t.id}/undo`, { body: { servicePointId: vneid } });
  await resolve(t.id, vneid, 'vneid_activation');
  await rate(t.id, vneid, 'very_dissatisfied', ['long_wait']);
  for (const kind of ['vneid_activation', 'online_filing']) {
    await issue('V');
    t = await call(vneid);
    await resolve(t.id, vneid, kind);
    await rate(t.id, vneid, 'satisfied');
  }
  // The elderly desk: one case, and one never called (not helped).
  await issue('H');
  await issue('H', 'elderly');
  t = await call(elderlyDesk);
  await resolve(t.id, elderlyDesk, 'read_write_for_citizen');

  // The team lead's roster: Mai's sign-in is a 4-hour shift, Khoa's was not a duty shift, Tú greeted without
  // signing in. Everyone signs out first (an open sign-in's hours grow by the minute).
  for (const point of [q1, q2, vneid, elderlyDesk])
    await api(`/api/service-points/${point}/staff-session`, { method: 'DELETE' });
  const shift = localParts(Date.now()).minuteOfDay < 12 * 60 ? 'morning' : 'afternoon';
  for (const body of [
    { staffId: mai.id, onDuty: true, hours: 4 },
    { staffId: khoa.id, onDuty: false },
    { staffId: tu.id, onDuty: true, hours: 3.5, note: 'Đón tiếp ở cửa' },
  ])
    expect((await api('/api/roster', { token: reader, body: { day: today, shift, ...body } })).status).toBeLessThan(
      300,
    );
  await week.recordFieldVisit(today, 'Tổ dân phố số 7', { mai: mai.id, hung: hung.id });
  await api('/api/difficulties', { body: { text: 'Mất mạng từ 9 giờ đến 10 giờ', servicePointId: vneid } });
}, 60_000);

afterAll(async () => {
  await server.close();
  rmSync(out, { recursive: true, force: true });
});

interface EventRow {
  id: number;
  at: number;
  type: string;
  ticket_id: number | null;
  service_point_id: number | null;
  staff_id: number | null;
  data: string | null;
}

/** Nearest-rank median of milliseconds, in seconds (null when there is none). */
function median(ms: number[]): number | null {
  if (ms.length === 0) return null;
  const sorted = [...ms].sort((a, b) => a - b);
  return Math.round(sorted[Math.ceil(sorted.length / 2) - 1]! / 1000);
}

/** Every figure of the week, recounted from the raw tables. */
function recount(monday: string) {
  const db = server.luot.core.db;
  const week = { from: monday, to: addDays(monday, 6) };
  const all = db
    .prepare(
      `SELECT e.* FROM events e JOIN tickets t ON t.id = e.ticket_id
        WHERE t.service_day BETWEEN ? AND ? ORDER BY e.id`,
    )
    .all(week.from, week.to) as EventRow[];
  const undone = new Set(
    all.filter((e) => e.type === 'undone').map((e) => (JSON.parse(e.data!) as { eventId: number }).eventId),
  );
  const events = all.filter((e) => e.type !== 'undone' && !undone.has(e.id));
  const tickets = new Map(
    (
      db.prepare('SELECT id, priority, service_id FROM tickets').all() as {
        id: number;
        priority: string;
        service_id: number;
      }[]
    ).map((t) => [t.id, t]),
  );
  const kind = new Map(
    (db.prepare('SELECT id, kind FROM service_points').all() as { id: number; kind: string }[]).map((p) => [
      p.id,
      p.kind,
    ]),
  );
  // A case is its first ticket: a transfer's new ticket says where it came from.
  const cameFrom = new Map<number, number>();
  for (const e of events)
    if (e.type === 'transferred') {
      const data = JSON.parse(e.data!) as { fromTicketId?: number };
      if (data.fromTicketId) cameFrom.set(e.ticket_id!, data.fromTicketId);
    }
  const caseOf = (ticket: number): number => (cameFrom.has(ticket) ? caseOf(cameFrom.get(ticket)!) : ticket);
  const issued = events.filter((e) => e.type === 'issued' && !cameFrom.has(e.ticket_id!)).length;
  const resolved = events.filter((e) => e.type === 'resolved');
  const atDesk = resolved.filter((e) => kind.get(e.service_point_id!) === 'help_desk');
  const elderlyServices = new Set(
    (
      db.prepare('SELECT code, service_id FROM help_kinds WHERE service_id IS NOT NULL').all() as {
        code: string;
        service_id: number;
      }[]
    )
      .filter((k) => (DEFAULT_ELDERLY_HELP_KINDS as readonly string[]).includes(k.code))
      .map((k) => k.service_id),
  );
  const elderlyCases = new Set([
    ...atDesk
      .filter((e) => elderlyServices.has(tickets.get(e.ticket_id!)!.service_id))
      .map((e) => caseOf(e.ticket_id!)),
    ...resolved.filter((e) => tickets.get(e.ticket_id!)!.priority === 'elderly').map((e) => caseOf(e.ticket_id!)),
  ]);

  // Who served: per point, resolved visits by staff; waits (joined → first call) of the visits it called last.
  const joined = new Map<number, number>();
  const firstCall = new Map<number, number>();
  const lastCall = new Map<number, { at: number; point: number }>();
  const lastStart = new Map<number, number>();
  for (const e of events) {
    const id = e.ticket_id!;
    if (e.type === 'issued' || (e.type === 'transferred' && cameFrom.get(id))) joined.set(id, joined.get(id) ?? e.at);
    if (e.type === 'called') {
      if (!firstCall.has(id)) firstCall.set(id, e.at);
      lastCall.set(id, { at: e.at, point: e.service_point_id! });
      lastStart.delete(id);
    }
    if (e.type === 'started') lastStart.set(id, e.at);
  }
  const servedBy = [...new Set(resolved.map((e) => e.service_point_id!))].map((point) => {
    const here = resolved.filter((e) => e.service_point_id === point);
    const staff = new Map<number | null, number>();
    for (const e of here) staff.set(e.staff_id, (staff.get(e.staff_id) ?? 0) + 1);
    const waits = [...lastCall.entries()]
      .filter(([, c]) => c.point === point)
      .map(([id]) => firstCall.get(id)! - joined.get(id)!);
    const services = here.map((e) => e.at - (lastStart.get(e.ticket_id!) ?? lastCall.get(e.ticket_id!)!.at));
    return {
      point,
      cases: new Set(here.map((e) => caseOf(e.ticket_id!))).size,
      visits: here.length,
      staff: Object.fromEntries([...staff].map(([id, n]) => [String(id), n])),
      wait: median(waits),
      service: median(services),
    };
  });

  // Satisfaction, from the `rated` events.
  const rated = events
    .filter((e) => e.type === 'rated')
    .map((e) => ({
      point: e.service_point_id!,
      ...(JSON.parse(e.data!) as { level: string | null; reasons: string[] }),
    }));
  const SCORE: Record<string, number> = {
    very_dissatisfied: 1,
    dissatisfied: 2,
    neutral: 3,
    satisfied: 4,
    very_satisfied: 5,
  };
  const slice = (rows: typeof rated) => {
    const given = rows.filter((r) => r.level !== null);
    const happy = given.filter((r) => SCORE[r.level!]! >= 4).length;
    const reasons = new Map<string, number>();
    for (const r of rows) for (const why of r.reasons) reasons.set(why, (reasons.get(why) ?? 0) + 1);
    return {
      asked: rows.length,
      rated: given.length,
      satisfiedShare: given.length ? Math.round((happy / given.length) * 1000) / 1000 : null,
      meanScore: given.length
        ? Math.round((given.reduce((s, r) => s + SCORE[r.level!]!, 0) / given.length) * 100) / 100
        : null,
      reasons: Object.fromEntries(reasons),
    };
  };

  // Volunteers: the roster (every volunteer's sign-in here is corrected by the lead) and the field visits.
  const volunteerRoles = new Set(['volunteer', 'greeter']);
  const roles = new Map(
    (db.prepare('SELECT id, role FROM staff').all() as { id: number; role: string }[]).map((s) => [s.id, s.role]),
  );
  const entries = db
    .prepare('SELECT * FROM roster_entries WHERE service_day BETWEEN ? AND ?')
    .all(week.from, week.to) as {
    staff_id: number;
    shift: string;
    service_day: string;
    on_duty: number;
    hours: number;
  }[];
  const sessions = db
    .prepare('SELECT staff_id, service_day FROM staff_sessions WHERE service_day BETWEEN ? AND ?')
    .all(week.from, week.to) as { staff_id: number; service_day: string }[];
  for (const s of sessions.filter((s) => volunteerRoles.has(roles.get(s.staff_id)!)))
    expect(entries.some((e) => e.staff_id === s.staff_id && e.service_day === s.service_day)).toBe(true);
  const duty = entries.filter((e) => e.on_duty === 1 && volunteerRoles.has(roles.get(e.staff_id)!));
  const visits = (
    db
      .prepare('SELECT * FROM field_visits WHERE service_day BETWEEN ? AND ? AND withdrawn_at IS NULL')
      .all(week.from, week.to) as { volunteer_ids: string; helped: string; elderly: number }[]
  ).map((v) => ({
    volunteers: JSON.parse(v.volunteer_ids) as { staffId: number; hours: number }[],
    helped: JSON.parse(v.helped) as Record<string, number>,
    elderly: v.elderly,
  }));
  const people = new Set([
    ...duty.map((e) => e.staff_id),
    ...visits.flatMap((v) => v.volunteers.map((p) => p.staffId)),
  ]);
  const hours =
    duty.reduce((s, e) => s + e.hours, 0) +
    visits.reduce((s, v) => s + v.volunteers.reduce((a, p) => a + p.hours, 0), 0);
  const fieldElderly = visits.reduce((s, v) => s + v.elderly, 0);
  const helpAtDesk = new Map<string, number>();
  for (const e of atDesk) {
    const help = (JSON.parse(e.data!) as { helpKind?: string }).helpKind;
    if (help) helpAtDesk.set(help, (helpAtDesk.get(help) ?? 0) + 1);
  }
  const difficulties = db
    .prepare('SELECT count(*) FROM difficulties WHERE service_day BETWEEN ? AND ? AND withdrawn_at IS NULL')
    .pluck()
    .get(week.from, week.to) as number;
  const satisfaction = slice(rated);
  return {
    figures: {
      volunteers: people.size,
      volunteerShifts: duty.length,
      volunteerHours: Math.round(hours * 100) / 100,
      ticketsIssued: issued,
      helpDeskCitizens: new Set(atDesk.map((e) => caseOf(e.ticket_id!))).size,
      helpDeskVisits: atDesk.length,
      elderlyHelped: elderlyCases.size + fieldElderly,
      fieldVisits: visits.length,
      fieldCitizensHelped: visits.reduce((s, v) => s + Object.values(v.helped).reduce((a, b) => a + b, 0), 0),
      ratingsAsked: satisfaction.asked,
      ratingsGiven: satisfaction.rated,
      satisfiedShare: satisfaction.satisfiedShare,
      meanRating: satisfaction.meanScore,
      difficulties,
    } satisfies Record<(typeof WEEKLY_FIGURE_KEYS)[number], number | null>,
    helpAtDesk: Object.fromEntries(helpAtDesk),
    servedBy,
    satisfaction,
    byPoint: [...new Set(rated.map((r) => r.point))].map((point) => ({
      point,
      ...slice(rated.filter((r) => r.point === point)),
    })),
  };
}

describe('the weekly report against a recount from the raw log', () => {
  it('has every figure of the hand recount, in the JSON, the XLSX and the PDF', async (context) => {
    const monday = mondayOf(today);
    const { body: report } = await server.api<WeeklyReport>(`/api/reports/weekly?week=${today}`, { token: reader });
    const hand = recount(monday);
    // The week's story, as told above (a guard that the recount reads what happened).
    expect(hand.figures).toMatchObject({
      ticketsIssued: 8,
      helpDeskVisits: 4,
      volunteers: 3,
      volunteerShifts: 2,
      volunteerHours: 4 + 3.5 + 3.5 + 2,
      // Counter 1's elderly case, the elderly case sent to the VNeID desk, the elderly desk's (called first: elderly).
      elderlyHelped: 3 + 9,
      ratingsAsked: 6,
    });
    expect(report.figures).toEqual(hand.figures);
    expect(Object.fromEntries(report.help.filter((h) => h.atCenter > 0).map((h) => [h.code, h.atCenter]))).toEqual(
      hand.helpAtDesk,
    );
    expect(
      report.servedBy.map((p) => ({
        point: p.servicePointId,
        cases: p.cases,
        visits: p.visits,
        staff: Object.fromEntries(p.staff.map((s) => [String(s.staffId), s.visits])),
      })),
    ).toEqual(
      expect.arrayContaining(hand.servedBy.map(({ point, cases, visits, staff }) => ({ point, cases, visits, staff }))),
    );
    expect(report.servedBy).toHaveLength(hand.servedBy.length);
    for (const p of hand.servedBy) {
      const got = report.servedBy.find((r) => r.servicePointId === p.point)!;
      expect(Math.abs(got.medianWaitSeconds! - p.wait!)).toBeLessThanOrEqual(1);
      expect(Math.abs(got.medianServiceSeconds! - p.service!)).toBeLessThanOrEqual(1);
    }
    const unhappy = Object.fromEntries(report.satisfaction.topReasons.map((r) => [r.code, r.count]));
    expect(unhappy).toEqual(hand.satisfaction.reasons);
    expect(
      report.satisfaction.byPoint.map((p) => [p.servicePointId, p.asked, p.rated, p.satisfiedShare, p.meanScore]),
    ).toEqual(
      expect.arrayContaining(hand.byPoint.map((p) => [p.point, p.asked, p.rated, p.satisfiedShare, p.meanScore])),
    );

    // The XLSX's summary sheet: each metric's value on the row of its machine code.
    const xlsx = await fetch(`${server.base}/api/reports/weekly.xlsx?week=${today}`, {
      headers: { authorization: `Bearer ${reader}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    const rows = (workbook.getWorksheet('Báo cáo tuần')!.getSheetValues() as (ExcelJS.CellValue[] | undefined)[])
      .filter(Boolean)
      .map((r) => r!.slice(1));
    const byCode = Object.fromEntries(rows.filter((r) => r.length === 4).map((r) => [r[3], r[2]]));
    for (const key of WEEKLY_FIGURE_KEYS) expect(byCode[key] ?? null, key).toEqual(hand.figures[key]);

    // The PDF's text says the same numbers where a person reads them.
    needTools(context, POPPLER);
    const pdf = await fetch(`${server.base}/api/reports/weekly.pdf?week=${today}`, {
      headers: { authorization: `Bearer ${reader}` },
    });
    const file = join(out, 'week.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    const n = (x: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(x);
    const f = hand.figures;
    expect(text).toContain(
      `${n(f.volunteers)} tình nguyện viên, ${n(f.volunteerShifts)} ca trực, tổng ${n(f.volunteerHours)} giờ.`,
    );
    expect(text).toContain(`Người dân được hướng dẫn, cấp số thứ tự: ${n(f.ticketsIssued)}`);
    expect(text).toContain(`Người dân được hỗ trợ tại bàn hỗ trợ: ${n(f.helpDeskCitizens)} (${n(f.helpDeskVisits)}`);
    expect(text).toContain(`Người cao tuổi được hỗ trợ: ${n(f.elderlyHelped)}`);
    expect(text).toContain(`${n(f.ratingsGiven)}/${n(f.ratingsAsked)} lượt được mời đã đánh giá`);
    expect(text).toContain(`điểm trung bình: ${n(f.meanRating!)}/5`);
    expect(text).toContain(`${n(Math.round(f.satisfiedShare! * 100))} %`);
    expect(text).toContain('Trần Văn Hùng (2 giờ)');
  });
});
