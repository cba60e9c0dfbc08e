/**
 * The return visit's slip (issue 22): the code to check in with, the day and time, the service and procedure, the
 * papers still missing with a box to tick, and a QR code carrying the code (the kiosk and the greeter read it).
 * Printed on the ticket printer, like the missing-papers checklist.
 */
import QRCode from 'qrcode';
import type { Appointment } from '../../shared/appointments';
import type { PrinterProfile } from '../../shared/domain';
import { formatDateTime, formatServiceDay } from '../../shared/time';
import type { MonoImage } from '../printing/mono-image';
import type { Block } from '../printing/ticket-layout';
import { registerTicketFonts } from '../printing/ticket-fonts';
import { Layout } from '../printing/ticket-layout';
import { boxedLine } from '../procedures/printed-checklist';

export interface AppointmentSlipFacts {
  centerName: string;
  serviceName: string;
  procedureName: string | null;
  appointment: Appointment;
  at: number;
}

const WEEKDAY_VI = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

function qrBlock(layout: Layout, text: string): Block {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const scale = Math.max(3, Math.floor(layout.dots(22) / modules));
  const side = modules * scale;
  return {
    height: side + layout.dots(2),
    draw(ctx, top) {
      const left = Math.floor((layout.width - side) / 2);
      ctx.fillStyle = '#000';
      for (let row = 0; row < modules; row++)
        for (let col = 0; col < modules; col++)
          if (qr.modules.get(row, col)) ctx.fillRect(left + col * scale, top + row * scale, scale, scale);
    },
  };
}

export function renderAppointmentSlip(facts: AppointmentSlipFacts, profile: PrinterProfile): MonoImage {
  registerTicketFonts();
  const layout = new Layout(profile);
  const { appointment } = facts;
  const weekday = WEEKDAY_VI[new Date(`${appointment.day}T12:00:00Z`).getUTCDay()];
  layout.space(1);
  layout.add(layout.text(facts.centerName, 3.2, 800));
  layout.rule();
  layout.add(layout.text('PHIẾU HẸN', 4.4, 800));
  layout.add(layout.text(`${weekday}, ${formatServiceDay(appointment.day)}`, 4, 800));
  layout.add(layout.text(`lúc ${appointment.time}`, 6, 800));
  layout.space(1);
  layout.add(layout.text(facts.serviceName, 3.6, 800));
  if (facts.procedureName) layout.add(layout.text(facts.procedureName, 3.2, 600));
  layout.rule();
  layout.add(layout.text('Mã hẹn', 3.2, 600));
  layout.add(layout.text(appointment.code.split('').join(' '), 7, 800));
  layout.add(qrBlock(layout, appointment.code));
  layout.add(
    layout.text('Khi đến, nhập mã ở máy tự lấy số hoặc đưa phiếu cho người đón tiếp: quý vị được gọi trước.', 3, 600),
  );
  if (appointment.missingPapers.length > 0) {
    layout.rule();
    layout.add(layout.text('Giấy tờ cần mang thêm:', 3.2, 800, { align: 'left' }));
    for (const paper of appointment.missingPapers) layout.add(boxedLine(layout, paper, 3, 600));
  }
  layout.rule();
  layout.add(layout.text(`In lúc ${formatDateTime(facts.at).replace(' ', '\u00a0')}`, 2.8, 600));
  layout.space(2);
  return layout.render();
}
