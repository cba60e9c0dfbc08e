/**
 * The satisfaction ratings in the reports' downloads (issue 12): the workbook has a sheet of figures per service,
 * point, staff member and week and a sheet of every rating with its reasons and comment, in Vietnamese; the CSV
 * offers both as choices; the reports screen's own device may read them all.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Device, Service, ServicePoint } from '../../src/shared/domain';
import type { RatingFigures } from '../../src/shared/rating';
import { serviceDayOf } from '../../src/shared/time';
import { testServer, type TestServer } from '../helpers/server';

let server: TestServer;
let reader: string;
let day: string;

async function deviceToken(role: Device['role'], servicePointId: number | null = null): Promise<string> {
  const { body } = await server.api<{ token: string }>('/api/devices', {
    body: { name: `${role} test`, role, servicePointId },
  });
  return body.token;
}

async function download(path: string): Promise<Buffer> {
  const response = await fetch(server.base + path, { headers: { authorization: `Bearer ${reader}` } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** Issues, calls, resolves at `pointId` and rates with `answer` from the point's rating device. */
async function rated(pointId: number, serviceId: number, token: string, answer: Record<string, unknown>) {
  const { ticket } = (await server.api('/api/tickets', { body: { serviceId } })).body;
  await server.api(`/api/tickets/${ticket.id}/call`, { body: { servicePointId: pointId } });
  await server.api(`/api/tickets/${ticket.id}/resolve`, { body: { servicePointId: pointId, outcome: 'completed' } });
  expect((await server.api(`/api/tickets/${ticket.id}/rating`, { body: answer, token })).status).toBe(201);
}

beforeAll(async () => {
  server = await testServer();
  const services = (await server.api<Service[]>('/api/services')).body;
  const points = (await server.api<ServicePoint[]>('/api/service-points')).body;
  const a = services.find((s) => s.prefix === 'A')!.id;
  const q1 = points.find((p) => p.nameVi === 'Quầy 1')!.id;
  const rater = await deviceToken('rating', q1);
  reader = await deviceToken('reports');
  await rated(q1, a, rater, { level: 'very_satisfied' });
  await rated(q1, a, rater, { level: 'satisfied' });
  await rated(q1, a, rater, {
    level: 'dissatisfied',
    reasons: ['long_wait', 'attitude'],
    comment: 'Phải chờ gần một tiếng, cần thêm quầy buổi sáng',
  });
  await rated(q1, a, rater, { level: null });
  day = serviceDayOf(Date.now());
}, 30_000);
afterAll(async () => server?.close());

describe('ratings in the exports', () => {
  it('adds a sheet of rating figures and a sheet of every rating to the workbook, in Vietnamese', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(`/api/reports/export.xlsx?from=${day}&to=${day}`)) as never);
    const figures = workbook.getWorksheet('Đánh giá hài lòng')!;
    expect(figures).toBeDefined();
    const header = figures.getRow(1).values as unknown[];
    expect(header.slice(1, 9)).toEqual([
      'Nhóm',
      'Tên',
      'Lượt được hỏi',
      'Lượt đánh giá',
      'Không đánh giá',
      'Rất hài lòng',
      'Hài lòng',
      'Bình thường',
    ]);
    expect(header).toContain('Điểm trung bình (1–5)');
    expect(header).toContain('Tỉ lệ hài lòng (%)');
    expect(header).toContain('Lý do: Chờ lâu');
    expect(header).toContain('Số góp ý');
    const rows = figures.getSheetValues().slice(2) as unknown[][];
    const byPoint = rows.find((r) => r[1] === 'Theo quầy / bàn' && r[2] === 'Quầy 1')!;
    const column = (name: string) => header.indexOf(name);
    expect(byPoint[column('Lượt được hỏi')]).toBe(4);
    expect(byPoint[column('Lượt đánh giá')]).toBe(3);
    expect(byPoint[column('Không đánh giá')]).toBe(1);
    expect(byPoint[column('Không hài lòng')]).toBe(1);
    expect(byPoint[column('Điểm trung bình (1–5)')]).toBe(3.67);
    expect(byPoint[column('Tỉ lệ hài lòng (%)')]).toBeCloseTo(0.667);
    expect(byPoint[column('Lý do: Thái độ')]).toBe(1);
    expect(byPoint[column('Số góp ý')]).toBe(1);
    expect(rows.map((r) => r[1])).toEqual(
      expect.arrayContaining(['Theo lĩnh vực', 'Theo cán bộ', 'Theo tuần', 'Tổng cộng']),
    );

    const list = workbook.getWorksheet('Từng lượt đánh giá')!;
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Ngày',
      'Giờ',
      'Số phiếu',
      'Lĩnh vực',
      'Quầy / bàn',
      'Cán bộ',
      'Mức độ hài lòng',
      'Lý do chưa hài lòng',
      'Góp ý',
    ]);
    const lines = list.getSheetValues().slice(2) as unknown[][];
    expect(lines.map((l) => l[7])).toEqual(['Rất hài lòng', 'Hài lòng', 'Không hài lòng', 'Không đánh giá']);
    expect(lines[2]![3]).toBe('A003');
    expect(lines[2]![8]).toBe('Chờ lâu; Thái độ');
    expect(lines[2]![9]).toBe('Phải chờ gần một tiếng, cần thêm quầy buổi sáng');
    expect(list.getCell('A2').numFmt).toBe('dd/mm/yyyy');
  });

  it('offers the figures and the list of ratings as CSV choices, the score with a decimal comma', async () => {
    const text = (await download(`/api/reports/export.csv?from=${day}&to=${day}&table=ratings`)).toString('utf8');
    const [header, ...lines] = text.slice(1).split('\r\n');
    expect(header).toContain('Nhóm,Tên,Lượt được hỏi,Lượt đánh giá,Không đánh giá,Rất hài lòng');
    expect(lines).toContainEqual(
      expect.stringMatching(/^Theo quầy \/ bàn,Quầy 1,4,3,1,1,1,0,1,0,"3,67",67,1,0,1,0,1$/),
    );
    const english = (await download(`/api/reports/export.csv?from=${day}&to=${day}&table=ratings&lang=en`)).toString();
    expect(english).toContain('By service point,Counter 1,4,3,1,1,1,0,1,0,3.67,67,');
    const list = (await download(`/api/reports/export.csv?from=${day}&to=${day}&table=ratingList`)).toString('utf8');
    expect(list).toContain('Góp ý');
    expect(list).toContain('A003');
    expect(list).toContain('Phải chờ gần một tiếng, cần thêm quầy buổi sáng');
  });

  it('lets the reports screen read the figures with the comments, newest first', async () => {
    const res = await server.api<RatingFigures>(`/api/reports/ratings?from=${day}&to=${day}&by=staff`, {
      token: reader,
    });
    expect(res.status).toBe(200);
    expect(res.body.total).toMatchObject({ asked: 4, rated: 3, noAnswer: 1, comments: 1 });
    expect(res.body.comments).toEqual([
      expect.objectContaining({
        displayCode: 'A003',
        point: expect.objectContaining({ vi: 'Quầy 1' }),
        level: 'dissatisfied',
        reasons: ['long_wait', 'attitude'],
        text: 'Phải chờ gần một tiếng, cần thêm quầy buổi sáng',
      }),
    ]);
  });
});
