/**
 * The weekly volunteer report as a workbook: the figures (one row per metric, with its name, unit and a code for
 * machines, under its section's heading), the volunteers and their shifts, help by kind, field visits,
 * difficulties.
 */
import {
  WEEKLY_FIGURE_KEYS,
  WEEKLY_LINES,
  WEEKLY_SECTIONS,
  WEEKLY_UNITS,
  type WeeklyReport,
  type WeeklySection,
  type WeeklyUnit,
} from '../../../shared/contract/weekly-report';
import type { LocalizedText } from '../../../shared/errors';
import { weekName } from '../../../shared/report-range';
import { formatDateTime } from '../../../shared/time';
import type { Column, ColumnKind } from '../exports/report-tables';
import { writeSheet, writeWorkbook, type SheetRow } from '../exports/xlsx-sheet';
import { servedColumns, servedRows } from '../../../shared/weekly-columns';
import { weeklyText, whoWent, type WeeklyWord } from '../../../shared/weekly-words';

/** How a figure of each unit is written in a cell. */
export const UNIT_KIND: Record<WeeklyUnit, ColumnKind> = {
  people: 'int',
  tickets: 'int',
  visits: 'int',
  shifts: 'int',
  hours: 'decimal',
  trips: 'int',
  ratings: 'int',
  notes: 'int',
  share: 'percent',
  score: 'score',
};

export function weeklyXlsx(report: WeeklyReport, language: 'vi' | 'en'): Promise<Uint8Array> {
  const say = weeklyText(language);
  const pick = (text: LocalizedText) => (language === 'en' ? text.en : text.vi);
  const both = (key: WeeklyWord) => ({ vi: weeklyText('vi')(key), en: weeklyText('en')(key) });
  const hoursText = (hours: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(hours);
  const col = (key: WeeklyWord, kind: ColumnKind = 'text'): Column => ({ header: both(key), kind });
  const above = [
    [say('title'), pick(weekName(report.week.start))],
    [say('branch'), report.youthUnionBranch],
    [say('center'), pick(report.centerName)],
    [],
  ];
  const summary: SheetRow[] = [];
  for (const section of Object.keys(WEEKLY_SECTIONS) as WeeklySection[]) {
    summary.push({ heading: pick(WEEKLY_SECTIONS[section]) });
    for (const key of WEEKLY_FIGURE_KEYS.filter((k) => WEEKLY_LINES[k].section === section)) {
      const line = WEEKLY_LINES[key];
      summary.push({
        cells: [pick(line), pick(WEEKLY_UNITS[line.unit]), report.figures[key], key],
        kinds: ['text', 'text', UNIT_KIND[line.unit], 'text'],
      });
    }
  }
  return writeWorkbook((workbook) => {
    writeSheet(
      workbook,
      {
        title: both('sheetSummary'),
        columns: [col('figure'), col('unit'), col('value', 'int'), col('machineCode')],
        unitsInHeader: false,
      },
      summary,
      language,
      above,
    );
    writeSheet(
      workbook,
      {
        title: both('sheetVolunteers'),
        columns: [col('name'), col('day', 'day'), col('shift'), col('hours', 'decimal')],
      },
      // Each volunteer's counter shifts and field visits, day by day (a visit on the visit's day, its place named).
      report.volunteers.flatMap((v) =>
        [
          ...v.shifts.map((s) => [v.name, s.day, say(s.shift), s.hours]),
          ...report.fieldVisits.flatMap((visit) =>
            visit.volunteers
              .filter((who) => who.staffId === v.staffId && who.hours > 0)
              .map((who) => [v.name, visit.day, say('fieldShiftAt', { place: visit.place }), who.hours]),
          ),
        ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
      ),
      language,
    );
    writeSheet(
      workbook,
      {
        title: both('sheetHelp'),
        columns: [col('kind'), col('atCenter', 'int'), col('inField', 'int'), col('total', 'int'), col('machineCode')],
      },
      report.help.map((h) => [pick(h.name), h.atCenter, h.inField, h.atCenter + h.inField, h.code]),
      language,
    );
    writeSheet(
      workbook,
      {
        title: both('sheetField'),
        columns: [
          col('day', 'day'),
          col('place'),
          col('hours', 'decimal'),
          col('volunteers'),
          col('helped', 'int'),
          col('elderly', 'int'),
        ],
      },
      report.fieldVisits.map((v) => [
        v.day,
        v.note ? `${v.place} — ${v.note}` : v.place,
        v.hours,
        whoWent(v, language, hoursText),
        v.helped,
        v.elderly,
      ]),
      language,
    );
    const served = servedColumns('xlsx');
    const words = { language, count: String };
    writeSheet(
      workbook,
      {
        title: both('sheetServed'),
        columns: served.map((c) => ({ header: c.header, kind: c.kind })),
        unitsInHeader: false,
      },
      servedRows(report).map((row) => served.map((c) => c.value(row, words))),
      language,
    );
    writeSheet(
      workbook,
      {
        title: both('sheetDifficulties'),
        columns: [col('noted'), col('point'), col('person'), col('text')],
      },
      report.difficulties.map((d) => [formatDateTime(d.at), d.servicePoint, d.staff, d.text]),
      language,
    );
  });
}
