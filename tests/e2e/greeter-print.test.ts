/**
 * What the volunteer at the entrance reads about the paper ticket, in Chromium against the built screens
 * (`npm run build:web` first; in the e2e group, so Chromium does not fight the other test files): "Đã in phiếu" only when the printer confirmed it, an honest doubt otherwise, and a
 * warning on "In lại" when a second copy may come out.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterProfileId } from '../../src/shared/domain';
import { screensHarness, type ScreensHarness } from '../helpers/screens';
import { startFakePrinter, type FakePrinter, type FakePrinterOptions } from '../printing/fake-printer';

let h: ScreensHarness;
let printer: FakePrinter | null = null;

beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
  await printer?.close();
  printer = null;
});

async function greeterWith(options: FakePrinterOptions, profileId: PrinterProfileId): Promise<Page> {
  printer = await startFakePrinter(options);
  await h.api('PATCH', '/api/printer', {
    profileId,
    connection: { kind: 'tcp', host: '127.0.0.1', port: printer.port },
  });
  const page = await h.open(await h.device('greeter'), '/greeter');
  await page.getByText('Hộ tịch – Chứng thực').waitFor();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('issued-number').textContent()).toBe('A001');
  return page;
}

describe('the greeter never says "Đã in phiếu" unless the printer said so', () => {
  it('a printer that confirms: "Đã in phiếu"', async () => {
    const page = await greeterWith({}, 'xprinter-xp80');
    await page.getByText('Đã in phiếu', { exact: true }).waitFor();
  });

  it('the default profile, printer out of paper: a doubt to look at, not "Đã in phiếu"', async () => {
    const page = await greeterWith({ status: { paperOut: true, online: false } }, 'generic-80');
    const doubt = page.getByRole('alert').filter({ hasText: 'Chưa rõ đã in' });
    await doubt.waitFor({ timeout: 10_000 });
    expect(await doubt.textContent()).toContain('Máy in chưa nhận hết phiếu');
    expect(await page.getByText('Đã in phiếu', { exact: true }).count()).toBe(0);

    // "In lại" after it warns that a second copy may come out.
    await page.getByRole('button', { name: 'In lại' }).first().click();
    await page.getByText('nếu ra 2 phiếu cùng số, đưa công dân 1 phiếu', { exact: false }).waitFor();
  });

  it('the default profile, healthy printer: "sent", never "printed"', async () => {
    const page = await greeterWith({}, 'generic-80');
    await page.getByText('Đã gửi phiếu tới máy in', { exact: false }).waitFor();
    expect(await page.getByText('Đã in phiếu', { exact: true }).count()).toBe(0);
  });
});
