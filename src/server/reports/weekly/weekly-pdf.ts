/**
 * The weekly volunteer report as one printable A4 page (PDF), laid out for the weekly meeting: the letterhead,
 * then the sections of WEEKLY_SECTIONS (weekly-pdf-sections.ts), then the signature block.
 */
import type { WeeklyReport } from '../../../shared/contract/weekly-report';
import { weekName } from '../../../shared/report-range';
import { formatDateTime } from '../../../shared/time';
import { contentWidth, INK, MUTED, newA4, toBytes } from './pdf-kit';
import { weeklySections } from './weekly-pdf-sections';
import { weeklyText } from '../../../shared/weekly-words';

export async function weeklyPdf(report: WeeklyReport, language: 'vi' | 'en'): Promise<Uint8Array> {
  const say = weeklyText(language);
  const pick = (text: { vi: string; en: string }) => (language === 'en' ? text.en : text.vi);
  const week = pick(weekName(report.week.start));
  const doc = newA4(`${say('title')} — ${week}`);
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const leftWidth = width * 0.58;
  const rightWidth = width - leftWidth - 10;

  // Letterhead: the branch and the center on the left, the Union and the date on the right.
  const top = doc.y;
  doc
    .font('bold')
    .fontSize(10)
    .text((report.youthUnionBranch || pick(report.centerName)).toUpperCase(), left, top, {
      width: leftWidth,
      align: 'center',
    });
  if (report.youthUnionBranch)
    doc
      .font('regular')
      .fontSize(9.5)
      .text(pick(report.centerName), left, undefined, { width: leftWidth, align: 'center' });
  const leftBottom = doc.y;
  const right = left + leftWidth + 10;
  doc.font('bold').fontSize(10).text(say('union'), right, top, { width: rightWidth, align: 'center', underline: true });
  const [y, m, d] = new Date(report.generatedAt)
    .toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })
    .split('-');
  doc
    .font('regular')
    .fontSize(9.5)
    .fillColor(MUTED)
    .text(say('dated', { d: d!, m: m!, y: y! }), right, undefined, { width: rightWidth, align: 'center' });
  doc.fillColor(INK);
  doc.y = Math.max(leftBottom, doc.y) + 6;

  doc
    .font('bold')
    .fontSize(14)
    .text(`${say('title')} — ${week.toUpperCase()}`, left, undefined, { width, align: 'center' });
  doc.font('bold').fontSize(10).text(say('subtitle'), { width, align: 'center' });

  weeklySections(doc, report, language);

  // Signature block and the software's note at the foot of the page.
  doc.moveDown(0.4);
  // Room for the title of the signature block; the signature itself goes in the margin below if it must.
  if (doc.y + 30 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const signY = doc.y;
  doc
    .font('bold')
    .fontSize(10)
    .text(say('signer'), left + width / 2, signY, { width: width / 2, align: 'center' });
  doc
    .font('regular')
    .fontSize(9)
    .fillColor(MUTED)
    .text(say('signHint'), { width: width / 2, align: 'center' });
  doc
    .fontSize(8)
    .text(
      say('madeBy', { time: formatDateTime(report.generatedAt) }),
      left,
      doc.page.height - doc.page.margins.bottom - 12,
      { width, align: 'left', lineBreak: false },
    );
  return toBytes(doc);
}
