/**
 * What a ticket adds for the citizen's phone (src/server/citizen/ticket-links.ts): under the QR code, the status
 * page's short address to type when the phone cannot scan; and, when setup asks, the center's Wi-Fi name beside
 * a QR code that joins it. Kept apart from the ticket's own layout so either can change alone.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import type { TicketFacts } from './ticket-facts';
import type { Block, Layout } from './ticket-layout';

const LINE_MM = 3;

function qrDrawing(text: string, layout: Layout, sideMm: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const scale = Math.max(2, Math.floor(layout.dots(sideMm) / modules));
  return {
    side: modules * scale,
    draw(ctx: SKRSContext2D, left: number, top: number) {
      ctx.fillStyle = '#000';
      for (let row = 0; row < modules; row++)
        for (let col = 0; col < modules; col++)
          if (qr.modules.get(row, col)) ctx.fillRect(left + col * scale, top + row * scale, scale, scale);
    },
  };
}

/** The Wi-Fi's name and how to join, beside its QR code. */
function wifiBlock(layout: Layout, wifi: NonNullable<TicketFacts['wifi']>): Block {
  const code = qrDrawing(wifi.qr, layout, 14);
  const textX = layout.margin + code.side + layout.dots(3);
  const width = layout.width - layout.margin - textX;
  const texts = [
    layout.text('Wi-Fi miễn phí', LINE_MM, 600, { align: 'left', x: textX, width }),
    layout.text(wifi.name, 3.4, 800, { align: 'left', x: textX, width }),
    layout.text('Quét mã để kết nối', LINE_MM, 600, { align: 'left', x: textX, width }),
  ];
  const textHeight = texts.reduce((sum, t) => sum + t.height, 0);
  return {
    height: Math.max(code.side, textHeight),
    draw(ctx, top) {
      code.draw(ctx, layout.margin, top);
      let y = top + Math.max(0, Math.floor((code.side - textHeight) / 2));
      for (const t of texts) {
        t.draw(ctx, y);
        y += t.height;
      }
    },
  };
}

/** Blocks to add right after the QR code (or where it would be when `qr` is off). */
export function citizenBlocks(layout: Layout, facts: TicketFacts, qr: boolean): Block[] {
  const blocks: Block[] = [];
  if (qr && facts.referenceLine) {
    blocks.push(layout.text('Theo dõi lượt trên điện thoại:', LINE_MM, 600));
    blocks.push(layout.text(facts.referenceLine, LINE_MM, 800));
  }
  if (facts.wifi) {
    const gap = layout.dots(1.5);
    blocks.push({ height: gap, draw: () => undefined }, wifiBlock(layout, facts.wifi));
  }
  return blocks;
}
