/**
 * The little a one-page A4 report needs from pdfkit: the bundled Be Vietnam Pro (so every diacritic is right on
 * any PC and printer), headings, paragraphs and ruled tables that break to a new page when they must.
 */
import PDFDocument from 'pdfkit';
import { join } from 'node:path';
import { fontsDirectory } from '../../printing/ticket-fonts';

export const INK = '#17202b';
export const MUTED = '#56606e';
export const RULE = '#aeb7c3';

export interface PdfColumn {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export function newA4(title: string): PDFKit.PDFDocument {
  const fonts = fontsDirectory();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 32, bottom: 32, left: 46, right: 46 },
    font: join(fonts, 'BeVietnamPro-Regular.ttf'),
    info: { Title: title, Author: 'Lượt' },
    bufferPages: true,
  });
  doc.registerFont('regular', join(fonts, 'BeVietnamPro-Regular.ttf'));
  doc.registerFont('bold', join(fonts, 'BeVietnamPro-SemiBold.ttf'));
  doc.font('regular').fontSize(10.5).fillColor(INK);
  return doc;
}

export function toBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

export const contentWidth = (doc: PDFKit.PDFDocument) =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right;

export function heading(doc: PDFKit.PDFDocument, text: string): void {
  ensureRoom(doc, 36);
  doc.moveDown(0.3).font('bold').fontSize(10.5).fillColor(INK).text(text, doc.page.margins.left);
  doc.moveDown(0.1).font('regular').fontSize(9.5);
}

export function line(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('regular').fillColor(INK).text(`${label}: `, doc.page.margins.left, undefined, { continued: true });
  doc.font('bold').text(value);
  doc.font('regular');
}

function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A ruled table; the header row repeats on a new page. */
export function table(doc: PDFKit.PDFDocument, columns: PdfColumn[], rows: string[][], fontSize = 9, pad = 3): void {
  const left = doc.page.margins.left;
  const total = contentWidth(doc);
  const widths = columns.map((c) => c.width * total);
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(fontSize);
    const height =
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!bold)
        drawRow(
          columns.map((c) => c.header),
          true,
        );
    }
    const top = doc.y;
    if (bold) doc.rect(left, top, total, height).fill('#eef1f5').fillColor(INK);
    let x = left;
    cells.forEach((cell, i) => {
      doc.text(cell, x + pad, top + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? 'left' });
      x += widths[i]!;
    });
    doc
      .moveTo(left, top + height)
      .lineTo(left + total, top + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = left;
    doc.y = top + height;
  };
  drawRow(
    columns.map((c) => c.header),
    true,
  );
  for (const row of rows) drawRow(row, false);
  doc.font('regular').fontSize(9.5);
  doc.moveDown(0.2);
}
