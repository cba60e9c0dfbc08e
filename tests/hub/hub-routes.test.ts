/**
 * Every route of the province hub on a real PostgreSQL server (a throwaway cluster): registering centers and
 * accounts, the weekly files' answers (201 stored, 200 the same again, 409 older or different, 422 refused, each
 * in Vietnamese and English), a week across communes with its totals, one commune's weeks, the trend, the
 * workbook, and the migrations (run at start, a newer database refused).
 */
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../../src/hub/start-hub';
import { postgresMissing, startPostgres, type TestPostgres } from '../helpers/postgres';
import {
  fileText,
  HUB_TOKEN,
  registerCenter,
  sampleFigures,
  signedFile,
  testCenter,
  testHub,
  type HubCall,
} from '../helpers/hub';

const missing = postgresMissing();
const WEEK = '2026-11-23';
let cluster: TestPostgres;
let hub: Awaited<ReturnType<typeof testHub>>;
let call: HubCall;
const a = testCenter('00004', 'Phường Ba Đình', 'Thành phố Hà Nội');
const b = testCenter('00007', 'Phường Hoàn Kiếm', 'Thành phố Hà Nội');
const c = testCenter('25009', 'Xã Tân Lập', 'Tỉnh Phú Thọ');
let tokenA: string;
let tokenB: string;

const words = (body: { error?: { vi: string; en: string }; message?: { vi: string; en: string } }) =>
  body.error ?? body.message;

