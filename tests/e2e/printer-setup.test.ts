import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterSettings } from '../../src/shared/domain';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';
import { printedImage, readEscPos } from '../printing/escpos-reader';
import { startFakePrinter, type FakePrinter } from '../printing/fake-printer';

let h: ScreensHarness;
let printer: FakePrinter;
beforeEach(async () => {
  h = await screensHarness();
  printer = await startFakePrinter();
});
afterEach(async () => {
  await h.close();
  await printer.close();
});

/** The manager's steps: the model, "Máy in mạng", its address and port. */
async function chooseNetworkPrinter(page: Page, port: number, model = 'xprinter-xp58') {
  await page.getByRole('heading', { name: 'Máy in phiếu' }).waitFor();
  await page.getByLabel('Đời máy in').selectOption(model);
  await page.getByRole('radio', { name: /Máy in mạng/ }).check();
  await page.getByLabel('Địa chỉ IP của máy in').fill('127.0.0.1');
  await page.getByLabel('Cổng', { exact: true }).fill(String(port));
}

const previewWidth = (page: Page) =>
  page
    .getByTestId('printer-preview')
    .evaluate((img: { complete: boolean; naturalWidth: number }) => (img.complete ? img.naturalWidth : 0));

describe('setting up the ticket printer', () => {
  it('saves a network printer, and "In thử" prints the sample ticket on it', async () => {
    const page = await h.open(ADMIN, '/admin/printer');
    await chooseNetworkPrinter(page, printer.port);
    // The preview follows the model before it is saved: a 58 mm printer is 384 dots across.
    await expect.poll(() => previewWidth(page)).toBe(384);
    await page.getByText('Lựa chọn chưa lưu').waitFor();
    // A test print would use the old settings: it waits for Save.
    expect(await page.getByRole('button', { name: 'In thử' }).isDisabled()).toBe(true);

    // A typo in the address is named next to the field, in words a manager understands.
    await page.getByLabel('Địa chỉ IP của máy in').fill('http://192.168.1.50');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Địa chỉ IP hoặc tên mạng của máy in, ví dụ 192.168.1.50', { exact: false }).waitFor();
    expect(await page.getByLabel('Địa chỉ IP của máy in').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Địa chỉ IP của máy in').fill('127.0.0.1');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu cài đặt máy in.').waitFor();
    const { settings } = await h.api<{ settings: PrinterSettings }>('GET', '/api/printer');
    expect(settings).toMatchObject({
      profileId: 'xprinter-xp58',
      connection: { kind: 'tcp', host: '127.0.0.1', port: printer.port },
    });
    // The saved printer is asked how it is.
    await page.getByText('Máy in sẵn sàng.').waitFor();

    await page.getByText('Chưa biết máy in này có trả lời trạng thái không', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'In thử' }).click();
    await page.getByText('In thử thành công', { exact: false }).waitFor();
    // What the test print found out is said, and kept for the tickets after it.
    await page.getByText('Máy in này trả lời trạng thái', { exact: false }).waitFor();
    const pictures = printer.jobs.map((job) => printedImage(readEscPos(job))).filter((image) => image.height > 0);
    expect(pictures).toHaveLength(1);
    expect(pictures[0]!.width).toBe(384);
  });

  it('shows why the test print failed, in Vietnamese, when nothing answers at the address', async () => {
    const port = printer.port;
    await printer.close();
    const page = await h.open(ADMIN, '/admin/printer');
    await chooseNetworkPrinter(page, port, 'xprinter-xp80');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu cài đặt máy in.').waitFor();

    await page.getByRole('button', { name: 'In thử' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'In thử không được.' });
    await failure.waitFor();
    expect(await failure.textContent()).toContain(`Không kết nối được máy in (127.0.0.1:${port})`);
    expect(await failure.textContent()).toContain('kiểm tra máy in đã bật và dây mạng');
  });

  it('shows a printer saved on another admin screen without a reload', async () => {
    const first = await h.open(ADMIN, '/admin/printer');
    const second = await h.open(ADMIN, '/admin/printer');
    await second.getByText('Đang không in phiếu', { exact: false }).waitFor();

    await chooseNetworkPrinter(first, printer.port);
    await first.getByRole('button', { name: 'Lưu' }).click();
    await first.getByText('Đã lưu cài đặt máy in.').waitFor();

    await expect.poll(() => second.getByLabel('Địa chỉ IP của máy in').inputValue()).toBe('127.0.0.1');
    expect(await second.getByLabel('Đời máy in').inputValue()).toBe('xprinter-xp58');
    await expect.poll(() => previewWidth(second)).toBe(384);
  });
});
