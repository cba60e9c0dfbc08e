/**
 * `npm run screenshots`: every screen at 1920×1080 and 1366×768 with realistic Vietnamese data, into
 * docs/screenshots/ (`npm run screenshots -- admin-printer` for only the screens named). Runs the real server on
 * loopback with a throwaway database, a fake network printer for the printer tab, and drives Debian's Chromium.
 */
import { copyFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import { join } from 'node:path';
import { serviceDayOf } from '../src/shared/time';
import { seedBusyMorning } from '../tests/helpers/busy-morning';
import { startFakePrinter } from '../tests/printing/fake-printer';
import { appointmentShots } from './appointment-shots';
import { crowdGreeter, GREETER_STEPS } from './greeter-screenshots';
import { shoot, SHOTS_ADMIN as ADMIN, SIZES, startShotServer } from './shot-kit';

// A working morning at 09:30 whenever the script runs: at night every service would read "Ngoài giờ cấp số".
const shots = await startShotServer('all', {}, undefined, { daytime: true });
const { base, luot } = shots;
const printer = await startFakePrinter({ status: { paperNearEnd: true }, bytesPerSecond: 40_000 });
const only = process.argv.slice(2);

/** The printer tab shows a saved Xprinter that answers; every other screen keeps the default "no printer". */
async function choosePrinter(connection: object) {
  const response = await fetch(`${base}/api/printer`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ profileId: 'xprinter-xp80', connection }),
  });
  if (!response.ok) throw new Error(`PATCH /api/printer: ${await response.text()}`);
}

