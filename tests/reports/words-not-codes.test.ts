/**
 * Every file a person reads — the weekly PDF and workbook, the range's workbook, every CSV table — names kinds of
 * help, outcomes, priority classes, rating levels and reasons in words. A snake_case code may appear only in a
 * column labelled for machines ("Mã (dành cho máy)"). Found: a help desk case resolved as "Đọc, viết giúp công
 * dân" printed as `read_write_for_citizen` in the weekly report and the visits CSV.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedDevice } from '../../src/shared/api';
import { REPORT_TABLES } from '../../src/shared/reports';
import { reportWeek } from '../helpers/report-week';
import { testServer, type TestServer } from '../helpers/server';

const CODE = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g;
const MACHINE_COLUMN = /dành cho máy|for machines/;

let server: TestServer;
let reader: string;
let day: string;
const out = mkdtempSync(join(tmpdir(), 'luot-words-'));

async function download(path: string): Promise<Buffer> {
  const response = await fetch(server.base + path, { headers: { authorization: `Bearer ${reader}` } });
  expect(response.status, path).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** Every text cell of a workbook outside machine columns, as "sheet!cell: text". */
async function workbookTexts(bytes: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) {
    const machine = new Set<number>();
    sheet.eachRow((row) =>
      row.eachCell((cell, column) => {
        if (typeof cell.value === 'string' && MACHINE_COLUMN.test(cell.value)) machine.add(column);
      }),
    );
    sheet.eachRow((row) =>
      row.eachCell((cell, column) => {
        if (!machine.has(column) && typeof cell.value === 'string')
          texts.push(`${sheet.name}!${cell.address}: ${cell.value}`);
      }),
    );
  }
  return texts;
}

const codesIn = (texts: string[]) => texts.filter((t) => (t.split(': ').slice(1).join(': ').match(CODE) ?? []).length);

beforeAll(async () => {
  server = await testServer();
  const week = await reportWeek(server);
  const { api, serviceId, pointId } = week;
  reader = week.reader;
  const rater = (
    await api<CreatedDevice>('/api/devices', {
      body: { name: 'Đánh giá quầy 1', role: 'rating', servicePointId: pointId('Quầy 1') },
    })
  ).body.token;
  const serve = async (prefix: string, point: string, priority: string, resolve: object) => {
    await api('/api/tickets', { body: { serviceId: serviceId(prefix), priority } });
    const called = await api(`/api/service-points/${pointId(point)}/call-next`, { body: {} });
    await api(`/api/tickets/${called.body.ticket.id}/resolve`, { body: resolve });
    day = called.body.ticket.serviceDay;
    return called.body.ticket.id as number;
  };
  await serve('H', 'Bàn hỗ trợ người cao tuổi', 'small_child', {
    outcome: 'completed',
    helpKind: 'read_write_for_citizen',
  });
  await serve('V', 'Bàn hỗ trợ VNeID', 'elderly', { outcome: 'advised', helpKind: 'vneid_activation' });
  const unhappy = await serve('A', 'Quầy 1', 'disability', { outcome: 'incomplete_documents' });
  const rated = await api(`/api/tickets/${unhappy}/rating`, {
    token: rater,
    body: { level: 'very_dissatisfied', reasons: ['long_wait', 'extra_documents'] },
  });
  expect(rated.status).toBe(201);
  await api('/api/field-visits', {
    token: reader,
    body: { day, place: 'Tổ dân phố 3', hours: 2, helped: { form_filling: 4 }, elderly: 3 },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(out, { recursive: true, force: true });
});

describe('no code where a person reads', () => {
  it('the weekly PDF says every kind of help in words', async () => {
    const file = join(out, 'weekly.pdf');
    writeFileSync(file, await download(`/api/reports/weekly.pdf?week=${day}`));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Đọc, viết giúp công dân');
    expect(text.match(CODE)).toBeNull();
  });

  it('the weekly workbook: codes only in the machines’ column', async () => {
    const texts = await workbookTexts(await download(`/api/reports/weekly.xlsx?week=${day}`));
    expect(texts.some((t) => t.endsWith(': Đọc, viết giúp công dân'))).toBe(true);
    expect(codesIn(texts)).toEqual([]);
  });

  it('the range workbook and its visit list', async () => {
    for (const table of ['summary', 'visits']) {
      const texts = await workbookTexts(
        await download(`/api/reports/export.xlsx?from=${day}&to=${day}&table=${table}`),
      );
      expect(codesIn(texts), table).toEqual([]);
    }
  });

  it('every CSV table', async () => {
    for (const table of REPORT_TABLES) {
      const text = (await download(`/api/reports/export.csv?from=${day}&to=${day}&table=${table}`)).toString('utf8');
      const lines = text.split(/\r\n/);
      // A machine column, if any, is left out by its header.
      const header = lines[0]!.replace(/^\ufeff/, '').split(',');
      const machine = header.flatMap((h, i) => (MACHINE_COLUMN.test(h) ? [i] : []));
      const readable = lines.map((line) =>
        line
          .split(',')
          .filter((_, i) => !machine.includes(i))
          .join(','),
      );
      expect(readable.join('\n').match(CODE), table).toBeNull();
      if (table === 'visits') expect(text).toContain('Đọc, viết giúp công dân');
    }
  });
});
