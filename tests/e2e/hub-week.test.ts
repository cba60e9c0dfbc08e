/**
 * The province hub end to end: three centers (browser-mode servers with their own data folders and codes) run a
 * week, and on Monday morning send their signed files to a hub on a real PostgreSQL — one file twice, one week
 * re-made after a roster fix, one center offline at first (it retries later). The hub's totals equal the sum of
 * the centers' own weekly reports; a file with one changed byte is refused; the dashboard in Chromium shows the
 * one commune that is late (its pictures: `npm run screenshots:hub`); the late commune's file, uploaded by hand on
 * the dashboard, passes the same checks (a changed copy is refused on screen).
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CreatedDevice } from '../../src/shared/api';
import { WEEK_HEADLINE_KEYS, type CenterIdentity, type HubSendingStatus } from '../../src/shared/contract/week-file';
import type { Staff } from '../../src/shared/domain';
import type { ReportSummary, WeeklyReport } from '../../src/shared/reports';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';
import { registerCenter, testHub } from '../helpers/hub';
import { postgresMissing, startPostgres, type TestPostgres } from '../helpers/postgres';
import { testServer, type TestServer } from '../helpers/server';

const missing = postgresMissing();
// Three centers' report workers, a PostgreSQL server and Chromium on a shared 2-core machine.
vi.setConfig({ testTimeout: 300_000 });
const WEEK = '2026-11-23';
const PROVINCE = 'Tỉnh Phú Thọ';
let now = Date.parse('2026-11-24T09:00:00+07:00');
const clock = () => now;

interface Center {
  name: string;
  code: string;
  server: TestServer;
  hubToken: string;
}
let cluster: TestPostgres;
let hub: Awaited<ReturnType<typeof testHub>>;
let browser: Browser;
const centers: Center[] = [];

async function runTheWeek(server: TestServer, citizens: number) {
  const api = server.api.bind(server);
  const services = (await api<{ id: number; prefix: string }[]>('/api/services')).body;
  const points = (await api<{ id: number; nameVi: string }[]>('/api/service-points')).body;
  const v = services.find((s) => s.prefix === 'V')!.id;
  const desk = points.find((p) => p.nameVi === 'Bàn hỗ trợ VNeID')!.id;
  for (let i = 0; i < citizens; i++) {
    await api('/api/tickets', { body: { serviceId: v, priority: i === 0 ? 'elderly' : 'none' } });
    const called = await api(`/api/service-points/${desk}/call-next`, { body: {} });
    await api(`/api/tickets/${called.body.ticket.id}/resolve`, {
      body: { outcome: 'completed', helpKind: 'vneid_activation' },
    });
  }
  await api('/api/difficulties', { body: { text: `Thiếu máy tính bảng (${citizens})`, servicePointId: desk } });
}

const weekly = async (c: Center) => (await c.server.api<WeeklyReport>(`/api/reports/weekly?week=${WEEK}`)).body;
const summary = async (c: Center) =>
  (await c.server.api<ReportSummary>(`/api/reports/summary?from=${WEEK}&to=2026-11-29`)).body;
const sendNow = async (c: Center) => (await c.server.api<HubSendingStatus>('/api/hub-sending/run', { body: {} })).body;

/** A new province account of PROVINCE, signed in on the dashboard at 1366×768 on the week's page. */
async function dashboardAs(name: string, role: 'province_viewer' | 'province_admin') {
  const token = (await hub.call('/api/hub/accounts', { body: { name, role, province: PROVINCE } })).body.token;
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${hub.url}/hub?week=${WEEK}`);
  await page.fill('#token', token);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForSelector('#late');
  return { page, context };
}

describe.skipIf(missing)(`three centers and their province hub${missing ? ` (skipped: ${missing})` : ''}`, () => {
  beforeAll(async () => {
    cluster = await startPostgres();
    hub = await testHub(cluster);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    for (const [code, name, citizens] of [
      ['08011', 'Phường Tân Dân', 3],
      ['08014', 'Xã Thanh Đình', 5],
      ['08017', 'Xã Chu Hóa', 2],
    ] as const) {
      const server = await testServer(undefined, { clock });
      await server.api('/api/center-identity', {
        method: 'PATCH',
        body: { code, nameVi: name, province: PROVINCE },
      });
      const identity = (await server.api<CenterIdentity>('/api/center-identity')).body;
      const hubToken = await registerCenter(hub.call, {
        code,
        nameVi: name,
        province: PROVINCE,
        keys: { publicKey: identity.publicKey, privateKey: '' },
      });
      await runTheWeek(server, citizens);
      centers.push({ name, code, server, hubToken });
    }
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    for (const c of centers) await c.server.close();
    await hub?.stop();
    cluster?.stop();
  });

  it('sends each finished week on Monday morning; a re-made week goes again as the next version', async () => {
    const [a, b, c] = centers as [Center, Center, Center];
    // Sunday evening: the week is not finished, nothing is due.
    now = Date.parse('2026-11-29T20:00:00+07:00');
    await a.server.api('/api/hub-sending', { method: 'PATCH', body: { address: hub.url, token: a.hubToken } });
    // (The week before is finished and goes; the week in progress never goes by itself.)
    expect((await sendNow(a)).history.map((h) => h.week)).not.toContain(WEEK);
    // Monday 08:00: the week is sent, once.
    now = Date.parse('2026-11-30T08:00:00+07:00');
    for (const center of [a, b])
      await center.server.api('/api/hub-sending', {
        method: 'PATCH',
        body: { address: hub.url, token: center.hubToken },
      });
    // The third commune's internet is down: its hub cannot be reached, it will try again.
    await c.server.api('/api/hub-sending', {
      method: 'PATCH',
      body: { address: 'http://127.0.0.1:9', token: c.hubToken },
    });
    for (const center of [a, b]) {
      const status = await sendNow(center);
      expect(status.history[0]).toMatchObject({ week: WEEK, version: 1, status: 201 });
      expect(status.history[0]!.message.vi).toContain('Đã nhận');
      expect(status.tokenSet).toBe(true);
      expect(JSON.stringify(status)).not.toContain(center.hubToken);
    }
    const offline = await sendNow(c);
    expect(offline.history[0]).toMatchObject({ week: WEEK, status: 0 });
    expect(offline.history[0]!.message.vi).toContain('thử lại');
    expect(offline.nextTryAt).toBeGreaterThan(now);
    const offlineAgain = await sendNow(c);
    expect(offlineAgain.nextTryAt! - now).toBeGreaterThan(offline.nextTryAt! - now); // waits longer each time
    // Sending again sends nothing new.
    const sent = (await sendNow(a)).history.length;
    expect((await sendNow(a)).history).toHaveLength(sent);

    // The same file a second time (uploaded by hand from a USB stick): 200, nothing changes.
    const fileOfA = await fetch(`${a.server.base}/api/reports/weekly.luot?week=${WEEK}`, {
      headers: {
        authorization: `Bearer ${(await a.server.api<CreatedDevice>('/api/devices', { body: { name: 'Báo cáo', role: 'reports' } })).body.token}`,
      },
    }).then((r) => r.text());
    const twice = await hub.call('/api/hub/files', { body: fileOfA });
    expect(twice.status).toBe(200);

    // A late roster fix at the second center re-makes its week: version 2 goes on the next run.
    const volunteer = (await b.server.api<Staff>('/api/staff', { body: { name: 'Hà Thị Thu', role: 'volunteer' } }))
      .body;
    await b.server.api('/api/roster', {
      body: { day: '2026-11-25', shift: 'morning', staffId: volunteer.id, onDuty: true, hours: 4 },
    });
    const remade = await sendNow(b);
    expect(remade.history[0]).toMatchObject({ week: WEEK, version: 2, status: 201 });
    const kept = await hub.call(`/api/hub/centers/${b.code}/weeks?from=${WEEK}&to=${WEEK}`);
    expect(kept.body.weeks[0]).toMatchObject({ version: 2 });
    expect(kept.body.weeks[0]?.figures?.report.volunteers).toBe((await weekly(b)).figures.volunteers);
  });

  it("adds up to the centers' own weekly reports", async () => {
    const [a, b] = centers as [Center, Center, Center];
    const week = (await hub.call(`/api/hub/weeks/${WEEK}`)).body;
    expect(week.totals).toMatchObject({ reported: 2, expected: 3 });
    const own = [await weekly(a), await weekly(b)];
    for (const key of WEEK_HEADLINE_KEYS)
      expect(week.totals.report[key], key).toBeCloseTo(
        own.reduce((sum, r) => sum + r.figures[key], 0),
        2,
      );
    expect(week.totals.report.ticketsIssued).toBe(8);
    const served = (await summary(a)).served + (await summary(b)).served;
    expect(week.totals.queue.served).toBe(served);
  });

  it('refuses a file with one changed byte', async () => {
    const c = centers[2]!;
    const reader = (await c.server.api<CreatedDevice>('/api/devices', { body: { name: 'Báo cáo', role: 'reports' } }))
      .body.token;
    const text = await fetch(`${c.server.base}/api/reports/weekly.luot?week=${WEEK}`, {
      headers: { authorization: `Bearer ${reader}` },
    }).then((r) => r.text());
    const at = text.indexOf('"ticketsIssued":2') + '"ticketsIssued":'.length;
    const changed = `${text.slice(0, at)}3${text.slice(at + 1)}`;
    expect(changed.length).toBe(text.length);
    const refused = await hub.call('/api/hub/files', { body: changed });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'BAD_SIGNATURE' });
  });

  it('shows the one late commune on the dashboard, with a reminder to copy', async () => {
    const { page, context } = await dashboardAs('Tỉnh đoàn Phú Thọ', 'province_viewer');
    expect(await page.locator('#late li').allTextContents()).toEqual(['Xã Chu Hóa (08017)']);
    await expect.poll(() => page.locator('.status-line').textContent()).toBe('Đã báo cáo: 2/3 xã, phường');
    expect(await page.locator('#reminder').inputValue()).toContain('Xã Chu Hóa (08017)');
    expect(await page.locator('tr.late td').nth(1).textContent()).toBe('Xã Chu Hóa');
    await page.locator('tr[data-code="08014"]').click();
    await page.waitForSelector('#drill');
    expect(await page.locator('#drill h2').textContent()).toContain('Xã Thanh Đình');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('.status-line').textContent()).toBe('Reported: 2 of 3 communes');
    await context.close();
  });

  it("takes the offline commune's file uploaded by hand on the dashboard: the same checks, then all three add up", async () => {
    const c = centers[2]!;
    // The commune saves its file (to a USB stick, or sends it by messenger) …
    const reader = (await c.server.api<CreatedDevice>('/api/devices', { body: { name: 'USB', role: 'reports' } })).body
      .token;
    const text = await fetch(`${c.server.base}/api/reports/weekly.luot?week=${WEEK}`, {
      headers: { authorization: `Bearer ${reader}` },
    }).then((r) => r.text());
    const at = text.indexOf('"ticketsIssued":2') + '"ticketsIssued":'.length;
    const changed = `${text.slice(0, at)}9${text.slice(at + 1)}`;
    // … and the province's administrator uploads it on the hub's page.
    const { page, context } = await dashboardAs('Văn phòng Tỉnh đoàn', 'province_admin');
    const upload = (body: string) =>
      page.locator('#upload').setInputFiles({
        name: `${c.code}-${WEEK}.luot`,
        mimeType: 'application/json',
        buffer: Buffer.from(body),
      });
    // A file changed on the way is refused, in words, and changes nothing.
    await upload(changed);
    await expect.poll(() => page.locator('#upload-message').textContent()).toContain('Chữ ký của tệp không đúng');
    expect(await page.locator('#upload-message').getAttribute('class')).toContain('bad');
    expect(await page.locator('#late li').allTextContents()).toEqual(['Xã Chu Hóa (08017)']);
    // The file as the commune made it is taken: the commune is no longer late.
    await upload(text);
    await expect.poll(() => page.locator('#upload-message').textContent()).toContain('Đã nhận báo cáo tuần');
    await expect.poll(() => page.locator('.status-line').textContent()).toBe('Đã báo cáo: 3/3 xã, phường');
    expect(await page.locator('#late li').count()).toBe(0);
    const kept = await hub.call(`/api/hub/centers/${c.code}/weeks?from=${WEEK}&to=${WEEK}`);
    expect(kept.body.weeks[0]).toMatchObject({ version: 1 });
    await context.close();
  });

  it('sends nothing new from the offline commune once it is back: all three add up', async () => {
    const c = centers[2]!;
    now = Date.parse('2026-11-30T10:00:00+07:00');
    await c.server.api('/api/hub-sending', { method: 'PATCH', body: { address: hub.url } });
    // Its file already came by hand: the hub answers "nothing changed", and the commune counts it as sent.
    const back = await sendNow(c);
    expect(back.history[0]).toMatchObject({ status: 200, version: 1 });
    expect((await sendNow(c)).history).toHaveLength(back.history.length);
    const week = (await hub.call(`/api/hub/weeks/${WEEK}`)).body;
    expect(week.totals.reported).toBe(3);
    const own = await Promise.all(centers.map(weekly));
    for (const key of WEEK_HEADLINE_KEYS)
      expect(week.totals.report[key], key).toBeCloseTo(
        own.reduce((sum, r) => sum + r.figures[key], 0),
        2,
      );
  });
});
