/**
 * The printer's bytes, exactly: SHA-256 of each job (and of the setup preview's PNG) for a set of tickets and
 * slips, recorded once and compared on every run. The golden images (ticket-job.test.ts) allow a few dots to move
 * between canvas builds; these do not, so a speed-up of the drawing (issue 25: caches, reused buffers, packing
 * straight from the canvas) is checked to change nothing at all. Rendered in one process one after another, as a
 * host prints them all day: a kept measurement of one ticket must not leak into the next (another center name,
 * another number's length, another paper width).
 *
 * The hashes belong to the bundled fonts and the canvas build they were recorded with: when @napi-rs/canvas is
 * upgraded (or a change is meant to move dots), check the golden images and the OCR tests first, then record
 * again with `UPDATE_GOLDEN=1 npx vitest run tests/printing/ticket-bytes.test.ts`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../src/shared/appointments';
import type { PrinterProfileId, PrinterSettings, Service } from '../../src/shared/domain';
import type { Procedure } from '../../src/shared/procedures';
import { renderAppointmentSlip } from '../../src/server/appointments/appointment-slip';
import { imageJob } from '../../src/server/printing/escpos-job';
import { monoToPng } from '../../src/server/printing/mono-image';
import { profileOf } from '../../src/server/printing/printer-profiles';
import type { TicketFacts } from '../../src/server/printing/ticket-facts';
import { ticketJobBytes } from '../../src/server/printing/ticket-job';
import { renderTicket } from '../../src/server/printing/ticket-renderer';
import { renderChecklistSlip } from '../../src/server/procedures/checklist-slip';
import { LONG_TICKET } from './ticket-images';

const RECORDED = join(import.meta.dirname, 'golden', 'ticket-bytes.json');
const CANVAS_VERSION = (createRequire(import.meta.url)('@napi-rs/canvas/package.json') as { version: string }).version;

const SHORT_TICKET: TicketFacts = {
  centerName: 'UBND xã Tân Phú',
  displayCode: 'A1',
  serviceName: 'Hộ tịch',
  priority: null,
  zoneName: null,
  directions: null,
  servicePoints: 'Quầy số 1',
  issuedAt: '08/12/2026 07:01',
  ahead: 0,
  waitMinutes: null,
  reference: 'http://192.168.1.20:8080/s/Xy7',
  footer: '',
};

const EVERYTHING_TICKET: TicketFacts = {
  ...LONG_TICKET,
  displayCode: 'VN1024',
  priority: 'Người có công với cách mạng',
  appointment: 'Có hẹn 09:30',
  waitMinutes: 0,
  ahead: 2,
  reference: 'http://192.168.1.20:8080/s/Ab3dE',
  referenceLine: '192.168.1.20:8080/s/Ab3dE',
  wifi: { name: 'TTPVHCC-Khach', qr: 'WIFI:T:WPA;S:TTPVHCC-Khach;P:12345678;;' },
  reprint: true,
  procedure: {
    name: 'Đăng ký khai sinh',
    documents: ['Tờ khai đăng ký khai sinh theo mẫu', 'Giấy chứng sinh', 'Căn cước của cha hoặc mẹ'],
  },
};

/** The same ticket after the center renamed itself and its zone in setup: nothing of the old name may remain. */
const RENAMED_TICKET: TicketFacts = {
  ...LONG_TICKET,
  centerName: 'Trung tâm Phục vụ hành chính công xã Nguyễn Trãi',
  zoneName: 'Khu tiếp nhận hồ sơ',
  directions: 'Tầng 1, cửa bên trái',
};

const settings = (profileId: PrinterProfileId, qr = true, mode: 'raster' | 'text' = 'raster'): PrinterSettings => ({
  profileId,
  connection: { kind: 'none' },
  mode,
  qr,
});

const PROCEDURE: Procedure = {
  id: 1,
  code: '1.001193',
  nameVi: 'Đăng ký kết hôn',
  nameEn: 'Marriage registration',
  aliases: [],
  serviceId: 1,
  documents: ['Tờ khai đăng ký kết hôn theo mẫu', 'Căn cước của hai bên nam, nữ', 'Giấy xác nhận tình trạng hôn nhân'],
  onlineFiling: true,
  fee: 'Miễn lệ phí',
  timeLimit: 'Ngay trong ngày',
  resultAt: 'Tại Trung tâm',
  checked: false,
  active: true,
};

const SERVICE = { id: 1, nameVi: 'Hộ tịch – Chứng thực' } as Service;