describe.skipIf(missing)(`the province hub's routes${missing ? ` (skipped: ${missing})` : ''}`, () => {
  beforeAll(async () => {
    cluster = await startPostgres();
    hub = await testHub(cluster);
    call = hub.call;
  }, 120_000);
  afterAll(async () => {
    await hub?.stop();
    cluster?.stop();
  });

  it('registers centers (the hub admin, or a province admin in its own province) and accounts', async () => {
    expect((await call('/api/hub/centers', { token: null, body: {} })).status).toBe(401);
    expect((await call('/api/hub/centers', { token: 'wrong-token-wrong-token', body: {} })).status).toBe(401);
    tokenA = await registerCenter(call, a);
    const bad = await call('/api/hub/centers', { body: { ...a, code: '1234', publicKey: a.keys.publicKey } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.vi).toContain('không hợp lệ');
    const badKey = await call('/api/hub/centers', {
      body: { code: '00099', nameVi: 'X', province: 'Y', publicKey: 'bm90IGEga2V5' },
    });
    expect(badKey.status).toBe(400);

    const admin = await call('/api/hub/accounts', {
      body: { name: 'Sở Nội vụ Hà Nội', role: 'province_admin', province: 'Thành phố Hà Nội' },
    });
    expect(admin.status).toBe(201);
    const viewer = await call('/api/hub/accounts', {
      body: { name: 'Tỉnh đoàn Hà Nội', role: 'province_viewer', province: 'Thành phố Hà Nội' },
    });
    expect(
      (
        await call('/api/hub/accounts', {
          token: admin.body.token,
          body: { name: 'x', role: 'province_admin', province: 'x' },
        })
      ).status,
    ).toBe(403);
    tokenB = await registerCenter(call, b, admin.body.token);
    const other = await call('/api/hub/centers', {
      token: admin.body.token,
      body: { code: c.code, nameVi: c.nameVi, province: c.province, publicKey: c.keys.publicKey },
    });
    expect(other.status).toBe(403);
    const viewerRegisters = await call('/api/hub/centers', {
      token: viewer.body.token,
      body: { code: c.code, nameVi: c.nameVi, province: 'Thành phố Hà Nội', publicKey: c.keys.publicKey },
    });
    expect(viewerRegisters.status).toBe(403);
    await registerCenter(call, c);
    expect((await call('/api/hub/me', { token: viewer.body.token })).body).toMatchObject({
      role: 'province_viewer',
      province: 'Thành phố Hà Nội',
    });
    const listed = await call('/api/hub/centers', { token: viewer.body.token });
    expect(listed.body.map((x: { code: string }) => x.code).sort()).toEqual(['00004', '00007']);
    expect((await call('/api/hub/centers', { token: tokenA })).status).toBe(403);
  });

  it('answers a file: 201 stored, 200 the same again, 201 a newer version, 409 an older or a different one', async () => {
    const v1 = fileText(signedFile(a, WEEK, 1, sampleFigures(1)));
    const first = await call('/api/hub/files', { token: tokenA, body: v1 });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ code: '00004', week: WEEK, version: 1, kept: 1 });
    expect(first.body.message.vi).toContain('Đã nhận');
    const again = await call('/api/hub/files', { token: tokenA, body: v1 });
    expect(again.status).toBe(200);
    expect(again.body.message).toMatchObject({
      vi: expect.stringContaining('không có gì thay đổi'),
      en: expect.stringContaining('nothing changed'),
    });
    const v2 = fileText(signedFile(a, WEEK, 2, sampleFigures(2)));
    expect((await call('/api/hub/files', { token: tokenA, body: v2 })).status).toBe(201);
    const older = await call('/api/hub/files', { token: tokenA, body: v1 });
    expect(older.status).toBe(409);
    expect(older.body).toMatchObject({
      kept: 2,
      message: { vi: expect.stringContaining('mới hơn'), en: expect.stringContaining('newer') },
    });
    const sameVersionOtherFigures = fileText(signedFile(a, WEEK, 2, sampleFigures(5)));
    expect((await call('/api/hub/files', { token: tokenA, body: sameVersionOtherFigures })).status).toBe(409);
    // The week's listing leaves out the daily rows; the commune's own weeks keep the file's figures whole.
    const { days, ...listed } = sampleFigures(2);
    const row = (await call(`/api/hub/weeks/${WEEK}`)).body.centers.find((x: { code: string }) => x.code === '00004');
    expect(row).toMatchObject({ version: 2, reported: true, via: 'center' });
    expect(row?.figures).toEqual(listed);
    const own = await call(`/api/hub/centers/00004/weeks?from=${WEEK}&to=${WEEK}`);
    expect(own.body.weeks[0]?.figures?.days).toEqual(days);
  });

  it("refuses with 422 a changed byte, an unknown center, a malformed file and another center's file", async () => {
    const text = fileText(signedFile(b, WEEK, 1, sampleFigures(3)));
    const changed = text.replace('"ticketsIssued":30', '"ticketsIssued":31');
    expect(changed).not.toBe(text);
    const refused = await call('/api/hub/files', { token: tokenB, body: changed });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'BAD_SIGNATURE',
      vi: expect.stringContaining('Chữ ký'),
      en: expect.stringContaining('signature'),
    });
    const stranger = testCenter('99999', 'Xã Lạ');
    const unknown = await call('/api/hub/files', { body: fileText(signedFile(stranger, WEEK, 1, sampleFigures(1))) });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('CENTER_UNKNOWN');
    for (const body of [
      'not json',
      '{"format":"luot-week/2"}',
      text.replace(`"week":"${WEEK}"`, '"week":"2026-11-24"'),
    ]) {
      const malformed = await call('/api/hub/files', { token: tokenB, body });
      expect(malformed.status).toBe(422);
      expect(malformed.body.error.code).toBe('FILE_MALFORMED');
      expect(words(malformed.body)!.vi.length).toBeGreaterThan(10);
    }
    const notMine = await call('/api/hub/files', { token: tokenA, body: text });
    expect(notMine.status).toBe(422);
    expect(notMine.body.error.code).toBe('CENTER_MISMATCH');
    // The untouched file goes in, uploaded by hand by the hub's administrator.
    const byHand = await call('/api/hub/files', { body: text });
    expect(byHand.status).toBe(201);
    expect((await call(`/api/hub/centers/${b.code}/weeks?from=${WEEK}&to=${WEEK}`)).body.weeks[0]).toMatchObject({
      via: 'hand',
      version: 1,
    });
  });

  it("reads one week across communes, with totals, limited to a province account's own province", async () => {
    await call('/api/hub/files', { body: fileText(signedFile(c, WEEK, 1, sampleFigures(7))) });
    const all = await call(`/api/hub/weeks/${WEEK}`);
    expect(all.status).toBe(200);
    expect(all.body.totals).toMatchObject({ reported: 3, expected: 3 });
    expect(all.body.totals.report.ticketsIssued).toBe(10 * (2 + 3 + 7));
    expect(all.body.totals.queue.withinTargetShare).toBe(0.8);
    // Any day of the week means its Monday.
    expect((await call('/api/hub/weeks/2026-11-26')).body.week).toBe(WEEK);
    const viewer = (
      await call('/api/hub/accounts', { body: { name: 'v', role: 'province_viewer', province: 'Thành phố Hà Nội' } })
    ).body.token;
    const hanoi = await call(`/api/hub/weeks/${WEEK}?province=${encodeURIComponent('Tỉnh Phú Thọ')}`, {
      token: viewer,
    });
    expect(hanoi.body.province).toBe('Thành phố Hà Nội');
    expect(hanoi.body.totals).toMatchObject({ reported: 2, expected: 2 });
    expect(hanoi.body.totals.report.ticketsIssued).toBe(50);
    const late = await call('/api/hub/weeks/2026-11-30', { token: viewer });
    expect(late.body.centers.every((x: { reported: boolean }) => !x.reported)).toBe(true);
    expect((await call(`/api/hub/weeks/${WEEK}`, { token: tokenA })).status).toBe(403);
    expect((await call('/api/hub/weeks/23-11-2026')).status).toBe(400);
    // One commune's weeks; another province's commune is not found for this account.
    const weeks = await call(`/api/hub/centers/00004/weeks?from=2026-11-01&to=2026-12-31`, { token: viewer });
    expect(weeks.body).toMatchObject({ code: '00004', nameVi: 'Phường Ba Đình', weeks: [{ week: WEEK, version: 2 }] });
    expect((await call(`/api/hub/centers/${c.code}/weeks`, { token: viewer })).status).toBe(404);
    const trend = await call(`/api/hub/trend?from=2026-11-16&to=2026-11-30`, { token: viewer });
    expect(trend.body.map((w: { week: string; totals: { reported: number } }) => [w.week, w.totals.reported])).toEqual([
      ['2026-11-16', 0],
      [WEEK, 2],
      ['2026-11-30', 0],
    ]);
  });

  it('exports the week as a workbook in Vietnamese and English', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const response = await call(`/api/hub/weeks/${WEEK}/export.xlsx?lang=${lang}`);
      expect(response.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.body as ArrayBuffer);
      const sheet = book.worksheets[1]!;
      expect(sheet.name).toBe(lang === 'vi' ? 'Các xã' : 'Communes');
      expect(sheet.getRow(1).getCell(2).value).toBe(lang === 'vi' ? 'Xã/phường' : 'Commune');
      expect(sheet.rowCount).toBe(4);
      const totals = book.worksheets[0]!;
      expect(totals.getRow(2).getCell(2).value).toBe('3/3');
    }
  });

  it('runs its migrations once at start, again harmlessly, and refuses a database from a newer hub', async () => {
    const url = cluster.createDatabase('hub_newer');
    const first = await startHub({ connectionString: url, port: 0, host: '127.0.0.1', adminToken: HUB_TOKEN });
    expect(first.schema).toBe(1);
    await first.stop();
    const second = await startHub({ connectionString: url, port: 0, host: '127.0.0.1', adminToken: HUB_TOKEN });
    await second.stop();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    expect((await client.query('SELECT count(*)::int AS n FROM hub_schema')).rows[0].n).toBe(1);
    await client.query('INSERT INTO hub_schema (version) VALUES (99)');
    await client.end();
    await expect(
      startHub({ connectionString: url, port: 0, host: '127.0.0.1', adminToken: HUB_TOKEN }),
    ).rejects.toMatchObject({ code: 'DATABASE_NEWER', words: { vi: expect.stringContaining('mới hơn') } });
    await expect(startHub({ connectionString: url, port: 0, adminToken: 'short' })).rejects.toMatchObject({
      code: 'HUB_TOKEN_WEAK',
    });
  });

  it('serves the dashboard page, its script and the chart library', async () => {
    for (const path of ['/hub', '/hub/hub.js', '/hub/hub.css', '/hub/echarts.js']) {
      const response = await fetch(hub.url + path);
      expect(response.status).toBe(200);
    }
  });
});
