/**
 * The "Set up this PC" page in real Chromium (Debian's, as Electron's renderer would run it): built exactly as
 * the app builds it, loaded from file:// under its own CSP, with a stand-in for the `window.luotPcSetup` bridge
 * that records what the page asks of the main process.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPcSetupPage } from '../../scripts/pc-setup-page';
import type {
  FoundHostOption,
  NetworkNotice,
  PcSetupState,
  SaveAnswer,
  UnlockAnswer,
} from '../../src/preload/pc-setup-bridge';
import { choiceFromConfig } from '../../src/main/pc-setup-choice';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';

let browser: Browser;
let pageDir: string;

beforeAll(async () => {
  pageDir = mkdtempSync(join(tmpdir(), 'luot-pc-setup-page-'));
  for (const file of await buildPcSetupPage()) writeFileSync(join(pageDir, file.fileName), file.source);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => browser?.close());

interface Stand {
  state: PcSetupState;
  hosts?: FoundHostOption[];
  saveAnswer?: SaveAnswer;
  unlockAnswers?: UnlockAnswer[];
  /** What the bridge says of the network, then after "make it Private". */
  networkAnswers?: (NetworkNotice | null)[];
}

type Call = [string, ...unknown[]];

const monitors = [
  { id: 1, primary: true, name: { vi: 'Màn hình 1 — 1366×768 (chính)', en: 'Monitor 1 — 1366×768 (primary)' } },
  { id: 2, primary: false, name: { vi: 'Màn hình 2 — 1920×1080', en: 'Monitor 2 — 1920×1080' } },
];

const firstRun: PcSetupState = {
  purpose: 'first-run',
  reason: null,
  notice: null,
  locked: false,
  // A PC with two monitors: the host shows the greeter and the wall display.
  choice: { ...choiceFromConfig(null, []), hostScreens: ['greeter', 'display'] },
  monitors,
  platform: 'win32',
};

async function open(given: Stand): Promise<{ page: Page; errors: string[]; calls: () => Promise<Call[]> }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const stand: Required<Stand> = {
    hosts: [],
    saveAnswer: { kind: 'saved' },
    unlockAnswers: [],
    networkAnswers: [null],
    ...given,
  };
  await page.addInitScript((given: Required<Stand>) => {
    const calls: unknown[][] = [];
    let unlocks = 0;
    let networks = 0;
    Object.assign(globalThis, {
      recordedCalls: calls,
      luotPcSetup: {
        load: async () => (calls.push(['load']), given.state),
        unlock: async (pin: string) => (calls.push(['unlock', pin]), given.unlockAnswers[unlocks++]),
        findHosts: async () => (calls.push(['findHosts']), given.hosts),
        save: async (choice: unknown) => (calls.push(['save', choice]), given.saveAnswer),
        network: async () => (calls.push(['network']), given.networkAnswers[networks++] ?? null),
        makeNetworkPrivate: async () => (calls.push(['makeNetworkPrivate']), given.networkAnswers[networks++] ?? null),
        openNetworkSettings: async () => void calls.push(['openNetworkSettings']),
        cancel: async () => void calls.push(['cancel']),
      },
    });
  }, stand);
  await page.goto(`file://${pageDir}/pc-setup.html?purpose=${stand.state.purpose}`);
  const calls = () => page.evaluate(() => (globalThis as unknown as { recordedCalls: Call[] }).recordedCalls);
  return { page, errors, calls };
}

const visible = (page: Page, selector: string) => page.locator(selector).isVisible();

