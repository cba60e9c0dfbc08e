/**
 * The procedure on paper: the lines a ticket adds for its procedure (when setup asks for them) and the checklist
 * a citizen without all their papers takes home. Drawn with the ticket's own layout (server/printing), so both
 * wrap Vietnamese between words and read alike on 58 and 80 mm paper.
 */
import type { Block, Layout, Weight } from '../printing/ticket-layout';

/** What a ticket says about its procedure; `documents` empty when setup prints the name only. */
export interface ProcedureOnTicket {
  name: string;
  documents: string[];
}

/** A tick box drawn beside a wrapped line (a box glyph is not in every font, a rectangle always prints). */
export function boxedLine(layout: Layout, text: string, sizeMm: number, weight: Weight): Block {
  const box = layout.dots(sizeMm * 0.8);
  const gap = layout.dots(1.5);
  const x = layout.margin + box + gap;
  const body = layout.text(text, sizeMm, weight, { align: 'left', x, width: layout.width - layout.margin - x });
  const pad = layout.dots(0.8);
  return {
    height: body.height + pad,
    draw(ctx, top) {
      ctx.strokeStyle = '#000';
      ctx.lineWidth = 2;
      ctx.strokeRect(layout.margin + 1, top + Math.round(box * 0.25), box, box);
      body.draw(ctx, top);
    },
  };
}

/** The ticket's lines for its procedure, placed under the service name. */
export function procedureBlocks(layout: Layout, procedure: ProcedureOnTicket): Block[] {
  const blocks = [layout.text(`Thủ tục: ${procedure.name}`, 3.2, 600)];
  if (procedure.documents.length > 0) {
    blocks.push(layout.text('Giấy tờ cần có:', 3, 800, { align: 'left' }));
    for (const document of procedure.documents) blocks.push(boxedLine(layout, document, 2.8, 600));
  }
  return blocks;
}
