/**
 * Screenshots of the desktop app's "Set up this PC" page, as a host's first run shows it: on a one-monitor PC on
 * a Public network with its port taken. The window is 820 px wide and as tall as the screen allows
 * (src/main/pc-setup-window.ts): on a 1366×768 laptop and on a 1920×1080 screen. Built exactly as the app builds
 * the page, with a stand-in for its bridge.
 *
 *   npx tsx scripts/pc-setup-screenshots.ts     → docs/screenshots/pc-setup-first-run-*.png
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { choiceFromConfig } from '../src/main/pc-setup-choice';
import { publicNetworks } from '../src/main/network-profile';
import { portTakenHere } from '../src/main/shell-text';
import type { PcSetupState, SaveAnswer } from '../src/preload/pc-setup-bridge';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { buildPcSetupPage } from './pc-setup-page';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

const laptop = {
  id: 1,
  primary: true,
  name: { vi: 'Màn hình 1 — 1366×768 (chính)', en: 'Monitor 1 — 1366×768 (primary)' },
};
const state: PcSetupState = {
  purpose: 'first-run',
  reason: null,
  notice: null,
  locked: false,
  choice: { ...choiceFromConfig(null, []), hostScreens: ['greeter', 'display'] },
  monitors: [laptop],
  platform: 'win32',
};
const network = publicNetworks([
  { name: 'Network 2', interfaceAlias: 'Ethernet', interfaceIndex: 12, category: 'public' },
]);
const refused: SaveAnswer = {
  kind: 'refused',
  problems: [{ field: 'port', text: portTakenHere(8080, 8081), suggestedPort: 8081 }],
};

const dir = mkdtempSync(join(tmpdir(), 'luot-pc-setup-shots-'));
for (const file of await buildPcSetupPage()) writeFileSync(join(dir, file.fileName), file.source);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [screen, height] of [
    ['1366x768', 688],
    ['1920x1080', 860],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 820, height } });
    // A string, not a function: tsx would wrap a function with helpers the page does not have.
    const given = JSON.stringify({ state, notice: network && { text: network.text }, refused });
    await page.addInitScript(`
      const given = ${given};
      globalThis.luotPcSetup = {
        load: async () => given.state,
        network: async () => given.notice,
        save: async () => given.refused,
        findHosts: async () => [],
        unlock: async () => ({ kind: 'unlocked' }),
        makeNetworkPrivate: async () => given.notice,
        openNetworkSettings: async () => undefined,
        cancel: async () => undefined,
      };
    `);
    page.on('pageerror', (error) => console.error(error));
    await page.goto(`file://${dir}/pc-setup.html?purpose=first-run`);
    await page.waitForSelector('#network-notice:not([hidden])');
    await page.screenshot({ path: join(OUT, `pc-setup-first-run-${screen}.png`) });
    await page.fill('#pin', '2468');
    await page.fill('#pinRepeat', '2468');
    await page.click('#setup-form button[type=submit]');
    await page.waitForSelector('[data-problem-for=port] button');
    await page.locator('#port').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, `pc-setup-port-taken-${screen}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Screenshots in ${OUT}`);