describe('the "Set up this PC" page', () => {
  it('welcomes a new PC in Vietnamese and English, its script running under its own strict CSP', async () => {
    const { page, errors } = await open({ state: firstRun });
    await expect.poll(() => page.textContent('#title')).toBe('Chào mừng — cài đặt máy này');
    expect(await page.textContent('#title-en')).toBe('Welcome — set up this PC');
    expect(await page.isChecked('input[name=role][value=host]')).toBe(true);
    expect(await visible(page, '#host-part')).toBe(true);
    expect(await visible(page, '#station-part')).toBe(false);
    expect(await visible(page, '#start-with-windows')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sets up a host: its screens, the PIN, kiosk and the wall display monitor', async () => {
    const { page, calls } = await open({ state: firstRun });
    await page.selectOption('#displayMonitorId', '2');
    await page.fill('#pin', '2468');
    await page.fill('#pinRepeat', '2468');
    await page.check('input[name=kiosk]');
    await page.click('#setup-form button[type=submit]');
    await expect.poll(() => page.textContent('[data-problem-for=form]')).toContain('Đã lưu');
    expect((await calls()).find(([name]) => name === 'save')).toEqual([
      'save',
      { ...firstRun.choice, pin: '2468', pinRepeat: '2468', displayMonitorId: 2, kiosk: true },
    ]);
    await page.close();
  });

  it('sets up a station from a host found on the network, and shows problems beside their fields', async () => {
    const hosts = [{ name: 'Trung tâm xã Tân Lập', version: '0.1.0', url: 'http://192.168.1.20:8080' }];
    const problem = { vi: 'Không kết nối được máy chủ.', en: 'Cannot reach the host.' };
    const { page, calls } = await open({
      state: firstRun,
      hosts,
      saveAnswer: { kind: 'refused', problems: [{ field: 'hostAddress', text: problem }] },
    });
    await page.check('input[name=role][value=station]');
    expect(await visible(page, '#station-part')).toBe(true);
    expect(await visible(page, '#host-part')).toBe(false);
    await page.click('#find-hosts');
    await page.check('input[name=foundHost]');
    expect(await page.inputValue('#hostAddress')).toBe('http://192.168.1.20:8080');
    expect(await page.textContent('#found-hosts')).toContain('Trung tâm xã Tân Lập');
    await page.check('input[name=stationScreen][value=display]');
    expect(await visible(page, '#display-part')).toBe(true);
    await page.fill('#signInLink', 'http://192.168.1.20:8080/signin#token=luot_x');
    await page.fill('#pin', '2468');
    await page.fill('#pinRepeat', '2468');
    await page.click('#setup-form button[type=submit]');
    await expect
      .poll(() => page.textContent('[data-problem-for=hostAddress]'))
      .toBe('Không kết nối được máy chủ. — Cannot reach the host.');
    const saved = (await calls()).find(([name]) => name === 'save');
    expect(saved?.[1]).toMatchObject({
      role: 'station',
      hostAddress: 'http://192.168.1.20:8080',
      signInLink: 'http://192.168.1.20:8080/signin#token=luot_x',
      stationScreen: 'display',
    });
    await page.close();
  });

  it('says so when no host answers', async () => {
    const { page } = await open({ state: firstRun });
    await page.check('input[name=role][value=station]');
    await page.click('#find-hosts');
    await expect.poll(() => page.textContent('#find-status')).toContain('Không tìm thấy máy chủ nào');
    await page.close();
  });

  it('checks a zone number before sending anything', async () => {
    const { page, calls } = await open({ state: firstRun });
    await page.fill('#displayZoneId', 'hai');
    await page.click('#setup-form button[type=submit]');
    expect(await page.textContent('[data-problem-for=displayZoneId]')).toContain('số nguyên dương');
    expect((await calls()).map(([name]) => name)).toEqual(['load', 'network']);
    await page.close();
  });

  it('asks for the PIN before showing the settings of a configured PC', async () => {
    const state: PcSetupState = { ...firstRun, purpose: 'change', locked: true, platform: 'linux' };
    const { page, calls } = await open({
      state,
      unlockAnswers: [{ kind: 'wrong', triesLeft: 4 }, { kind: 'unlocked' }],
    });
    await expect.poll(() => visible(page, '#pin-step')).toBe(true);
    expect(await visible(page, '#setup-form')).toBe(false);
    await page.fill('#unlock-pin', '1111');
    await page.click('#pin-step button[type=submit]');
    await expect.poll(() => page.textContent('#unlock-problem')).toContain('còn 4 lần thử');
    await page.fill('#unlock-pin', '2468');
    await page.click('#pin-step button[type=submit]');
    await expect.poll(() => visible(page, '#setup-form')).toBe(true);
    expect(await page.textContent('#pin-hint')).toContain('Để trống hai ô dưới đây nếu giữ mã PIN cũ');
    // Start with Windows is only offered where it works.
    expect(await visible(page, '#start-with-windows')).toBe(false);
    expect((await calls()).filter(([name]) => name === 'unlock')).toEqual([
      ['unlock', '1111'],
      ['unlock', '2468'],
    ]);
    await page.close();
  });

  it('asks for the PIN alone to leave kiosk mode, saying why', async () => {
    const reason = {
      vi: 'Nhập mã PIN của quản lý để thoát chế độ kiosk.',
      en: "Enter the manager's PIN to leave kiosk mode.",
    };
    const { page, calls } = await open({
      state: { ...firstRun, purpose: 'unlock', locked: true, reason },
      unlockAnswers: [{ kind: 'locked', retryInSeconds: 42 }],
    });
    await expect.poll(() => page.textContent('#reason')).toContain('thoát chế độ kiosk');
    await page.fill('#unlock-pin', '2468');
    await page.click('#pin-step button[type=submit]');
    await expect.poll(() => page.textContent('#unlock-problem')).toContain('thử lại sau 42 giây');
    await page.click('#pin-step [data-action=cancel]');
    await expect.poll(async () => (await calls()).at(-1)).toEqual(['cancel']);
    await page.close();
  });

  it("offers the next free port when the host's port is taken, and checks a typed port first", async () => {
    const taken = {
      vi: 'Cổng 8080 đang được một chương trình khác trên máy này dùng.',
      en: 'Port 8080 is used by another program on this PC.',
    };
    const { page, calls } = await open({
      state: firstRun,
      saveAnswer: { kind: 'refused', problems: [{ field: 'port', text: taken, suggestedPort: 8081 }] },
    });
    expect(await page.inputValue('#port')).toBe('8080');
    await page.fill('#port', 'tám');
    await page.fill('#pin', '2468');
    await page.fill('#pinRepeat', '2468');
    await page.click('#setup-form button[type=submit]');
    expect(await page.textContent('[data-problem-for=port]')).toContain('từ 1024 đến 65535');
    expect((await calls()).some(([name]) => name === 'save')).toBe(false);

    await page.fill('#port', '8080');
    await page.click('#setup-form button[type=submit]');
    await expect.poll(() => page.textContent('[data-problem-for=port]')).toContain('Cổng 8080 đang được');
    await page.click('[data-problem-for=port] button');
    expect(await page.inputValue('#port')).toBe('8081');
    expect(await page.textContent('[data-problem-for=port]')).toBe('');
    await page.click('#setup-form button[type=submit]');
    await expect.poll(async () => (await calls()).filter(([name]) => name === 'save').length).toBe(2);
    expect(
      (await calls()).filter(([name]) => name === 'save').map(([, choice]) => (choice as { port: number }).port),
    ).toEqual([8080, 8081]);
    await page.close();
  });

  it('warns that on a one-monitor host the wall display goes in a window, not over the greeter', async () => {
    const oneMonitor = { ...firstRun, monitors: [monitors[0]!] };
    const { page } = await open({ state: oneMonitor });
    await expect.poll(() => visible(page, '#one-monitor')).toBe(true);
    expect(await page.textContent('#one-monitor')).toContain('không che màn hình đón tiếp');
    expect(await page.textContent('#one-monitor')).toContain('never in kiosk mode');
    await page.uncheck('input[name=hostScreens][value=display]');
    expect(await visible(page, '#one-monitor')).toBe(false);
    await page.close();
    const two = await open({ state: firstRun });
    await expect.poll(() => visible(two.page, '#setup-form')).toBe(true);
    expect(await visible(two.page, '#one-monitor')).toBe(false);
    await two.page.close();
  });

  it('explains a Public network on a host, with the buttons Windows allows', async () => {
    const text = { vi: 'Windows đang xếp mạng «Network 2» là mạng Công cộng (Public).', en: 'Public network.' };
    const { page, calls } = await open({ state: firstRun, networkAnswers: [{ text }, null] });
    await expect.poll(() => visible(page, '#network-notice')).toBe(true);
    expect(await page.textContent('#network-text')).toContain('«Network 2» là mạng Công cộng');
    await page.check('input[name=role][value=station]');
    expect(await visible(page, '#network-notice')).toBe(false);
    await page.check('input[name=role][value=host]');
    await page.click('#network-settings');
    await page.click('#make-private');
    await expect.poll(() => visible(page, '#network-notice')).toBe(false);
    expect(await page.textContent('#notice')).toContain('Đã chuyển sang mạng Riêng tư');
    expect((await calls()).map(([name]) => name)).toEqual([
      'load',
      'network',
      'openNetworkSettings',
      'makeNetworkPrivate',
    ]);
    await page.close();
  });

  it('does not ask about the network where Windows is not', async () => {
    const { page, calls } = await open({ state: { ...firstRun, platform: 'linux' } });
    await expect.poll(() => visible(page, '#setup-form')).toBe(true);
    expect((await calls()).map(([name]) => name)).toEqual(['load']);
    expect(await visible(page, '#network-notice')).toBe(false);
    await page.close();
  });
});
