/**
 * A day's bookings from a file (issue 22), over real HTTP on a real SQLite file: a booking portal's CSV export and a
 * list typed in Excel (XLSX) are booked line by line with codes to send; a file with bad lines books nothing and names
 * each bad line in Vietnamese and English; a dry run only says what would be booked.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppointmentImportAnswer } from '../../src/shared/appointment-api';
import { CODE_PATTERN, type Appointment } from '../../src/shared/appointments';
import type { Service } from '../../src/shared/domain';
import { TestClock } from '../helpers/core';
import { testServer, type TestServer } from '../helpers/server';

let server: TestServer;
afterEach(async () => server?.close());

async function center() {
  server = await testServer(undefined, { clock: new TestClock(Date.parse('2026-12-07T08:00:00+07:00')).read });
  const services = (await server.api<Service[]>('/api/services')).body;
  const a = services.find((s) => s.prefix === 'A')!;
  await server.api('/api/appointments/settings', {
    method: 'PATCH',
    body: { services: [{ serviceId: a.id, slotMinutes: 30, perSlot: 2, held: 0, heldUntil: '10:00' }] },
  });
  return a;
}

const send = (bytes: Buffer, dryRun: boolean) =>
  server.api<AppointmentImportAnswer>('/api/appointments/import', {
    body: { fileName: 'lich-hen.csv', contentBase64: bytes.toString('base64'), dryRun },
  });
const day = async (d: string) => (await server.api<Appointment[]>(`/api/appointments?day=${d}`)).body;

describe('importing a day’s bookings', () => {
  it('books the good lines of a CSV (Vietnamese headings, dd/MM/yyyy, 9h30), after a dry run that books nothing', async () => {
    const a = await center();
    const csv = Buffer.from(
      [
        'Lĩnh vực,Ngày hẹn,Giờ hẹn,Thủ tục,Họ và tên,Số điện thoại',
        `A,08/12/2026,9h30,Đăng ký khai sinh,Nguyễn Thị Hoa,0912 345 678`,
        `${a.nameVi},8/12/2026,10:00,,,`,
        '',
      ].join('\r\n'),
      'utf8',
    );
    const dry = (await send(csv, true)).body;
    expect(dry).toMatchObject({ applied: false, booked: 2, problems: [], codes: [] });
    expect(await day('2026-12-08')).toEqual([]);

    const applied = (await send(csv, false)).body;
    expect(applied).toMatchObject({ applied: true, booked: 2, problems: [] });
    expect(applied.codes.map((c) => c.line)).toEqual([2, 3]);
    expect(applied.codes.every((c) => CODE_PATTERN.test(c.code))).toBe(true);
    const booked = await day('2026-12-08');
    expect(booked.map((b) => [b.time, b.name, b.phoneLast4, b.source])).toEqual([
      ['09:30', 'Nguyễn Thị Hoa', '5678', 'import'],
      ['10:00', null, null, 'import'],
    ]);
  });

  it('books nothing from a file with bad lines and names each line’s problem in both languages', async () => {
    await center();
    const csv = Buffer.from(
      [
        'Dịch vụ,Ngày,Giờ',
        'A,08/12/2026,09:00',
        'Z,08/12/2026,09:00',
        'A,31-31-2026,09:00',
        'A,08/12/2026,chín giờ',
        'A,08/12/2026,09:10',
      ].join('\n'),
    );
    const answer = (await send(csv, false)).body;
    expect(answer.applied).toBe(false);
    expect(answer.codes).toEqual([]);
    expect(answer.problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
    expect(answer.problems[0]).toMatchObject({ vi: 'Không có dịch vụ "Z".', en: 'No service "Z".' });
    expect(answer.problems[2]!.vi).toContain('Giờ "chín giờ" không đọc được');
    expect(answer.problems[2]!.en).toContain('Cannot read the time "chín giờ"');
    // 09:10 is not one of the 30-minute slots: the booking's own refusal, in both languages.
    expect(answer.problems[3]!.vi).not.toBe('');
    expect(answer.problems[3]!.en).not.toBe('');
    expect(answer.problems[3]!.vi).not.toBe(answer.problems[3]!.en);
    expect(await day('2026-12-08')).toEqual([]);
  });

  it('reads an XLSX list typed in Excel, and refuses a file without the headings in both languages', async () => {
    await center();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Lịch hẹn');
    sheet.addRow(['Danh sách lịch hẹn ngày 08/12/2026']);
    sheet.addRow(['Dịch vụ', 'Ngày', 'Giờ', 'Họ tên']);
    sheet.addRow(['A', '08/12/2026', '07:30', 'Lê Văn Tám']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const answer = (await send(xlsx, false)).body;
    expect(answer).toMatchObject({ applied: true, booked: 1, problems: [] });
    expect(answer.codes.map((c) => c.line)).toEqual([3]);
    expect((await day('2026-12-08')).map((b) => [b.time, b.name])).toEqual([['07:30', 'Lê Văn Tám']]);

    const unreadable = await server.api<{ error: { code: string; vi: string; en: string } }>(
      '/api/appointments/import',
      { body: { contentBase64: Buffer.from('a,b,c\n1,2,3').toString('base64'), dryRun: false } },
    );
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.error).toMatchObject({ code: 'APPOINTMENT_FILE_UNREADABLE' });
    expect(unreadable.body.error.vi).toContain('Không tìm thấy dòng tiêu đề');
    expect(unreadable.body.error.en).toContain('No heading row found');
  });
});

describe('a booking by hand', () => {
  it('refuses a day that does not exist (30/02) in both languages, not with a server error', async () => {
    const a = await center();
    const reply = await server.api<{ error: { vi: string; en: string } }>('/api/appointments', {
      body: { serviceId: a.id, day: '2026-02-30', time: '09:00' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.vi).not.toBe(reply.body.error.en);
  });
});
