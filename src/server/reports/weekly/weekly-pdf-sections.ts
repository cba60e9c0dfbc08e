/**
 * The weekly report's sections on the A4 page, in WEEKLY_SECTIONS' order and wording: volunteers, citizens
 * supported (with the elderly rule under the table), field visits, who served, satisfaction, difficulties.
 * Tables are small (8.5 pt) so the week fits one page; help by kind is two kinds to a row.
 */
import { WEEKLY_SECTIONS, type WeeklyReport } from '../../../shared/contract/weekly-report';
import type { LocalizedText } from '../../../shared/errors';
import { formatDateTime, formatServiceDay } from '../../../shared/time';
import { contentWidth, heading, INK, line, MUTED, table } from './pdf-kit';
import {
  minutesOf,
  servedColumns,
  servedRows,
  type ServedColumn,
  type ServedRow,
} from '../../../shared/weekly-columns';
import { weeklyText, whoWent } from '../../../shared/weekly-words';

const SMALL = 8;
const PAD = 1.6;

export function weeklySections(doc: PDFKit.PDFDocument, report: WeeklyReport, language: 'vi' | 'en'): void {
  const say = weeklyText(language);
  const pick = (text: LocalizedText) => (language === 'en' ? text.en : text.vi);
  const format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 });
  const n = (value: number) => format.format(value);
  const percent = (share: number | null) => (share === null ? '–' : `${n(Math.round(share * 100))} %`);
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const muted = (text: string) =>
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(MUTED)
      .text(text, left, undefined, { width })
      .fillColor(INK)
      .fontSize(9.5);
  const { figures } = report;

  heading(doc, pick(WEEKLY_SECTIONS.volunteers));
  doc.text(
    say('volunteersLine', {
      people: n(figures.volunteers),
      shifts: n(figures.volunteerShifts),
      hours: n(figures.volunteerHours),
    }),
  );
  doc.moveDown(0.2);
  if (report.volunteers.length === 0) muted(say('noVolunteers'));
  else {
    // Two volunteers to a row: name, shifts at the center (and field hours), hours. The days are in the XLSX.
    const half = [
      { header: say('name'), width: 0.19 },
      { header: say('shiftsShort'), width: 0.22 },
      { header: say('hours'), width: 0.09, align: 'right' as const },
    ];
    const cells = (v: WeeklyReport['volunteers'][number] | undefined) =>
      v
        ? [
            v.name,
            [
              ...(v.shifts.length > 0 ? [say('shiftCount', { count: n(v.shifts.length) })] : []),
              ...(v.fieldHours > 0 ? [say('fieldHoursShort', { hours: n(v.fieldHours) })] : []),
            ].join(', '),
            n(v.hours),
          ]
        : ['', '', ''];
    table(doc, [...half, ...half], twoUp(report.volunteers, cells), SMALL, PAD);
  }

  heading(doc, pick(WEEKLY_SECTIONS.results));
  line(doc, say('issued'), n(figures.ticketsIssued));
  line(doc, say('deskCitizens'), `${n(figures.helpDeskCitizens)} (${n(figures.helpDeskVisits)} ${say('deskVisits')})`);
  line(doc, say('elderly'), n(figures.elderlyHelped));
  doc.moveDown(0.2);
  helpTable(doc, report, say, pick, n);
  const { elderly } = report;
  muted(
    say('elderlyRule', {
      cases: n(figures.elderlyHelped - elderly.onFieldVisits),
      field: n(elderly.onFieldVisits),
    }),
  );

  heading(doc, pick(WEEKLY_SECTIONS.field));
  if (report.fieldVisits.length === 0) muted(say('noField'));
  else
    table(
      doc,
      [
        { header: say('day'), width: 0.12 },
        { header: say('place'), width: 0.28 },
        { header: say('hours'), width: 0.07, align: 'right' },
        { header: say('volunteers'), width: 0.31 },
        { header: say('helped'), width: 0.22, align: 'right' },
      ],
      report.fieldVisits.map((v) => [
        formatServiceDay(v.day),
        v.note ? `${v.place} — ${v.note}` : v.place,
        n(v.hours),
        whoWent(v, language, n),
        `${n(v.helped)}${v.elderly ? ` (${say('elderlyShort', { count: n(v.elderly) })})` : ''}`,
      ]),
      SMALL,
      PAD,
    );

  heading(doc, pick(WEEKLY_SECTIONS.servedBy));
  if (report.servedBy.length === 0) muted(say('noServed'));
  else {
    const columns = servedColumns('pdf');
    const cell = (column: ServedColumn, row: ServedRow) => {
      const value = column.value(row, { language, count: n });
      if (value === null) return '–';
      if (typeof value === 'string') return value;
      if (column.kind === 'duration') return n(minutesOf(value));
      if (column.kind === 'percent') return percent(value);
      return n(value);
    };
    table(
      doc,
      columns.map((c) => ({ header: pick(c.header), width: c.pdfWidth, align: c.kind === 'text' ? 'left' : 'right' })),
      servedRows(report).map((row) => columns.map((c) => cell(c, row))),
      SMALL,
      PAD,
    );
    muted(say('servedNote'));
  }

  heading(doc, pick(WEEKLY_SECTIONS.satisfaction));
  const { satisfaction } = report;
  if (satisfaction.asked === 0) muted(say('noRatings'));
  else {
    doc.text(
      say('satisfactionLine', {
        rated: n(satisfaction.rated),
        asked: n(satisfaction.asked),
        share: percent(satisfaction.satisfiedShare),
        mean: satisfaction.meanScore === null ? '–' : n(satisfaction.meanScore),
      }),
      left,
      undefined,
      { width },
    );
    if (satisfaction.topReasons.length > 0)
      doc.text(
        say('reasonsLine', {
          reasons: satisfaction.topReasons.map((r) => `${pick(r.name)} (${n(r.count)})`).join(', '),
        }),
        { width },
      );
  }

  heading(doc, pick(WEEKLY_SECTIONS.difficulties));
  if (report.difficulties.length === 0) muted(say('noDifficulties'));
  for (const note of report.difficulties) {
    const where = [note.servicePoint, note.staff].filter(Boolean).join(', ');
    doc.text(`• ${formatDateTime(note.at)}${where ? ` (${where})` : ''}: ${note.text}`, left + 8, undefined, {
      width: width - 8,
    });
  }
}