const APPOINTMENT = {
  id: 7,
  code: 'H7K2Q9',
  serviceId: 1,
  day: '2026-12-10',
  time: '09:30',
  procedureId: 1,
  missingPapers: ['Giấy xác nhận tình trạng hôn nhân'],
} as Appointment;

/** In this order, in one process: the long ticket first and again last, the renamed center after the first. */
const JOBS: [string, () => Uint8Array][] = [
  ['long, 80 mm raster, QR', () => ticketJobBytes(LONG_TICKET, settings('generic-80'))],
  ['long, 58 mm raster, QR', () => ticketJobBytes(LONG_TICKET, settings('generic-58'))],
  ['renamed center, 80 mm raster, QR', () => ticketJobBytes(RENAMED_TICKET, settings('generic-80'))],
  ['long, 80 mm raster, no QR', () => ticketJobBytes(LONG_TICKET, settings('generic-80', false))],
  ['long, 512 dots (TM-T82), QR', () => ticketJobBytes(LONG_TICKET, settings('epson-tm-t82'))],
  ['long, ESC * strips (legacy 80), QR', () => ticketJobBytes(LONG_TICKET, settings('legacy-80-column'))],
  ['short, 80 mm raster, QR', () => ticketJobBytes(SHORT_TICKET, settings('generic-80'))],
  ['short, 58 mm raster, no QR', () => ticketJobBytes(SHORT_TICKET, settings('generic-58', false))],
  ['everything, 80 mm raster, QR', () => ticketJobBytes(EVERYTHING_TICKET, settings('generic-80'))],
  ['everything, 58 mm raster, QR', () => ticketJobBytes(EVERYTHING_TICKET, settings('xprinter-xp58'))],
  ['short, text mode (TM-T88)', () => ticketJobBytes(SHORT_TICKET, settings('epson-tm-t88', true, 'text'))],
  [
    'checklist slip, 80 mm',
    () =>
      imageJob(
        renderChecklistSlip(
          {
            centerName: LONG_TICKET.centerName,
            procedure: PROCEDURE,
            service: SERVICE,
            zone: null,
            servicePoints: 'Quầy số 2',
            missing: [PROCEDURE.documents[2]!],
            at: Date.UTC(2026, 11, 8, 2, 30),
          },
          profileOf('generic-80'),
        ),
        profileOf('generic-80'),
      ),
  ],
  [
    'appointment slip, 58 mm',
    () =>
      imageJob(
        renderAppointmentSlip(
          {
            centerName: LONG_TICKET.centerName,
            serviceName: SERVICE.nameVi,
            procedureName: PROCEDURE.nameVi,
            appointment: APPOINTMENT,
            at: Date.UTC(2026, 11, 8, 2, 30),
          },
          profileOf('generic-58'),
        ),
        profileOf('generic-58'),
      ),
  ],
  [
    'preview PNG, long, 80 mm',
    () => monoToPng(renderTicket(LONG_TICKET, { profile: profileOf('generic-80'), qr: true })),
  ],
  ['long, 80 mm raster, QR, again', () => ticketJobBytes(LONG_TICKET, settings('generic-80'))],
  ['renamed center, 80 mm raster, QR, again', () => ticketJobBytes(RENAMED_TICKET, settings('generic-80'))],
];

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Recorded {
  canvas: string;
  hashes: Record<string, string>;
}

describe('the printed bytes', () => {
  const recorded = existsSync(RECORDED) ? (JSON.parse(readFileSync(RECORDED, 'utf8')) as Recorded) : null;
  const update = process.env.UPDATE_GOLDEN === '1';
  const otherCanvas = !update && recorded !== null && recorded.canvas !== CANVAS_VERSION;

  it.skipIf(otherCanvas)(
    `are the recorded ones for every ticket and slip, in any order (recorded with canvas ${recorded?.canvas ?? '—'}; skipped on another canvas build, whose anti-aliasing may move a dot — record again once the golden images pass)`,
    () => {
      const hashes = Object.fromEntries(JOBS.map(([name, job]) => [name, sha256(job())]));
      if (update) {
        writeFileSync(RECORDED, `${JSON.stringify({ canvas: CANVAS_VERSION, hashes }, null, 2)}\n`);
        return;
      }
      if (!recorded) throw new Error(`no ${RECORDED}: run UPDATE_GOLDEN=1 npx vitest run ${import.meta.filename}`);
      expect(hashes).toEqual(recorded.hashes);
      // The first and the last print of a ticket are one job; a renamed center is another.
      expect(hashes['long, 80 mm raster, QR, again']).toBe(hashes['long, 80 mm raster, QR']);
      expect(hashes['renamed center, 80 mm raster, QR']).not.toBe(hashes['long, 80 mm raster, QR']);
    },
  );
});
