/**
 * `npm run screenshots:hub`: the province dashboard (/hub) at 1920×1080 and 1366×768, on a throwaway PostgreSQL
 * with a province of 23 communes and twelve weeks of signed files (four communes late in the last week).
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { fileText, registerCenter, sampleFigures, signedFile, testCenter, testHub } from '../tests/helpers/hub';
import { startPostgres } from '../tests/helpers/postgres';

const WEEK = '2026-11-23';
const PROVINCE = 'Tỉnh Phú Thọ';
const NAMES = [
  'Phường Tân Dân',
  'Xã Thanh Đình',
  'Xã Chu Hóa',
  'Phường Gia Cẩm',
  'Phường Nông Trang',
  'Xã Hy Cương',
  'Phường Vân Phú',
  'Xã Phượng Lâu',
  'Xã Thanh Ba',
  'Xã Hạ Hòa',
  'Xã Đoan Hùng',
  'Xã Lâm Thao',
  'Xã Phù Ninh',
  'Xã Yên Lập',
  'Xã Cẩm Khê',
  'Xã Tam Nông',
  'Xã Thanh Thủy',
  'Xã Tân Sơn',
  'Xã Thanh Sơn',
  'Phường Phong Châu',
  'Xã Hiền Lương',
  'Xã Văn Lang',
  'Xã Chân Mộng',
];
const DIFFICULTIES = ['Mạng chậm vào buổi sáng', 'Thiếu máy quét hồ sơ', 'Người cao tuổi cần hỗ trợ VNeID tại nhà'];

const cluster = await startPostgres();
const hub = await testHub(cluster);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [i, name] of NAMES.entries()) {
    const center = testCenter(String(8011 + 3 * i).padStart(5, '0'), name, PROVINCE);
    await registerCenter(hub.call, center);
    for (let w = 11; w >= 0; w--) {
      if (w === 0 && i % 6 === 5) continue; // late this week
      const monday = new Date(Date.parse(`${WEEK}T00:00:00Z`) - w * 7 * 86_400_000).toISOString().slice(0, 10);
      const figures = sampleFigures(2 + ((i * 7 + w * 3) % 9));
      figures.queue.waitP50Seconds = 180 + ((i * 53 + w * 17) % 600);
      figures.queue.waitP90Seconds = figures.queue.waitP50Seconds * 3;
      figures.queue.withinTarget = Math.round(figures.queue.calledVisits * (0.6 + ((i * 13) % 35) / 100));
      figures.ratings.satisfiedShare = 0.7 + ((i * 11 + w) % 28) / 100;
      figures.difficulties = i % 3 === 0 ? [DIFFICULTIES[(i + w) % 3]!] : [];
      figures.report.difficulties = figures.difficulties.length;
      await hub.call('/api/hub/files', { body: fileText(signedFile(center, monday, 1, figures)) });
    }
  }
  const viewer = (
    await hub.call('/api/hub/accounts', {
      body: { name: 'Tỉnh đoàn Phú Thọ', role: 'province_admin', province: PROVINCE },
    })
  ).body.token as string;
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    const context = await browser.newContext({
      viewport: { width, height },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = await context.newPage();
    await page.goto(`${hub.url}/hub?week=${WEEK}`);
    await page.fill('#token', viewer);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForSelector('#trend svg');
    const path = join(import.meta.dirname, '../docs/screenshots', `hub-${width}x${height}.png`);
    await page.screenshot({ path });
    console.log(path);
    await context.close();
  }
} finally {
  await browser.close();
  await hub.stop();
  cluster.stop();
}
