import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedDevice } from '../../src/shared/api';
import type { Staff } from '../../src/shared/domain';
import { mondayOf } from '../../src/shared/report-range';
import type { WeeklyReport } from '../../src/shared/reports';
import { testServer, type TestServer } from '../helpers/server';

let server: TestServer;
let reader: string;
let today: string;
const out = mkdtempSync(join(tmpdir(), 'luot-weekly-'));

async function download(path: string) {
  const response = await fetch(server.base + path, { headers: { authorization: `Bearer ${reader}` } });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  server = await testServer();
  const api = server.api.bind(server);
  reader = (await api<CreatedDevice>('/api/devices', { body: { name: 'Bí thư', role: 'reports' } })).body.token;
  await api('/api/reports/settings', {
    method: 'PATCH',
    token: reader,
    body: { youthUnionBranch: 'Đoàn phường Ba Đình' },
  });
  const services = (await api<{ id: number; prefix: string }[]>('/api/services')).body;
  const points = (await api<{ id: number; nameVi: string }[]>('/api/service-points')).body;
  const v = services.find((s) => s.prefix === 'V')!.id;
  const desk = points.find((p) => p.nameVi === 'Bàn hỗ trợ VNeID')!.id;
  const mai = (await api<Staff>('/api/staff', { body: { name: 'Vũ Thị Mai', role: 'volunteer' } })).body;
  await api(`/api/service-points/${desk}/staff-session`, { body: { staffId: mai.id } });
  for (const [priority, helpKind] of [
    ['elderly', 'vneid_activation'],
    ['none', 'vneid_activation'],
    ['none', 'online_payment'],
  ]) {
    await api('/api/tickets', { body: { serviceId: v, priority } });
    const called = await api(`/api/service-points/${desk}/call-next`, { body: {} });
    await api(`/api/tickets/${called.body.ticket.id}/resolve`, { body: { outcome: 'completed', helpKind } });
    today = called.body.ticket.serviceDay;
  }
  await api('/api/field-visits', {
    token: reader,
    body: {
      day: today,
      place: 'Tổ dân phố số 7, phường Ba Đình',
      hours: 3.5,
      volunteerIds: [mai.id],
      helped: { vneid_activation: 15, data_update: 5 },
      elderly: 9,
    },
  });
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
    expect(body.weekStart).toBe(mondayOf(today));
    expect(body.youthUnionBranch).toBe('Đoàn phường Ba Đình');
    expect(body.issued).toBe(3);
    expect(body.volunteers.map((v) => v.name)).toEqual(['Vũ Thị Mai']);
    expect(body.helpDesk).toEqual({ citizens: 3, visits: 3, elderly: 1 });
    expect(body.elderlySupported).toBe(10);
    const help = Object.fromEntries(body.help.map((h) => [h.code, [h.atCenter, h.inField]]));
    expect(help).toMatchObject({
      vneid_activation: [2, 15],
      online_payment: [1, 0],
      data_update: [0, 5],
      e_account: [0, 0],
    });
    expect(body.fieldVisits).toMatchObject([
      { place: 'Tổ dân phố số 7, phường Ba Đình', helped: 20, volunteers: ['Vũ Thị Mai'] },
    ]);
    expect(body.difficulties).toMatchObject([
      { servicePoint: 'Bàn hỗ trợ VNeID', staff: 'Vũ Thị Mai', text: 'Mất mạng từ 9 giờ đến 10 giờ' },
    ]);
  });

  it('prints as one A4 page whose text keeps every Vietnamese diacritic', async () => {
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
      'Khó khăn',
    ]);
    const help = workbook.getWorksheet('Hỗ trợ theo loại')!;
    expect(help.getRow(1).values).toEqual([undefined, 'Nội dung hỗ trợ', 'Tại trung tâm', 'Đi cơ sở', 'Tổng']);
    expect(help.getRow(2).values).toEqual([undefined, 'Cài đặt, kích hoạt VNeID', 2, 15, 17]);
    expect(workbook.getWorksheet('Báo cáo tuần')!.getCell('B2').value).toBe('Đoàn phường Ba Đình');
  });
});
