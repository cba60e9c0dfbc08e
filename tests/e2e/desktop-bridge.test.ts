/**
 * What the screens ask of the desktop shell (`window.luot`): a report saved through the save dialog, and a way
 * out of kiosk mode. The shell itself cannot run here (no Electron binary), so the bridge is a stand-in that
 * records the calls; the screens, the server and the files are real.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => h.close());

const FAKE_BRIDGE = `
  window.__bridgeCalls = [];
  window.luot = {
    platform: 'electron',
    version: 'e2e',
    isKiosk: async () => { window.__bridgeCalls.push(['isKiosk']); return true; },
    leaveKiosk: async () => { window.__bridgeCalls.push(['leaveKiosk']); return true; },
    saveExport: async (file) => {
      window.__bridgeCalls.push(['saveExport', file.suggestedName, file.format, Array.from(file.content.slice(0, 8))]);
      return { path: 'E:/' + file.suggestedName };
    },
    setFullScreen: async () => true,
    monitors: async () => [],
    moveToMonitor: async () => true,
    backupDatabase: async () => null,
  };
`;

async function openInShell(token: string, path: string) {
  const context = await h.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(10_000);
  await context.addInitScript(FAKE_BRIDGE);
  const page = await context.newPage();
  await page.goto(`${h.base}/signin#token=${token}`);
  await page.waitForURL((url) => url.pathname !== '/signin');
  await page.goto(h.base + path);
  return page;
}

const calls = (page: Awaited<ReturnType<typeof openInShell>>) =>
  page.evaluate('window.__bridgeCalls') as Promise<unknown[][]>;

describe('the desktop bridge, as the screens use it', () => {
  it('saves a report through the save dialog instead of a browser download', async () => {
    await h.api('POST', '/api/tickets', { serviceId: 1 });
    const page = await openInShell(await h.device('reports'), '/reports');
    await page.getByRole('button', { name: /Danh sách từng lượt \(CSV\)/ }).click();
    // The report worker may be starting on a busy machine: wait for the file, not for a clock.
    await expect
      .poll(async () => (await calls(page)).filter((c) => c[0] === 'saveExport'), { timeout: 30_000 })
      .toHaveLength(1);
    const [, name, format, head] = (await calls(page)).find((c) => c[0] === 'saveExport')!;
    expect(name).toMatch(/^bao-cao-visits-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(format).toBe('csv');
    // The real file from the server: a CSV with a UTF-8 byte order mark, so Excel reads the diacritics.
    expect((head as number[]).slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('offers a way out of kiosk mode, through the shell (which asks for the PIN)', async () => {
    const page = await openInShell(await h.device('greeter'), '/greeter');
    const leave = page.getByRole('button', { name: 'Thoát chế độ kiosk' });
    await leave.click();
    await leave.waitFor({ state: 'detached' });
    expect((await calls(page)).map((c) => c[0])).toEqual(['isKiosk', 'leaveKiosk']);
  });
});
