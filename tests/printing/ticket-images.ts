/** Test helpers for ticket pictures: fixed facts, PNG in and out, comparing dots, reading the QR code. */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { readFileSync } from 'node:fs';
import { isBlack, monoFromContext, monoToRgba, type MonoImage } from '../../src/server/printing/mono-image';
import type { TicketFacts } from '../../src/server/printing/ticket-facts';

/** A priority ticket with the longest names a commune center has: the hardest case for wrapping and marks. */
export const LONG_TICKET: TicketFacts = {
  centerName: 'Trung tâm Phục vụ hành chính công phường Nguyễn Trãi',
  displayCode: 'B127',
  serviceName: 'Đất đai – Xây dựng: đăng ký biến động, cấp đổi giấy chứng nhận quyền sử dụng đất',
  priority: 'Người khuyết tật',
  zoneName: 'Khu tiếp nhận và trả kết quả hồ sơ',
  directions: 'Tầng 2, rẽ phải cuối hành lang',
  servicePoints: 'Quầy số 3, 4',
  issuedAt: '23/11/2026 08:05',
  ahead: 17,
  waitMinutes: 45,
  reference: 'LUOT/2026-11-23/B127/342',
  footer: 'Vui lòng giữ phiếu và chờ gọi số. Quá 3 lượt gọi, số sẽ bị huỷ.',
};

export const readPng = (path: string): Promise<MonoImage> => monoFromPng(readFileSync(path));

/** A PNG (a preview, a ticket picture) as the printer's dots: dark is printed. */
export async function monoFromPng(bytes: Buffer): Promise<MonoImage> {
  const image = await loadImage(bytes);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, image.width, image.height);
  ctx.drawImage(image, 0, 0);
  return monoFromContext(ctx, image.width, image.height);
}

/** Share of dots that differ; 1 when the sizes differ. */
export function dotDifference(a: MonoImage, b: MonoImage): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let different = 0;
  // Eight dots a byte; a row's padding bits are white in both.
  for (let i = 0; i < a.rowBytes * a.height; i++) {
    let x = a.bits[i]! ^ b.bits[i]!;
    for (; x; x &= x - 1) different++;
  }
  return different / (a.width * a.height);
}

/** The QR code's text, as a phone would read it off the paper. */
export function readQr(image: MonoImage): string | null {
  return jsQR(monoToRgba(image), image.width, image.height)?.data ?? null;
}

/** Black dots in columns [from, to) of the image. */
export function blackDotsInColumns(image: MonoImage, from: number, to: number): number {
  let count = 0;
  for (let y = 0; y < image.height; y++) for (let x = from; x < to; x++) if (isBlack(image, x, y)) count++;
  return count;
}