/** Help by kind, two kinds to a row (the list is long, the numbers short), and the totals. */
function helpTable(
  doc: PDFKit.PDFDocument,
  report: WeeklyReport,
  say: ReturnType<typeof weeklyText>,
  pick: (text: LocalizedText) => string,
  n: (value: number) => string,
): void {
  const half = [
    { header: say('kind'), width: 0.29 },
    { header: say('atCenter'), width: 0.12, align: 'right' as const },
    { header: say('inField'), width: 0.09, align: 'right' as const },
  ];
  const cells = (h: WeeklyReport['help'][number] | undefined) =>
    h ? [pick(h.name), n(h.atCenter), n(h.inField)] : ['', '', ''];
  const rows = twoUp(report.help, cells);
  const totalAt = report.help.reduce((s, h) => s + h.atCenter, 0);
  const totalIn = report.help.reduce((s, h) => s + h.inField, 0);
  rows.push(['', '', '', say('totalBoth', { total: n(totalAt + totalIn) }), n(totalAt), n(totalIn)]);
  table(doc, [...half, ...half], rows, SMALL, PAD);
}

/** A long list as rows of two entries side by side (the first half on the left, the rest on the right). */
function twoUp<T>(items: readonly T[], cells: (item: T | undefined) => string[]): string[][] {
  const perColumn = Math.ceil(items.length / 2);
  const rows: string[][] = [];
  for (let i = 0; i < perColumn; i++) rows.push([...cells(items[i]), ...cells(items[i + perColumn])]);
  return rows;
}
