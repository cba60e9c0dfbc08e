/** The weekly volunteer report as one printable A4 page (PDF), laid out for the weekly meeting. */
import { helpKindLabel } from '../../../shared/report-labels';
import { weekdayOf } from '../../../shared/report-range';
import type { WeeklyReport } from '../../../shared/reports';
import { formatDateTime, formatServiceDay } from '../../../shared/time';
import { contentWidth, heading, line, MUTED, newA4, table, toBytes, INK } from './pdf-kit';
import { weeklyText, type WeeklyWord } from './weekly-text';

const number = (n: number, language: 'vi' | 'en') =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(n);

export async function weeklyPdf(report: WeeklyReport, language: 'vi' | 'en'): Promise<Uint8Array> {
  const say = weeklyText(language);
  const pick = (text: { vi: string; en: string }) => (language === 'en' ? text.en : text.vi);
  const n = (value: number) => number(value, language);
  const doc = newA4(`${say('title')} ${formatServiceDay(report.weekStart)}–${formatServiceDay(report.weekEnd)}`);
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
  doc.y = Math.max(leftBottom, doc.y) + 10;

  doc.font('bold').fontSize(15).text(say('title'), left, undefined, { width, align: 'center' });
  doc.font('bold').fontSize(11).text(say('subtitle'), { width, align: 'center' });
  doc
    .font('regular')
    .fontSize(10.5)
    .text(say('week', { from: formatServiceDay(report.weekStart), to: formatServiceDay(report.weekEnd) }), {
      width,
      align: 'center',
    });

  heading(doc, say('volunteersTitle'));
  doc.text(
    say('volunteersLine', {
      people: n(report.volunteers.length),
      shifts: n(report.shiftCount),
      hours: n(report.volunteerHours),
    }),
  );
  doc.moveDown(0.3);
  if (report.volunteers.length === 0) doc.fillColor(MUTED).text(say('noVolunteers')).fillColor(INK);
  else
    table(
      doc,
      [
        { header: say('name'), width: 0.3 },
        { header: say('shifts'), width: 0.56 },
        { header: say('hours'), width: 0.14, align: 'right' },
      ],
      report.volunteers.map((v) => [
        v.name,
        v.shifts.map((s) => `${say(`d${weekdayOf(s.day)}` as WeeklyWord)} ${say(s.shift)}`).join(', '),
        n(v.hours),
      ]),
    );

  heading(doc, say('resultsTitle'));
  line(doc, say('issued'), n(report.issued));
  line(doc, say('deskCitizens'), `${n(report.helpDesk.citizens)} (${n(report.helpDesk.visits)} ${say('deskVisits')})`);
  line(doc, `${say('elderly')} ${say('elderlyDetail')}`, n(report.elderlySupported));
  doc.moveDown(0.3);
  const totalAt = report.help.reduce((s, h) => s + h.atCenter, 0);
  const totalIn = report.help.reduce((s, h) => s + h.inField, 0);
  table(
    doc,
    [
      { header: say('kind'), width: 0.52 },
      { header: say('atCenter'), width: 0.16, align: 'right' },
      { header: say('inField'), width: 0.16, align: 'right' },
      { header: say('total'), width: 0.16, align: 'right' },
    ],
    [
      ...report.help.map((h) => [pick(helpKindLabel(h.code)), n(h.atCenter), n(h.inField), n(h.atCenter + h.inField)]),
      [say('total'), n(totalAt), n(totalIn), n(totalAt + totalIn)],
    ],
  );

  heading(doc, say('fieldTitle'));
  if (report.fieldVisits.length === 0) doc.fillColor(MUTED).text(say('noField')).fillColor(INK);
  else
    table(
      doc,
      [
        { header: say('day'), width: 0.13 },
        { header: say('place'), width: 0.3 },
        { header: say('hours'), width: 0.09, align: 'right' },
        { header: say('volunteers'), width: 0.3 },
        { header: say('helped'), width: 0.18, align: 'right' },
      ],
      report.fieldVisits.map((v) => [
        formatServiceDay(v.day),
        v.note ? `${v.place} — ${v.note}` : v.place,
        n(v.hours),
        v.volunteers.join(', '),
        `${n(v.helped)}${v.elderly ? ` (${say('elderlyShort', { count: n(v.elderly) })})` : ''}`,
      ]),
    );

  heading(doc, say('difficultiesTitle'));
  if (report.difficulties.length === 0) doc.fillColor(MUTED).text(say('noDifficulties')).fillColor(INK);
  for (const note of report.difficulties) {
    const where = [note.servicePoint, note.staff].filter(Boolean).join(', ');
    doc.text(`• ${formatDateTime(note.at)}${where ? ` (${where})` : ''}: ${note.text}`, left + 8, undefined, {
      width: width - 8,
    });
  }

  // Signature block and the software's note at the foot of the page.
  doc.moveDown(0.6);
  // Room for the title of the signature block; the signature itself goes in the margin below if it must.
  if (doc.y + 40 > doc.page.height - doc.page.margins.bottom) doc.addPage();
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
      {
        width,
        align: 'left',
        lineBreak: false,
      },
    );
  return toBytes(doc);
}
