/**
 * Draws a ticket as a 1-bit picture at the printer's own width and resolution. Sizes are in millimetres and
 * turned into dots per profile, so a 58 mm and an 80 mm ticket read alike in the hand; long Vietnamese names
 * wrap between words instead of being cut.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import type { PrinterProfile } from '../../shared/domain';
import type { MonoImage } from './mono-image';
import { canvasModule } from './native-modules';
import { citizenBlocks } from './ticket-citizen-blocks';
import { registerTicketFonts, TICKET_FONT_FAMILY } from './ticket-fonts';
import type { TicketFacts } from './ticket-facts';
import { Layout, type Block } from './ticket-layout';
import { procedureBlocks } from '../procedures/printed-checklist';

export interface TicketLook {
  profile: PrinterProfile;
  qr: boolean;
}

/** "Trước bạn: 4 người", "Chờ khoảng 12 phút": what a citizen reads while waiting, large (capitals ~4 mm). */
const AHEAD_MM = 5.5;

/** Size of the time of issue beside the QR code. */
const INFO_MM = 3;

/** The queue number as large as the paper allows, up to 22 mm tall. */
function numberBlock(layout: Layout, code: string): Block {
  const maxPx = layout.dots(30);
  const probe = canvasModule().createCanvas(8, 8).getContext('2d');
  let px = maxPx;
  for (; px > 20; px -= 2) {
    probe.font = `800 ${px}px "${TICKET_FONT_FAMILY}"`;
    const m = probe.measureText(code);
    if (m.width <= layout.inner && m.actualBoundingBoxAscent <= layout.dots(22)) break;
  }
  const font = `800 ${px}px "${TICKET_FONT_FAMILY}"`;
  probe.font = font;
  const ascent = Math.ceil(probe.measureText(code).actualBoundingBoxAscent);
  return {
    height: ascent + layout.dots(1),
    draw(ctx, top) {
      ctx.font = font;
      ctx.textAlign = 'center';
      ctx.fillStyle = '#000';
      ctx.fillText(code, layout.width / 2, top + ascent);
    },
  };
}

/** White on black across the paper: a priority ticket is told apart at a glance by the counter. */
function priorityBlock(layout: Layout, label: string): Block {
  const text = layout.text(`ƯU TIÊN: ${label}`.toLocaleUpperCase('vi'), 3.6, 800);
  const pad = layout.dots(1.2);
  return {
    height: text.height + 2 * pad,
    draw(ctx, top) {
      ctx.fillStyle = '#000';
      ctx.fillRect(layout.margin, top, layout.inner, text.height + 2 * pad);
      text.draw(ctx, top + pad, '#fff');
    },
  };
}

/**
 * The QR code with the time of issue beside it; on narrow paper, where those lines would wrap beside the code,
 * the lines come first and the code below them.
 */
function qrAndInfo(layout: Layout, facts: TicketFacts, lines: string[]): Block[] {
  const qr = QRCode.create(facts.reference, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const scale = Math.max(2, Math.floor(layout.dots(17) / modules));
  const side = modules * scale;
  const drawCode = (ctx: SKRSContext2D, left: number, top: number) => {
    ctx.fillStyle = '#000';
    // One rectangle per run of dark modules in a row: a third of the calls of one per module, the same dots.
    for (let row = 0; row < modules; row++)
      for (let col = 0; col < modules; col++) {
        if (!qr.modules.get(row, col)) continue;
        const start = col;
        while (col + 1 < modules && qr.modules.get(row, col + 1)) col++;
        ctx.fillRect(left + start * scale, top + row * scale, (col - start + 1) * scale, scale);
      }
  };
  const textX = layout.margin + side + layout.dots(3);
  const textWidth = layout.width - layout.margin - textX;
  if (!lines.every((line) => layout.fits(line, layout.font(INFO_MM, 600), textWidth))) {
    const texts = lines.map((line) => layout.text(line, INFO_MM, 600));
    const gap = layout.dots(1.5);
    const code: Block = {
      height: side + gap,
      draw: (ctx, top) => drawCode(ctx, Math.floor((layout.width - side) / 2), top + gap),
    };
    return [...texts, code];
  }
  const texts = lines.map((line) => layout.text(line, INFO_MM, 600, { align: 'left', x: textX, width: textWidth }));
  const textHeight = texts.reduce((sum, t) => sum + t.height, 0);
  return [
    {
      height: Math.max(side, textHeight),
      draw(ctx, top) {
        drawCode(ctx, layout.margin, top);
        let y = top + Math.max(0, Math.floor((side - textHeight) / 2));
        for (const t of texts) {
          t.draw(ctx, y);
          y += t.height;
        }
      },
    },
  ];
}

/** People ahead and the wait: the engine's own order (ticket-facts.ts), in words a citizen reads at a glance. */
function waitLines(facts: TicketFacts): string[] {
  // No-break spaces keep a number with its unit on one line.
  const lines = [facts.ahead === 0 ? 'Không có ai chờ trước bạn' : `Trước bạn: ${facts.ahead}\u00a0người`];
  if (facts.waitMinutes !== null && facts.ahead > 0)
    lines.push(facts.waitMinutes < 1 ? 'Chờ dưới 1\u00a0phút' : `Chờ khoảng ${facts.waitMinutes}\u00a0phút`);
  return lines;
}

/** The time of issue (the date stays with its time), and a reprint says it is one. */
function timeLines(facts: TicketFacts): string[] {
  const lines = [`Lấy số lúc ${facts.issuedAt.replace(' ', '\u00a0')}`];
  if (facts.reprint) lines.push('(Phiếu in lại)');
  return lines;
}

export function renderTicket(facts: TicketFacts, look: TicketLook): MonoImage {
  registerTicketFonts();
  const layout = new Layout(look.profile);
  layout.space(1);
  layout.add(layout.text(facts.centerName, 3.2, 800));
  layout.rule();
  layout.add(layout.text('Số thứ tự', 3.4, 600));
  layout.add(numberBlock(layout, facts.displayCode));
  if (facts.priority) {
    layout.space(1);
    layout.add(priorityBlock(layout, facts.priority));
  }
  if (facts.appointment) {
    layout.space(1);
    layout.add(priorityBlock(layout, facts.appointment));
  }
  layout.space(1.5);
  layout.add(layout.text(facts.serviceName, 4, 800));
  if (facts.procedure) for (const block of procedureBlocks(layout, facts.procedure)) layout.add(block);
  layout.rule();
  if (facts.zoneName) layout.add(layout.text(`Mời đến: ${facts.zoneName}`, 3.2, 600));
  if (facts.directions) layout.add(layout.text(facts.directions, 3.2, 600));
  if (facts.servicePoints) layout.add(layout.text(facts.servicePoints, 3.8, 800));
  layout.rule();
  for (const line of waitLines(facts)) layout.add(layout.text(line, AHEAD_MM, 800));
  layout.space(1.5);
  const info = timeLines(facts);
  if (look.qr) for (const block of qrAndInfo(layout, facts, info)) layout.add(block);
  else for (const line of info) layout.add(layout.text(line, INFO_MM, 600));
  for (const block of citizenBlocks(layout, facts, look.qr)) layout.add(block);
  if (facts.footer) {
    layout.space(2);
    layout.add(layout.text(facts.footer, 3, 600));
  }
  layout.space(2);
  return layout.render();
}
