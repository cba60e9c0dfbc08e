import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCenter } from '../../scripts/demo/center-days';
import { startLuot, type RunningLuot } from '../../src/server/start';
import type { CreatedDevice } from '../../src/shared/api';
import type { ReportSummary, WeeklyReport } from '../../src/shared/reports';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';

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
  });

  it('shows the weekly report and downloads its A4 PDF', async () => {
    const page = await open('reports', '/reports/weekly');
    await page.getByRole('button', { name: /Tuần trước/ }).click();
    const sheet = page.locator('.weekly-sheet');
    await sheet.getByText('BÁO CÁO TUẦN').waitFor();
    await sheet.getByText('ĐOÀN PHƯỜNG BA ĐÌNH').waitFor();
    const week = new URL(page.url()).searchParams.get('week')!;
    const weekly = await api<WeeklyReport>('GET', `/api/reports/weekly?week=${week}`);
    await sheet.getByText(`${weekly.volunteers.length} tình nguyện viên`).waitFor();
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
    await page.getByRole('button', { name: 'Ghi khó khăn' }).click();
    await page.getByRole('button', { name: 'Thiếu mẫu tờ khai' }).click();
    await page.getByRole('button', { name: /Ghi lại/ }).click();
    await page.getByRole('button', { name: /Đã ghi khó khăn/ }).waitFor();
    const weekly = await api<WeeklyReport>('GET', '/api/reports/weekly');
    expect(weekly.difficulties.at(-1)).toMatchObject({
      servicePoint: 'Bàn hỗ trợ người cao tuổi',
      staff: 'Lý Ngọc Trâm',
      text: 'Thiếu mẫu tờ khai',
    });
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
