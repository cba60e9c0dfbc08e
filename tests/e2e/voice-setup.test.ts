/**
 * Setup's voice tab in Chromium with a fake microphone: a manager records "quầy số một", hears it back, saves
 * it, and the wall display then says that counter in the center's own voice; the sentence is edited, a
 * template without the number is refused in place.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServicePoint, Service } from '../../src/shared/domain';
import { voicePack, type VoiceSetup } from '../../src/shared/voice-settings';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
let withMicrophone: Browser;
beforeEach(async () => {
  h = await screensHarness();
  // Chromium's fake microphone plays a beep; the fake prompt allows it without a click.
  withMicrophone = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
});
afterEach(async () => {
  await withMicrophone.close();
  await h.close();
});

async function voiceTab(): Promise<Page> {
  const context = await withMicrophone.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.goto(`${h.base}/signin#token=${ADMIN}`);
  await page.waitForURL((url) => url.pathname !== '/signin');
  await page.goto(`${h.base}/admin/voice`);
  await page.locator('.voice-line').first().waitFor();
  return page;
}

describe('setup: the voice tab', () => {
  it("records a counter's name, plays it back, saves it, and the display says it in the center's voice", async () => {
    const page = await voiceTab();
    const line = page.locator('.voice-line[data-key="vi:quầy số một"]');
    expect(await line.locator('.voice-line__state').textContent()).toBe('Giọng có sẵn');
    const pressedRecord = Date.now();
    await line.getByRole('button', { name: 'Thu' }).click();
    await line.getByRole('button', { name: 'Dừng' }).waitFor();
    // A take of about a second and a half: the fake microphone's beeps for that long.
    await page.waitForTimeout(1500);
    await line.getByRole('button', { name: 'Dừng' }).click();
    // A click on a loaded machine can take a while: the take is at most as long as Thu to Dừng was.
    const recordedFor = Date.now() - pressedRecord;
    await line.getByText(/Bản thu [\d.]+ giây/).waitFor();
    await line.getByRole('button', { name: 'Nghe lại' }).click();
    await line.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => line.locator('.voice-line__state').textContent()).toBe('Đã thu');

    const setup = await h.api<VoiceSetup>('GET', '/api/voice');
    const recording = setup.recorded.find((r) => r.key === 'vi:quầy số một')!;
    expect(recording.mime).toBe('audio/wav');
    expect(recording.durationMs).toBeGreaterThan(100);
    expect(recording.durationMs).toBeLessThanOrEqual(recordedFor + 100);

    // "Xuất bộ giọng" saves the recording as a voice pack another center can load.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Xuất bộ giọng' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('luot-voice-pack.json');
    const pack = voicePack.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(pack.segments.map((s) => s.key)).toEqual(['vi:quầy số một']);

    // The wall display says Quầy 1 with the recording, the rest with the bundled voice.
    const services = await h.api<Service[]>('GET', '/api/services');
    const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
    const display = await h.open(await h.device('display'), '/display');
    await display.waitForFunction(() => {
      const voice = (globalThis as unknown as { luotVoice?: { isConfigured: boolean } }).luotVoice;
      return voice?.isConfigured === true;
    });
    await h.api('PATCH', '/api/voice', { repeat: 1 });
    await h.api('POST', '/api/tickets', { serviceId: services.find((s) => s.prefix === 'A')!.id, priority: 'none' });
    await h.api('POST', `/api/service-points/${points.find((p) => p.nameVi === 'Quầy 1')!.id}/call-next`, {});
    const said = async () =>
      (
        await display.evaluate(
          () =>
            (globalThis as unknown as { luotVoice: { journal: { key?: string; source?: string }[] } }).luotVoice
              .journal,
        )
      ).flatMap((s) => (s.key ? [`${s.key}/${s.source}`] : []));
    await expect.poll(said, { timeout: 20_000 }).toContain('vi:quầy số một/recorded');
    expect(await said()).toContain('vi:xin mời công dân có số/bundled');

    // Back to the bundled voice: the recording is kept in the database, no longer used.
    await line.getByRole('button', { name: 'Dùng giọng có sẵn' }).click();
    await expect.poll(() => line.locator('.voice-line__state').textContent()).toBe('Giọng có sẵn');
  });

  it('saves an edited sentence and refuses, in place, a sentence without the number', async () => {
    const page = await voiceTab();
    const field = page.getByLabel('Khi gọi (tiếng Việt)');
    await field.fill('Mời công dân số {number} đến {point}');
    await page.getByText('Sẽ đọc: “Mời công dân số a mười hai đến quầy số một”').waitFor();
    await page.getByLabel('Số lần đọc mỗi lượt gọi').selectOption('1');
    await page.getByRole('button', { name: 'Lưu' }).last().click();
    await page.getByText('Đã lưu. Mọi màn hình chờ đọc theo cách mới').waitFor();
    const saved = await h.api<VoiceSetup>('GET', '/api/voice');
    expect(saved.settings).toMatchObject({ repeat: 1, templates: { callVi: 'Mời công dân số {number} đến {point}' } });

    await field.fill('Mời công dân đến {point}');
    await page.getByRole('button', { name: 'Lưu' }).last().click();
    await page.getByText('Mẫu câu phải có {number} — chỗ đọc số thứ tự.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
  });
});
