/**
 * The procedure catalogue in setup (issue 15), in real Chromium: a province's CSV with Vietnamese text imported
 * through the file button (checked, then applied), an edit in the form, and a greeter already open finding the
 * new procedure by what citizens call it, without diacritics.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/shared/procedures';
import { ADMIN, screensHarness, type ScreensHarness, holdFirstAnswer } from '../helpers/screens';

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

const PROVINCE_CSV = [
  'Mã TTHC;Tên thủ tục hành chính;Lĩnh vực;Thành phần hồ sơ;Lệ phí;Cách gọi khác',
  '1.001193;Đăng ký khai sinh;Hộ tịch;"Tờ khai đăng ký khai sinh\nGiấy chứng sinh";Miễn lệ phí;',
  '2.001009;Đăng ký khai sinh lưu động;Hộ tịch;"Tờ khai đăng ký khai sinh\nGiấy chứng sinh\nVăn bản đề nghị của trưởng thôn";Miễn lệ phí;"khai sinh tại nhà; cán bộ xuống tận nhà khai sinh"',
].join('\r\n');

describe('the procedure catalogue in setup', () => {
  it('imports a province CSV through the file button, and an open greeter finds the new procedure', async () => {
    const greeter = await h.open(await h.device('greeter'), '/greeter');
    await greeter.getByText('Hộ tịch – Chứng thực').first().waitFor();
    const admin = await h.open(ADMIN, '/admin/procedures', { width: 1920, height: 1080 });
    await admin.getByText('63 thủ tục còn là bản tham khảo', { exact: false }).waitFor();
    await admin.getByText('Nhập, xuất danh mục · In thủ tục trên phiếu').click();
    await admin.locator('input[type=file]').setInputFiles({
      name: 'danh-muc-thanh-hoa.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PROVINCE_CSV, 'utf8')]),
    });
    await admin.getByText('danh-muc-thanh-hoa.csv').waitFor();
    await admin.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await admin.getByText('Trong tệp: 1 thủ tục mới, 1 thủ tục thay đổi, 0 giữ nguyên, 0 sẽ ngừng dùng.').waitFor();
    await admin.getByRole('button', { name: 'Nhập vào danh mục' }).click();
    await admin.getByText('Đã nhập: thêm 1, cập nhật 1, ngừng dùng 0.', { exact: false }).waitFor();
    await admin.getByText('62 thủ tục còn là bản tham khảo', { exact: false }).waitFor();

    const procedures = await h.api<Procedure[]>('GET', '/api/procedures');
    expect(procedures.find((p) => p.nameVi === 'Đăng ký khai sinh')).toMatchObject({
      code: '1.001193',
      documents: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'],
      checked: true,
    });

    // The greeter was open all along: the setup event brought the new catalogue.
    await greeter.keyboard.press('/');
    await greeter.keyboard.type('can bo xuong tan nha');
    await greeter.locator('.procedure-result').first().filter({ hasText: 'Đăng ký khai sinh lưu động' }).waitFor();
  });

  it('edits a procedure in the form, and the greeter reads the new papers', async () => {
    const admin = await h.open(ADMIN, '/admin/procedures', { width: 1920, height: 1080 });
    await admin.getByRole('button', { name: 'Sửa: Chứng thực bản sao từ bản chính' }).click();
    const papers = admin.getByLabel('Giấy tờ cần mang');
    await papers.fill(`${await papers.inputValue()}\nBản chụp đủ số trang cần chứng thực`);
    await admin.getByLabel('Đã đối chiếu với danh mục của tỉnh').check();
    await admin.getByRole('button', { name: 'Lưu' }).click();
    await admin.getByText('Đã lưu “Chứng thực bản sao từ bản chính”', { exact: false }).waitFor();

    const greeter = await h.open(await h.device('greeter'), '/greeter');
    await greeter.getByText('Hộ tịch – Chứng thực').first().waitFor();
    await greeter.keyboard.press('/');
    await greeter.keyboard.type('sao y');
    await greeter.locator('.procedure-result').first().waitFor();
    await greeter.keyboard.press('Enter');
    await greeter.locator('.guide').getByText('Bản chụp đủ số trang cần chứng thực').waitFor();
    expect(await greeter.locator('.guide .tag--reference').count()).toBe(0);
  });

  it('an edit saved while an open greeter is still reading the last one reaches it', async () => {
    const greeter = await h.open(await h.device('greeter'), '/greeter');
    const frames: string[] = [];
    greeter.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
    await greeter.reload();
    const found = async (words: string) => {
      await greeter.getByRole('combobox').fill(words);
      await greeter.locator('.procedure-result', { hasText: 'Chứng thực bản sao từ bản chính' }).first().waitFor();
    };
    await found('sao y');
    const copy = (await h.api<Procedure[]>('GET', '/api/procedures')).find(
      (p) => p.nameVi === 'Chứng thực bản sao từ bản chính',
    )!;

    // The first edit's catalogue is read at once and held, as a busy host's answer would be …
    const held = await holdFirstAnswer(greeter, '**/api/procedures');
    await h.api('PATCH', `/api/procedures/${copy.id}`, { aliases: [...copy.aliases, 'quokka'] });
    await held.asked;
    // … while a second edit is saved and its event reaches the greeter: the greeter must read the catalogue again.
    const heard = () => frames.filter((frame) => frame.includes('"what":"procedures"')).length;
    await h.api('PATCH', `/api/procedures/${copy.id}`, { aliases: [...copy.aliases, 'quokka', 'zebrafish'] });
    await expect.poll(heard).toBe(2);
    held.release();
    await found('zebrafish');
  });
});