/** The center's identity set and a hub that does not answer yet: the tab shows the try and the next one. */
async function offlineProvince(): Promise<void> {
  for (const [method, path, body] of [
    ['PATCH', '/api/center-identity', { code: '00004', nameVi: 'Phường Ba Đình', province: 'Thành phố Hà Nội' }],
    ['PATCH', '/api/hub-sending', { address: 'http://127.0.0.1:9', token: 'token-from-the-province-hub' }],
    ['POST', '/api/hub-sending/run', {}],
  ] as const) {
    const response = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${await response.text()}`);
  }
}

/**
 * The hall's TV connected with its sound blocked until someone taps it, as after a power cut: setup's overview
 * lists it in red ("Loa ở các màn hình chờ"). The socket stays open until the script ends.
 */
async function blockedDisplay(token: string): Promise<WebSocket> {
  const socket = new WebSocket(`${base.replace('http', 'ws')}/api/events`, {
    headers: { authorization: `Bearer ${token}` },
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const response = await fetch(`${base}/api/display-sound`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ sound: 'blocked' }),
  });
  if (!response.ok) throw new Error(`PUT /api/display-sound: ${await response.text()}`);
  return socket;
}

/** Adds "Chứng thực" through the form (or, the second time, renames it in English): the offer opens. */
async function offerProcedures(page: Page): Promise<void> {
  const existing = page.locator('.admin-list li', { hasText: 'CT' }).filter({ hasText: 'Chứng thực' });
  if ((await existing.count()) === 0) {
    await page.getByRole('button', { name: 'Thêm dịch vụ' }).click();
    await page.getByLabel('Chữ cái đầu số').fill('CT');
    await page.getByLabel('Tên tiếng Việt').fill('Chứng thực');
    await page.getByLabel('Tên tiếng Anh').fill('Certification');
  } else {
    await existing.getByRole('button', { name: 'Sửa' }).click();
    const english = page.getByLabel('Tên tiếng Anh');
    await english.fill((await english.inputValue()) === 'Certification' ? 'Certified copies' : 'Certification');
  }
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.locator('.procedure-offer').waitFor();
}

try {
  const { tokens, counterId, helpDeskId } = await seedBusyMorning(base, ADMIN);
  // The backup tab shows a week of daily copies: today's is made now; the earlier days' are that copy under
  // their names, as the daily backup would have left them.
  const made = await fetch(`${base}/api/backups`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}` } });
  if (!made.ok) throw new Error(`POST /api/backups: ${await made.text()}`);
  const today = ((await made.json()) as { name: string }).name;
  const folder = luot.backups.folder();
  for (let daysAgo = 1; daysAgo < 7; daysAgo++) {
    const day = serviceDayOf(shots.now() - daysAgo * 24 * 3_600_000);
    copyFileSync(join(folder, today), join(folder, `luot-${day}-1200.db`));
  }
  const screens = [
    { name: 'greeter', token: tokens.greeter, path: '/greeter', ready: '.service-button' },
    ...['greeter-search', 'greeter-weak-search', 'greeter-guide', 'greeter-missing-papers', 'greeter-cancel'].map(
      (name) => ({
        name,
        token: tokens.greeter,
        path: '/greeter',
        ready: '.service-button',
      }),
    ),
    { name: 'admin-procedures', token: ADMIN, path: '/admin/procedures', ready: '.procedure-toolbar' },
    { name: 'counter', token: tokens.counter, path: `/counter/${counterId}`, ready: '.today' },
    // Just after "Vắng mặt": the undo, and the absent list to call a late citizen back.
    { name: 'counter-absent-undo', token: tokens.counter, path: `/counter/${counterId}`, ready: '.today' },
    { name: 'help-desk', token: ADMIN, path: `/counter/${helpDeskId}`, ready: '.today' },
    { name: 'display', token: tokens.display, path: '/display', ready: '.board__number' },
    { name: 'admin', token: ADMIN, path: '/admin', ready: '.screen-header' },
    { name: 'admin-printer', token: ADMIN, path: '/admin/printer', ready: '.admin-printer__readings' },
    { name: 'admin-backup', token: ADMIN, path: '/admin/backup', ready: '.admin-backup__status' },
    { name: 'admin-devices', token: ADMIN, path: '/admin/devices', ready: '.admin-table' },
    { name: 'signin', token: null, path: '/display', ready: '.pairing__code' },
    { name: 'admin-voice', token: ADMIN, path: '/admin/voice', ready: '.voice-line' },
    // The weekly report to the province: the commune's code set, its hub unreachable this morning (it retries).
    { name: 'admin-province', token: ADMIN, path: '/admin/province', ready: '.admin-province__fingerprint' },
    // The setup tabs a manager fills in on the first morning, each with the crowded center's own data.
    ...(['services', 'zones', 'points', 'staff', 'helpKinds', 'settings', 'citizen'] as const).map((tab) => ({
      name: `admin-${tab.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
      token: ADMIN,
      path: `/admin/${tab}`,
      ready: '.admin-section',
    })),
  ].filter((screen) => only.length === 0 || only.includes(screen.name));
  if (screens.some((s) => s.name === 'admin-province')) await offlineProvince();
  const tv = screens.some((s) => s.name === 'admin') ? await blockedDisplay(tokens.display) : null;
  for (const size of SIZES) {
    for (const screen of screens) {
      const printerTab = screen.name === 'admin-printer';
      if (printerTab) await choosePrinter({ kind: 'tcp', host: '127.0.0.1', port: printer.port });
      // A test print found out that the printer answers status: the tab says so.
      if (printerTab)
        await fetch(`${base}/api/printer/test`, {
          method: 'POST',
          headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
          body: '{}',
        });
      const uncrowd = screen.name.startsWith('greeter') ? await crowdGreeter(base, ADMIN) : null;
      // `signin`: a screen that is not signed in yet, as a new TV first shows it.
      const page = await shots.open(size, screen.token);
      await page.goto(base + screen.path);
      await page.waitForSelector(screen.ready);
      await page.evaluate('document.fonts.ready');
      await page.waitForFunction('[...document.images].every((image) => image.complete)');
      await GREETER_STEPS[screen.name]?.(page);
      if (screen.name === 'counter-absent-undo') {
        const next = page.getByRole('button', { name: /Gọi tiếp/ });
        if (await next.isEnabled()) await next.click();
        await page
          .getByRole('button', { name: /Vắng mặt/ })
          .and(page.locator(':enabled'))
          .click();
        const marked = (await page.locator('.notice--undo').textContent())?.match(/[A-Z]+\d+/)?.[0] ?? '';
        await page.locator('.absent-list .waiting-list__code', { hasText: marked }).waitFor();
        // Today's figures follow a moment later (they refetch after the point's change settles).
        await page.waitForTimeout(800);
      }
      if (screen.name === 'admin-devices') {
        await page.getByRole('radio', { name: /Màn hình chờ/ }).check();
        await page.getByLabel('Tên thiết bị').fill('TV sảnh chờ tầng 1');
        await page.getByRole('button', { name: 'Tạo thiết bị' }).click();
        await page.waitForSelector('.admin-created__qr');
      }
      await shoot(page, `${screen.name}-${size.width}x${size.height}`);
      await page.context().close();
      if (printerTab) await choosePrinter({ kind: 'none' });
      await uncrowd?.();
    }
  }
  // After every other screen: these change the queue (a return visit booked, numbers taken at the kiosk).
  await appointmentShots(shots, counterId, tokens.counter, only);
  // Last, as it adds a service every other screen would show: "Chứng thực" just added, and setup offers the
  // certification procedures still issuing to Hộ tịch.
  if (only.length === 0 || only.includes('admin-services-offer'))
    for (const size of SIZES) {
      const page = await shots.open(size, ADMIN);
      await page.goto(`${base}/admin/services`);
      await page.waitForSelector('.admin-section');
      await page.evaluate('document.fonts.ready');
      await offerProcedures(page);
      await shoot(page, `admin-services-offer-${size.width}x${size.height}`);
      await page.context().close();
    }
  tv?.close();
} finally {
  await printer.close();
  await shots.close();
}
