/**
 * The slip a citizen takes home when papers are missing: the procedure, where to bring it, every paper with a
 * box to tick, the missing ones marked, and the fee, time limit and online filing. Printed on the ticket printer.
 */
import type { PrinterProfile, Service, Zone } from '../../shared/domain';
import type { Procedure } from '../../shared/procedures';
import { formatDateTime } from '../../shared/time';
import type { MonoImage } from '../printing/mono-image';
import { registerTicketFonts } from '../printing/ticket-fonts';
import { Layout } from '../printing/ticket-layout';
import { boxedLine } from './printed-checklist';

export interface SlipFacts {
  centerName: string;
  procedure: Procedure;
  service: Service;
  zone: Zone | null;
  /** e.g. "Quầy số 1, 2, 5". */
  servicePoints: string | null;
  /** The papers the citizen lacks (marked on the slip); empty = not said, the whole list is printed unmarked. */
  missing: string[];
  at: number;
}

export function renderChecklistSlip(facts: SlipFacts, profile: PrinterProfile): MonoImage {
  registerTicketFonts();
  const layout = new Layout(profile);
  const { procedure } = facts;
  const missing = new Set(facts.missing);
  layout.space(1);
  layout.add(layout.text(facts.centerName, 3.2, 800));
  layout.rule();
  layout.add(layout.text('GIẤY TỜ CẦN CHUẨN BỊ', 4, 800));
  layout.space(1);
  layout.add(layout.text(procedure.nameVi, 3.8, 800));
  layout.rule();
  layout.add(layout.text('Đánh dấu từng giấy khi đã có:', 3, 600, { align: 'left' }));
  for (const document of procedure.documents) {
    const lacking = missing.has(document);
    layout.add(boxedLine(layout, lacking ? `${document} — CÒN THIẾU` : document, 3, lacking ? 800 : 600));
  }
  layout.rule();
  const where = [facts.zone?.nameVi, facts.zone?.directionsVi, facts.servicePoints].filter(Boolean).join(' · ');
  layout.add(layout.text(`Khi đủ giấy tờ, mời đến: ${facts.service.nameVi}${where ? ` — ${where}` : ''}`, 3, 600));
  if (procedure.fee) layout.add(layout.text(`Lệ phí: ${procedure.fee}`, 3, 600, { align: 'left' }));
  if (procedure.timeLimit) layout.add(layout.text(`Thời hạn: ${procedure.timeLimit}`, 3, 600, { align: 'left' }));
  if (procedure.resultAt) layout.add(layout.text(`Nhận kết quả: ${procedure.resultAt}`, 3, 600, { align: 'left' }));
  if (procedure.onlineFiling)
    layout.add(
      layout.text('Có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID.', 3, 800, {
        align: 'left',
      }),
    );
  layout.rule();
  if (!procedure.checked) layout.add(layout.text('Danh mục tham khảo — đối chiếu với danh mục của tỉnh.', 2.6, 600));
  layout.add(layout.text(`In lúc ${formatDateTime(facts.at).replace(' ', '\u00a0')}`, 2.8, 600));
  layout.space(2);
  return layout.render();
}
