/**
 * The damaged database's red line (issue 24, point 7) on the screens people work at, in Chromium, on a real
 * damaged file: a counter and setup, signed in before the file was damaged, show what happened and what to do once
 * the host has checked its database, and setup's backup tab offers the copy to restore.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedBusyMorning } from '../helpers/busy-morning';
import { damageStopped } from '../helpers/damaged-file';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

describe('a damaged database', () => {
  it('shows its red line on a counter and in setup, naming the newest backup', async () => {
    // Signed in while the file is whole (signing in writes a session, which a damaged file no longer takes).
    const counter = await h.open(await h.device('counter', 1), '/counter/1');
    const setup = await h.open(ADMIN, '/admin');
    for (let i = 0; i < 300; i++) await h.api('POST', '/api/tickets', { serviceId: 1 + (i % 2) });
    await h.api('POST', '/api/backups');
    await expect(counter.getByTestId('database-problem').count()).resolves.toBe(0);
    const file = h.luot.core.db.name;
    await h.stopServer();
    // The tickets' pages: the queue every screen loads reads them all (300 are waiting).
    damageStopped(file, 'tickets');
    await h.restart();

    for (const page of [counter, setup]) {
      await page.reload();
      const line = page.getByTestId('database-problem');
      await line.waitFor({ timeout: 15_000 });
      expect(await line.textContent()).toMatch(
        /Tệp dữ liệu bị hỏng.*luot-\d{4}-\d{2}-\d{2}-\d{4}\.db.*Quản trị → Sao lưu/,
      );
      // Above everything, where nobody can miss it.
      const box = (await line.boundingBox())!;
      expect(box.y).toBe(0);
    }
    // What the line asks for is there: setup's backup tab lists the copy, with its restore button.
    await setup.goto(`${h.base}/admin/backup`);
    await setup.getByRole('heading', { name: 'Các bản sao lưu' }).waitFor();
    await setup.getByRole('button', { name: 'Khôi phục' }).first().waitFor();
  });

  it('setup offers the backup tab alone when the center itself cannot be read; a counter says whom to call', async () => {
    const setup = await h.open(ADMIN, '/admin');
    const counter = await h.open(await h.device('counter', 1), '/counter/1');
    // A crowded morning, then the rest of it: the queue every screen loads reads the event log's damaged pages.
    await seedBusyMorning(h.base, ADMIN);
    for (let i = 0; i < 300; i++) await h.api('POST', '/api/tickets', { serviceId: 1 + (i % 2) });
    await h.api('POST', '/api/backups');
    const file = h.luot.core.db.name;
    await h.stopServer();
    damageStopped(file);
    await h.restart();

    await setup.reload();
    await setup.getByTestId('database-problem').waitFor({ timeout: 15_000 });
    await setup.getByRole('heading', { name: 'Các bản sao lưu' }).waitFor();
    await setup.getByRole('button', { name: 'Khôi phục' }).first().waitFor();
    // Not the disk's error text under the line: the same advice, or the tab itself.
    expect(await setup.getByText(/SQLITE_CORRUPT/).count()).toBe(0);

    // A counter cannot restore: it names the manager, not only "Thử lại".
    await counter.reload();
    await counter.getByText(/Hãy báo người quản lý trung tâm/).waitFor({ timeout: 15_000 });
    await counter.getByRole('button', { name: 'Thử lại' }).waitFor();
  });
});
