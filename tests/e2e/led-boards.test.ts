/**
 * The LED board in setup and at the counter (issue 23), in Chromium against a fake Modbus TCP gateway: the manager
 * sets a counter's board and presses "Thử bảng" (the board lights 8888); a counter whose board stays silent says
 * "Bảng LED quầy 1 không trả lời" with what to do, and still calls.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServicePoint } from '../../src/shared/domain';
import { startTcpGateway, type FakeLine } from '../boards/fake-board';
import { ADMIN, screensHarness, type ScreensHarness, holdFirstAnswer, staysForASecond } from '../helpers/screens';

let h: ScreensHarness;
let gateway: FakeLine;
beforeEach(async () => {
  h = await screensHarness({ boardTimings: { answerMs: 200, retryMs: 500 } });
  gateway = await startTcpGateway([4]);
});
afterEach(async () => {
  await h.close();
  await gateway.close();
});

const quay1 = async () =>
  (await h.api<ServicePoint[]>('GET', '/api/service-points')).find((p) => p.nameVi === 'Quầy 1')!;

/** Quầy 1 with board 4 on the gateway, silent; its counter screen open and showing the fault. */
async function counterWithSilentBoard() {
  gateway.boards.get(4)!.silent = true;
  const q1 = await quay1();
  await h.api('PUT', `/api/service-points/${q1.id}/board`, {
    connection: { type: 'tcp', host: '127.0.0.1', port: gateway.port },
    unitId: 4,
  });
  const counter = await h.open(await h.device('counter', q1.id), `/counter/${q1.id}`);
  const fault = counter.getByTestId('board-fault');
  await fault.waitFor();
  return { q1, counter, fault };
}

describe("a counter's LED board", () => {
  it('is set in the counter form, and "Thử bảng" lights every segment on the board', async () => {
    const page = await h.open(ADMIN, '/admin/points');
    await page.locator('.admin-list li', { hasText: 'Quầy 1' }).getByRole('button', { name: 'Sửa' }).click();
    await page.getByRole('heading', { name: 'Bảng LED trên quầy' }).waitFor();
    await page.getByLabel('Quầy này có bảng LED').check();
    await page.getByRole('radio', { name: /Bộ chuyển Modbus TCP/ }).check();
    await page.getByLabel('Địa chỉ IP của bộ chuyển').fill('127.0.0.1');
    await page.getByLabel('Cổng', { exact: true }).fill(String(gateway.port));
    // A unit id out of range is named at its field, in Vietnamese.
    await page.getByLabel('Số đơn vị (unit id)').fill('300');
    await page.getByRole('button', { name: 'Lưu bảng LED' }).click();
    await page.getByText('Số đơn vị (unit id) của bảng là số từ 1 đến 247', { exact: false }).first().waitFor();
    await page.getByLabel('Số đơn vị (unit id)').fill('4');
    await page.getByRole('button', { name: 'Lưu bảng LED' }).click();
    await page.getByText('Đã lưu bảng LED.', { exact: false }).waitFor();
    const board = gateway.boards.get(4)!;
    await expect.poll(() => board.showing).toBe('    ');

    await page.getByRole('button', { name: 'Thử bảng' }).click();
    await page.getByText('Bảng đang sáng 8888 trong 3 giây', { exact: false }).waitFor();
    expect(board.shown).toContain('8888');
  });

  it('that does not answer is named at the counter, which still calls', async () => {
    const { q1, counter, fault } = await counterWithSilentBoard();
    expect(await fault.textContent()).toMatch(
      /^Bảng LED quầy 1 không trả lời — bảng số 4 trên 127\.0\.0\.1:\d+ im lặng/,
    );
    await h.api('POST', '/api/tickets', { serviceId: q1.serviceIds[0] });
    await counter.getByRole('button', { name: /Gọi tiếp/ }).click();
    await counter.getByTestId('current-number').filter({ hasText: /\d{3}/ }).waitFor();
    // Back on the line: the notice goes by itself.
    gateway.boards.get(4)!.silent = false;
    await fault.waitFor({ state: 'detached', timeout: 5000 });
  });

  it('back on the line while the counter was asking about it, is not shown as silent by the late answer', async () => {
    const { counter, fault } = await counterWithSilentBoard();

    // Reloaded, the counter asks how its board is; the host reads "silent", and the answer is held, as a busy
    // host's would be, while the board comes back and its event reaches the counter.
    const frames: string[] = [];
    counter.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
    const held = await holdFirstAnswer(counter, '**/api/service-points/*/board/status');
    await counter.reload();
    await held.asked;
    await counter.getByRole('button', { name: /Gọi tiếp/ }).waitFor();
    gateway.boards.get(4)!.silent = false;
    await expect.poll(() => frames.some((frame) => frame.includes('"kind":"board"'))).toBe(true);
    // The page has handled that message once a script run after it returns.
    await counter.evaluate('new Promise((resolve) => setTimeout(resolve, 0))');

    held.release();
    await held.handedOver;
    // The late answer is read within milliseconds; for a second after it no fault is shown.
    await staysForASecond(counter, () => fault.count(), 0);
  });
});
