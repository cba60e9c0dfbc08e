import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportReader } from '../../src/server/reports/report-reader';
import type { CreatedDevice } from '../../src/shared/api';
import type { ReportSummary } from '../../src/shared/reports';
import { testServer, type TestServer } from '../helpers/server';

let server: TestServer;
let reader: string;
let day: string;

async function rawGet(path: string, token?: string) {
  const response = await fetch(server.base + path, {
    headers: { authorization: `Bearer ${token ?? reader}` },
  });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  server = await testServer();
  const { body } = await server.api<CreatedDevice>('/api/devices', {
    body: { name: 'Bí thư Đoàn', role: 'reports' },
  });
  reader = body.token;
  const services = (await server.api<{ id: number; prefix: string }[]>('/api/services')).body;
  const points = (await server.api<{ id: number; nameVi: string }[]>('/api/service-points')).body;
  const a = services.find((s) => s.prefix === 'A')!.id;
  const q1 = points.find((p) => p.nameVi === 'Quầy 1')!.id;
  for (let i = 0; i < 3; i++)
    await server.api('/api/tickets', { body: { serviceId: a, priority: i === 0 ? 'elderly' : 'none' } });
  const called = await server.api(`/api/service-points/${q1}/call-next`, { body: {} });
  await server.api(`/api/tickets/${called.body.ticket.id}/resolve`, {
    body: { outcome: 'completed', fileCode: '000.00.12.H40-261123-0001' },
  });
  day = called.body.ticket.serviceDay;
});
afterAll(() => server.close());

describe('reports over HTTP, computed on the report worker', () => {
  it('answers the same figures as the report code run in-thread', async () => {
    const { status, body } = await server.api<ReportSummary>(`/api/reports/summary?from=${day}&to=${day}`, {
      token: reader,
    });
    expect(status).toBe(200);
    expect(server.luot.core.reports.offThread).toBe(true);
    const inThread = new ReportReader(server.luot.core.db, null).summary({ from: day, to: day }, body.generatedAt);
    expect(body).toEqual(inThread);
    expect(body).toMatchObject({ issued: 3, resolved: 1, byStatus: { waiting: 2, resolved: 1 } });
    expect(body.priority).toMatchObject({ priority: 1, byClass: [{ code: 'elderly', count: 1 }] });
  });

  it('keeps digests of closed days in a cache file of its own, beside the database', async () => {
    const { status } = await server.api(`/api/reports/summary?from=2026-01-01&to=${day}`, { token: reader });
    expect(status).toBe(200);
    expect(existsSync(join(server.dir, 'luot-report-days.db'))).toBe(true);
  });

  it('lets a report reader read reports and the center, but not change setup or act on the queue', async () => {
    expect((await server.api('/api/session', { token: reader })).status).toBe(200);
    expect((await server.api('/api/services', { token: reader })).status).toBe(200);
    expect((await server.api('/api/queue', { token: reader })).status).toBe(200);
    expect(
      (await server.api('/api/services/1', { token: reader, method: 'PATCH', body: { nameVi: 'X' } })).status,
    ).toBe(403);
    expect((await server.api('/api/tickets', { token: reader, body: { serviceId: 1 } })).status).toBe(403);
    expect((await server.api('/api/devices', { token: reader })).status).toBe(403);
    const counter = await server.api<CreatedDevice>('/api/devices', {
      body: { name: 'Máy Quầy 2', role: 'counter', servicePointId: 2 },
    });
    expect((await server.api(`/api/reports/summary?from=${day}&to=${day}`, { token: counter.body.token })).status).toBe(
      403,
    );
  });

  it('refuses a reversed or a too long range in Vietnamese and English', async () => {
    const reversed = await server.api(`/api/reports/summary?from=${day}&to=2020-01-01`, { token: reader });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.vi).toContain('Ngày kết thúc không được trước ngày bắt đầu');
    expect(reversed.body.error.en).toContain('cannot be before');
    const long = await server.api('/api/reports/summary?from=2010-01-01&to=2026-01-01', { token: reader });
    expect(long.status).toBe(400);
    expect(long.body.error.vi).toContain('3 năm');
  });
});

describe('exports', () => {
  it('writes one table as CSV: byte-order mark, Vietnamese headers, dd/MM/yyyy days', async () => {
    const { response, bytes } = await rawGet(`/api/reports/export.csv?from=${day}&to=${day}&table=days`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="bao-cao-days-${day}_${day}.csv"`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, first] = bytes.toString('utf8').slice(1).split('\r\n');
    expect(header).toBe(
      'Ngày,Số phiếu cấp,Lượt được gọi,Hoàn thành,Vắng mặt,Chuyển đi,Huỷ,Chờ trung vị (giây),Chờ P90 (giây),Chờ lâu nhất (giây),Phục vụ trung vị (giây),Phục vụ P90 (giây),Đạt thời gian chờ mục tiêu (%)',
    );
    const [y, m, d] = day.split('-');
    expect(first!.startsWith(`${d}/${m}/${y},3,1,1,0,0,0,`)).toBe(true);
  });

  it('lists every visit with its number and file code', async () => {
    const { bytes } = await rawGet(`/api/reports/export.csv?from=${day}&to=${day}&table=visits`);
    const text = bytes.toString('utf8');
    expect(text).toContain('Số phiếu');
    expect(text).toContain('A001');
    expect(text).toContain('000.00.12.H40-261123-0001');
    expect(text).toContain('Người cao tuổi');
  });

  it('writes every table into an XLSX that reads back with the right sheets, headers, dates and minutes', async () => {
    const { response, bytes } = await rawGet(`/api/reports/export.xlsx?from=${day}&to=${day}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Theo lĩnh vực',
      'Theo quầy - bàn',
      'Theo cán bộ - tình nguyện viên',
      'Theo ngày',
      'Theo giờ trong ngày',
      'Hỗ trợ theo loại',
      'Đánh giá hài lòng',
      'Từng lượt đánh giá',
    ]);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('A1').value).toBe('Trung tâm Phục vụ hành chính công xã');
    expect(summary.getCell('A5').value).toBe('Chỉ số');
    expect(summary.getCell('A6').value).toBe('Số phiếu cấp');
    expect(summary.getCell('B6').value).toBe(3);
    const days = workbook.getWorksheet('Theo ngày')!;
    expect(days.getCell('A1').value).toBe('Ngày');
    expect(days.getCell('H1').value).toBe('Chờ trung vị (phút)');
    const date = days.getCell('A2');
    expect(date.value).toEqual(new Date(`${day}T00:00:00Z`));
    expect(date.numFmt).toBe('dd/mm/yyyy');
  });

  it('writes the list of every visit as a workbook of its own', async () => {
    const { bytes } = await rawGet(`/api/reports/export.xlsx?from=${day}&to=${day}&table=visits`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const visits = workbook.getWorksheet('Chi tiết từng lượt')!;
    expect(visits.getRow(5).values).toContain('Mã hồ sơ');
    expect(visits.getRow(5).values).toContain('Chờ (phút)');
    expect(visits.rowCount).toBe(8);
    const resolved = visits.getRow(6);
    expect(resolved.getCell(2).value).toBe('A001');
    expect(resolved.getCell(13).value).toBe('000.00.12.H40-261123-0001');
    const tooLong = await server.api('/api/reports/export.xlsx?from=2026-01-01&to=2026-06-30&table=visits', {
      token: reader,
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.vi).toContain('tối đa 92 ngày');
  });
});
