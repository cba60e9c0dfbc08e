import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCenter } from '../../scripts/demo/center-days';
import { startLuot, type RunningLuot } from '../../src/server/start';
import type { CreatedDevice } from '../../src/shared/api';
import { SLICE_COLUMNS } from '../../src/shared/report-columns';
import { weekName } from '../../src/shared/report-range';
import type { ReportSummary, WeeklyReport } from '../../src/shared/reports';
import { SERVED_COLUMNS } from '../../src/shared/weekly-columns';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';
import { pdfTableHeader, pdfWords } from '../helpers/pdf-table';
import { needTools, POPPLER } from '../helpers/tools';

const ADMIN = 'e2e-reports-admin-token-0123456789';
let dir: string;
let luot: RunningLuot;
let browser: Browser;
let base: string;

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: {
      authorization: `Bearer ${ADMIN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function open(role: string, path: string, servicePointId: number | null = null): Promise<Page> {
  const { token } = await api<CreatedDevice>('POST', '/api/devices', { name: `e2e ${role}`, role, servicePointId });
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${base}/signin#token=${token}`);
  await page.waitForURL((url) => url.pathname !== '/signin');
  await page.goto(base + path);
  return page;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'luot-e2e-reports-'));
  generateDemoCenter({ dataDir: dir, days: 16 });
  luot = await startLuot({
    dataDir: dir,
    host: '127.0.0.1',
    port: 0,
    version: 'e2e',
    rendererDir: join(import.meta.dirname, '../../out/renderer'),
    bootstrapToken: ADMIN,
    discoveryPort: null,
  });
  base = `http://127.0.0.1:${luot.port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await luot?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the reports screen with demo data', () => {
  it('shows last week’s figures as the server computes them, sorts a table and downloads the Excel file', async () => {
    const page = await open('reports', '/reports');
    await page.getByRole('button', { name: 'Tuần trước' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBe('lastWeek');
    const summary = await api<ReportSummary>(
      'GET',
      `/api/reports/summary?from=${await rangeFrom(page)}&to=${await rangeTo(page)}`,
    );
    const issued = page.locator('.report-tile', { hasText: 'Số phiếu cấp' }).locator('.report-tile__value');
    await expect.poll(() => issued.textContent()).toBe(new Intl.NumberFormat('vi-VN').format(summary.issued));
    expect(summary.issued).toBeGreaterThan(300);
    await page.locator('.report-chart canvas').first().waitFor();

    // Sorting the points table by "Hoàn thành" puts the busiest point first.
    const points = page.locator('section', { has: page.getByRole('heading', { name: 'Theo quầy / bàn' }) });
    await points.getByRole('button', { name: /^Hoàn thành/ }).click();
    const busiest = [...summary.byPoint].sort((a, b) => b.resolved - a.resolved)[0]!;
    const firstRow = points.locator('tbody tr').first();
    await expect
      .poll(() => firstRow.locator('td').nth(1).textContent())
      .toBe(new Intl.NumberFormat('vi-VN').format(busiest.resolved));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Tải Excel/ }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Tổng hợp')!.getCell('A1').value).toBe(
      'Trung tâm Phục vụ hành chính công phường Ba Đình',
    );

    // One column table (src/shared/report-columns.ts): every row is a column of the file and, where it says
    // so, of the screen — a new row shows in both.
    const unit = (kind: string) => (kind === 'duration' ? ' (phút)' : kind === 'percent' ? ' (%)' : '');
    const sheet = workbook.worksheets.find((s) => s.name.startsWith('Theo quầy'))!;
    expect((sheet.getRow(1).values as unknown[]).slice(2, 2 + SLICE_COLUMNS.length)).toEqual(
      SLICE_COLUMNS.map((c) => `${c.header.vi}${unit(c.kind)}`),
    );
    const onScreen = (await points.locator('thead th').allTextContents()).map((h) => h.replace(/[↕▲▼]/g, '').trim());
    expect(onScreen).toEqual([
      'Quầy / bàn',
      ...SLICE_COLUMNS.filter((c) => c.screen.includes('points')).map((c) => c.short.vi),
      'Mở',
      'Bận',
      'Tạm dừng',
      'Rảnh',
    ]);
  });

  it('shows the weekly report and downloads its A4 PDF', async (context) => {
    const page = await open('reports', '/reports/weekly');
    await page.getByRole('button', { name: /Tuần trước/ }).click();
    const sheet = page.locator('.weekly-sheet');
    await sheet.getByText('BÁO CÁO TUẦN').waitFor();
    await sheet.getByText('ĐOÀN PHƯỜNG BA ĐÌNH').waitFor();
    const week = new URL(page.url()).searchParams.get('week')!;
    const weekly = await api<WeeklyReport>('GET', `/api/reports/weekly?week=${week}`);
    await sheet.getByText(`${weekly.volunteers.length} tình nguyện viên`).waitFor();
    // The week is named as everywhere: its ISO number and its days.
    const weekTitle = weekName(week).vi;
    expect(weekTitle).toMatch(/^Tuần \d{1,2} \(\d\d\/\d\d–\d\d\/\d\d\/\d{4}\)$/);
    expect(await page.locator('.report-week .report-range__days').textContent()).toBe(weekTitle);
    await sheet.getByText(weekTitle, { exact: true }).waitFor();
    // Who served: a row per counter and help desk, with its cases, who served and the median wait; its ratings.
    const n = (value: number) => new Intl.NumberFormat('vi-VN').format(value);
    const served = sheet.locator('section', { has: page.getByRole('heading', { name: /Phục vụ tại quầy/ }) });
    expect(weekly.servedBy.length).toBeGreaterThan(2);
    const rows = served.locator('tbody tr');
    expect(await rows.count()).toBe(weekly.servedBy.length);
    for (const [i, point] of weekly.servedBy.entries()) {
      const cells = await rows.nth(i).locator('th, td').allTextContents();
      expect(cells[0]).toBe(point.name.vi);
      expect(cells[1]).toBe(n(point.cases));
      for (const person of point.staff) expect(cells[2]).toContain(person.name ?? 'chưa đăng nhập');
      const rated = weekly.satisfaction.byPoint.find((p) => p.servicePointId === point.servicePointId);
      expect(cells.slice(5, 7)).toEqual(rated ? [n(rated.rated), n(rated.asked)] : ['–', '–']);
    }
    // Satisfaction: rated of asked, share satisfied, mean, the reasons when unhappy.
    const { satisfaction } = weekly;
    expect(satisfaction.rated).toBeGreaterThan(0);
    const happy = sheet.locator('section', { has: page.getByRole('heading', { name: /Mức độ hài lòng/ }) });
    await happy.getByText(`${n(satisfaction.rated)}/${n(satisfaction.asked)}`, { exact: true }).waitFor();
    await happy
      .getByText(new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2 }).format(satisfaction.meanScore!))
      .waitFor();
    expect(satisfaction.topReasons.length).toBeGreaterThan(0);
    await happy.getByText(satisfaction.topReasons[0]!.name.vi, { exact: false }).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Tải PDF/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`bao-cao-tuan-${week}.pdf`);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // One column table (src/shared/weekly-columns.ts): "who served" has the same headers in the same order on the
    // screen, in the XLSX's "Phục vụ" sheet and on the PDF's page.
    const headers = SERVED_COLUMNS.map((c) => c.header.vi);
    expect(headers).toContain('Người phục vụ, số lượt');
    expect((await served.locator('thead th').allTextContents()).map((h) => h.trim())).toEqual(headers);
    const xlsx = await fetch(`${base}/api/reports/weekly.xlsx?week=${week}`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect((workbook.getWorksheet('Phục vụ')!.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    needTools(context, POPPLER);
    const pdfHeader = pdfTableHeader(pdfWords((await download.path())!), {
      heading: '4. Phục vụ tại quầy',
      firstCell: weekly.servedBy[0]!.name.vi.split(' ').slice(0, 2).join(' '),
      left: 46,
      right: 595.28 - 46,
      shares: SERVED_COLUMNS.map((c) => c.pdfWidth),
    });
    expect(pdfHeader).toEqual(headers);
  });

  it('signs a volunteer in at a help desk and notes a difficulty from the counter screen', async () => {
    const points = await api<{ id: number; nameVi: string }[]>('GET', '/api/service-points');
    const desk = points.find((p) => p.nameVi === 'Bàn hỗ trợ người cao tuổi')!;
    await api('DELETE', `/api/service-points/${desk.id}/staff-session`).catch(() => undefined);
    const page = await open('counter', `/counter/${desk.id}`, desk.id);
    await page.getByTestId('served-by').filter({ hasText: 'Chưa có ai đăng nhập' }).waitFor();
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('button', { name: /Lý Ngọc Trâm/ }).click();
    await page.getByTestId('served-by').filter({ hasText: 'Lý Ngọc Trâm' }).waitFor();
    // The demo week may hold the same note already, and later today (it is written at 08:20–14:10): count them.
    const ours = async () =>
      (await api<WeeklyReport>('GET', '/api/reports/weekly')).difficulties.filter(
        (d) =>
          d.servicePoint === 'Bàn hỗ trợ người cao tuổi' &&
          d.staff === 'Lý Ngọc Trâm' &&
          d.text === 'Thiếu mẫu tờ khai',
      ).length;
    const before = await ours();
    await page.getByRole('button', { name: 'Ghi khó khăn' }).click();
    await page.getByRole('button', { name: 'Thiếu mẫu tờ khai' }).click();
    await page.getByRole('button', { name: /Ghi lại/ }).click();
    await page.getByRole('button', { name: /Đã ghi khó khăn/ }).waitFor();
    expect(await ours()).toBe(before + 1);
  });
});

/** The days the screen says it shows (dd/MM/yyyy – dd/MM/yyyy), as ISO days. */
async function rangeFrom(page: Page): Promise<string> {
  return isoOf((await page.locator('.report-range__days').textContent())!.split('–')[0]!);
}
async function rangeTo(page: Page): Promise<string> {
  return isoOf((await page.locator('.report-range__days').textContent())!.split('–')[1]!);
}
const isoOf = (ddMMyyyy: string) => {
  const [d, m, y] = ddMMyyyy.trim().split('/');
  return `${y}-${m}-${d}`;
};
