import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../../src/shared/domain';
import { addDays, isoWeekOf, mondayOf } from '../../src/shared/report-range';
import { weeklyReportSchema, type WeeklyReport } from '../../src/shared/contract/weekly-report';
import { reportWeek } from '../helpers/report-week';
import { testServer, type TestServer } from '../helpers/server';
import { needTools, POPPLER } from '../helpers/tools';

let server: TestServer;
let reader: string;
let today: string;
const out = mkdtempSync(join(tmpdir(), 'luot-weekly-'));

/** "30/11–06/12/2026" for the week of a day (the test's own spelling of it). */
function weekSpan(day: string) {
  const [monday, sunday] = [mondayOf(day), addDays(mondayOf(day), 6)];
  const dm = (d: string) => `${d.slice(8)}/${d.slice(5, 7)}`;
  return `${dm(monday)}${monday.slice(0, 4) === sunday.slice(0, 4) ? '' : `/${monday.slice(0, 4)}`}–${dm(sunday)}/${sunday.slice(0, 4)}`;
}

async function download(path: string) {
  const response = await fetch(server.base + path, { headers: { authorization: `Bearer ${reader}` } });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  server = await testServer();
  const week = await reportWeek(server);
  const { api, serviceId, pointId } = week;
  reader = week.reader;
  await api('/api/reports/settings', {
    method: 'PATCH',
    token: reader,
    body: { youthUnionBranch: 'Đoàn phường Ba Đình' },
  });
  const desk = pointId('Bàn hỗ trợ VNeID');
  const mai = (await api<Staff>('/api/staff', { body: { name: 'Vũ Thị Mai', role: 'volunteer' } })).body;
  // Went only on the field visit: never signed in at a desk.
  const hung = (await api<Staff>('/api/staff', { body: { name: 'Trần Văn Hùng', role: 'volunteer' } })).body;
  await api(`/api/service-points/${desk}/staff-session`, { body: { staffId: mai.id } });
  const raters = await week.ratingTablets([desk, pointId('Quầy 1')]);
  const serve = async (prefix: string, point: number, priority: string, helpKind?: string, rating?: object) => {
    await api('/api/tickets', { body: { serviceId: serviceId(prefix), priority } });
    const called = await api(`/api/service-points/${point}/call-next`, { body: {} });
    await api(`/api/tickets/${called.body.ticket.id}/resolve`, {
      body: { outcome: 'completed', ...(helpKind ? { helpKind } : {}) },
    });
    if (rating) {
      const rated = await api(`/api/tickets/${called.body.ticket.id}/rating`, {
        body: rating,
        token: raters.get(point)!,
      });
      expect(rated.status).toBe(201);
    }
    today = called.body.ticket.serviceDay;
  };
  await serve('V', desk, 'elderly', 'vneid_activation', { level: 'very_satisfied' });
  await serve('V', desk, 'none', 'vneid_activation', {
    level: 'dissatisfied',
    reasons: ['long_wait', 'unclear_guidance'],
  });
  // Asked, no answer in time.
  await serve('V', desk, 'none', 'online_payment', { level: null });
  // The elderly help desk: one elderly-priority case (counted once), one without a priority class.
  await serve('H', pointId('Bàn hỗ trợ người cao tuổi'), 'elderly', 'read_write_for_citizen');
  await serve('H', pointId('Bàn hỗ trợ người cao tuổi'), 'none', 'form_filling');
  // An elderly citizen served at a counter.
  await serve('A', pointId('Quầy 1'), 'elderly', undefined, { level: 'very_dissatisfied', reasons: ['long_wait'] });
  // Each went for their own time: Hùng joined for the last two hours.
  await week.recordFieldVisit(today, 'Tổ dân phố số 7, phường Ba Đình', { mai: mai.id, hung: hung.id });
  await api('/api/difficulties', { body: { text: 'Mất mạng từ 9 giờ đến 10 giờ', servicePointId: desk } });
});
afterAll(async () => {
  await server.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the weekly volunteer report', () => {
  it('gathers the week: volunteers and hours, help by kind at the center and in the field, elderly, difficulties', async () => {
    const { body, status } = await server.api<WeeklyReport>(`/api/reports/weekly?week=${today}`, { token: reader });
    expect(status).toBe(200);
    expect(body.formatVersion).toBe(1);
    expect(body.week.start).toBe(mondayOf(today));
    expect(body.youthUnionBranch).toBe('Đoàn phường Ba Đình');
    // The volunteer who only went on the field visit is a volunteer of the week, with their own hours out.
    expect(body.volunteers.map((v) => [v.name, v.fieldHours])).toEqual([
      ['Trần Văn Hùng', 2],
      ['Vũ Thị Mai', 3.5],
    ]);
    const dutyHours = body.volunteers.find((v) => v.name === 'Vũ Thị Mai')!.dutyHours;
    expect(body.figures).toMatchObject({
      volunteers: 2,
      volunteerHours: Math.round((dutyHours + 3.5 + 2) * 100) / 100,
      ticketsIssued: 6,
      helpDeskCitizens: 5,
      helpDeskVisits: 5,
      fieldVisits: 1,
      fieldCitizensHelped: 20,
      difficulties: 1,
      ratingsAsked: 4,
      ratingsGiven: 3,
      satisfiedShare: 0.333,
      meanRating: 2.67,
    });
    expect(body.satisfaction.topReasons).toEqual([
      { code: 'long_wait', name: { vi: 'Chờ lâu', en: 'Long wait' }, count: 2 },
      { code: 'unclear_guidance', name: { vi: 'Hướng dẫn chưa rõ', en: 'Unclear guidance' }, count: 1 },
    ]);
    expect(body.satisfaction.byPoint.map((p) => [p.name.vi, p.asked, p.rated, p.satisfiedShare, p.meanScore])).toEqual([
      ['Quầy 1', 1, 1, 0, 1],
      ['Bàn hỗ trợ VNeID', 3, 2, 0.5, 3.5],
    ]);
    // Who served: cases, by whom (names from staff), median wait and service time.
    expect(body.servedBy.map((p) => [p.name.vi, p.kind, p.cases, p.visits, p.staff])).toEqual([
      ['Quầy 1', 'counter', 1, 1, [{ staffId: null, name: null, visits: 1 }]],
      ['Bàn hỗ trợ VNeID', 'help_desk', 3, 3, [{ staffId: expect.any(Number), name: 'Vũ Thị Mai', visits: 3 }]],
      ['Bàn hỗ trợ người cao tuổi', 'help_desk', 2, 2, [{ staffId: null, name: null, visits: 2 }]],
    ]);
    for (const point of body.servedBy) {
      expect(point.medianWaitSeconds).toBeGreaterThanOrEqual(0);
      expect(point.medianServiceSeconds).toBeGreaterThanOrEqual(0);
    }
    // Elderly: the elderly desk's 2 cases, elderly-priority cases served (3, one of them at the elderly desk,
    // counted once) and the field visit's 9.
    expect(body.elderly).toEqual({ helpDeskCases: 2, priorityTicketsServed: 3, onFieldVisits: 9 });
    expect(body.figures.elderlyHelped).toBe(4 + 9);
    const help = Object.fromEntries(body.help.map((h) => [h.code, [h.name.vi, h.atCenter, h.inField]]));
    expect(help).toMatchObject({
      vneid_activation: ['Cài đặt, kích hoạt VNeID', 2, 15],
      online_payment: ['Thanh toán trực tuyến', 1, 0],
      data_update: ['Cập nhật, đồng bộ dữ liệu sau sáp nhập', 0, 5],
      read_write_for_citizen: ['Đọc, viết giúp công dân', 1, 0],
      form_filling: ['Điền tờ khai, biểu mẫu', 1, 0],
      e_account: ['Đăng ký tài khoản điện tử', 0, 0],
    });
    expect(body.fieldVisits).toMatchObject([
      {
        place: 'Tổ dân phố số 7, phường Ba Đình',
        helped: 20,
        hours: 3.5,
        volunteers: [
          { name: 'Vũ Thị Mai', hours: 3.5 },
          { name: 'Trần Văn Hùng', hours: 2 },
        ],
      },
    ]);
    expect(body.difficulties).toMatchObject([
      { servicePoint: 'Bàn hỗ trợ VNeID', staff: 'Vũ Thị Mai', text: 'Mất mạng từ 9 giờ đến 10 giờ' },
    ]);
    // The contract's schema accepts what the server wrote (the province's reader parses it so).
    expect(weeklyReportSchema.parse(body)).toEqual(body);
  });

  it('prints as one A4 page whose text keeps every Vietnamese diacritic', async (context) => {
    needTools(context, POPPLER);
    const { response, bytes } = await download(`/api/reports/weekly.pdf?week=${today}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`bao-cao-tuan-${mondayOf(today)}.pdf`);
    const file = join(out, 'weekly.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const words of [
      'ĐOÀN PHƯỜNG BA ĐÌNH',
      'BÁO CÁO TUẦN',
      'Tình nguyện viên tham gia',
      'Vũ Thị Mai',
      'Cài đặt, kích hoạt VNeID',
      'Tổ dân phố số 7',
      'Trần Văn Hùng (2 giờ)',
      'Mất mạng từ 9 giờ đến 10 giờ',
      'Người cao tuổi được hỗ trợ',
    ])
      expect(text).toContain(words);
    // It renders (the PNG is looked at by hand, see docs/screenshots/weekly-report-pdf.png).
    execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', file, join(out, 'page')]);
  });

  it('exports as XLSX with its sheets in Vietnamese', async () => {
    const { bytes } = await download(`/api/reports/weekly.xlsx?week=${today}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Báo cáo tuần',
      'Ca trực',
      'Hỗ trợ theo loại',
      'Đi cơ sở',
      'Phục vụ',
      'Khó khăn',
    ]);
    // Duty shifts: a field visit's hours are on the visit's day (dd/MM/yyyy), as a counter sign-in's are.
    const shifts = workbook.getWorksheet('Ca trực')!;
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const hung = shifts.getRows(2, shifts.rowCount - 1)!.filter((r) => r.getCell(1).value === 'Trần Văn Hùng');
    expect(hung.map((r) => (r.values as unknown[]).slice(1))).toEqual([
      ['Trần Văn Hùng', new Date(Date.UTC(y, m - 1, d)), 'Đi cơ sở (Tổ dân phố số 7, phường Ba Đình)', 2],
    ]);
    expect(hung[0]!.getCell(2).numFmt).toBe('dd/mm/yyyy');
    const mai = shifts.getRows(2, shifts.rowCount - 1)!.filter((r) => r.getCell(1).value === 'Vũ Thị Mai');
    expect(mai.map((r) => r.getCell(2).value)).not.toContain(null);
    expect(mai.map((r) => r.getCell(3).value)).toContain('Đi cơ sở (Tổ dân phố số 7, phường Ba Đình)');
    // Who served and their ratings, per counter and help desk, as on the PDF.
    const served = workbook.getWorksheet('Phục vụ')!;
    expect(served.getRow(2).values).toEqual([
      undefined,
      'Quầy 1',
      1,
      'chưa đăng nhập 1',
      expect.any(Number),
      expect.any(Number),
      1,
      1,
      0,
      1,
    ]);
    const help = workbook.getWorksheet('Hỗ trợ theo loại')!;
    expect(help.getRow(1).values).toEqual([
      undefined,
      'Nội dung hỗ trợ',
      'Tại trung tâm',
      'Đi cơ sở',
      'Tổng',
      'Mã (dành cho máy)',
    ]);
    expect(help.getRow(2).values).toEqual([undefined, 'Cài đặt, kích hoạt VNeID', 2, 15, 17, 'vneid_activation']);
    const summary = workbook.getWorksheet('Báo cáo tuần')!;
    expect(summary.getCell('B1').value).toBe(`Tuần ${isoWeekOf(today).isoWeek} (`.concat(weekSpan(today), ')'));
    expect(summary.getCell('B2').value).toBe('Đoàn phường Ba Đình');
    // Each row is a metric with its own name and unit; the sections are headings (bold, alone on their row).
    const rows = summary.getSheetValues().slice(6) as (ExcelJS.CellValue[] | undefined)[];
    const lines = rows.filter(Boolean).map((r) => r!.slice(1));
    expect(lines).toContainEqual(['1. Tình nguyện viên tham gia']);
    expect(lines).toContainEqual(['Tình nguyện viên tham gia', 'người', 2, 'volunteers']);
    expect(lines).toContainEqual(['Chuyến đi cơ sở', 'chuyến', 1, 'fieldVisits']);
    expect(lines).toContainEqual(['Người cao tuổi được hỗ trợ', 'người', 13, 'elderlyHelped']);
    const heading = summary.getRow(6);
    expect([heading.getCell(1).value, heading.getCell(1).font?.bold]).toEqual(['1. Tình nguyện viên tham gia', true]);
  });
});
