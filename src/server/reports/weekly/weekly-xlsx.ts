/** The weekly volunteer report as a workbook: the figures, the duty shifts, help by kind, field visits, difficulties. */
import { helpKindLabel } from '../../../shared/report-labels';
import type { WeeklyReport } from '../../../shared/reports';
import { formatDateTime, formatServiceDay } from '../../../shared/time';
import type { Column } from '../exports/report-tables';
import { writeSheet, writeWorkbook } from '../exports/report-xlsx';
import { weeklyText, type WeeklyWord } from './weekly-text';

export function weeklyXlsx(report: WeeklyReport, language: 'vi' | 'en'): Promise<Uint8Array> {
  const say = weeklyText(language);
  const pick = (text: { vi: string; en: string }) => (language === 'en' ? text.en : text.vi);
  const both = (key: WeeklyWord) => ({ vi: weeklyText('vi')(key), en: weeklyText('en')(key) });
  const col = (key: WeeklyWord, kind: Column['kind'] = 'text'): Column => ({ header: both(key), kind });
  const above = [
    [say('title'), say('week', { from: formatServiceDay(report.weekStart), to: formatServiceDay(report.weekEnd) })],
    [say('branch'), report.youthUnionBranch],
    [say('center'), pick(report.centerName)],
    [],
  ];
  return writeWorkbook(async (workbook) => {
    writeSheet(
      workbook,
      { name: 'summary', title: both('sheetSummary'), columns: [col('figure'), col('value', 'int')] },
      [
        [say('volunteers'), report.volunteers.length],
        [say('shifts'), report.shiftCount],
        [say('hours'), report.volunteerHours],
        [say('issued'), report.issued],
        [say('deskCitizens'), report.helpDesk.citizens],
        [`${say('deskCitizens')} (${say('deskVisits')})`, report.helpDesk.visits],
        [say('elderly'), report.elderlySupported],
        [say('fieldTitle'), report.fieldVisits.length],
        [say('difficultiesTitle'), report.difficulties.length],
      ],
      language,
      above,
    );
    writeSheet(
      workbook,
      {
        name: 'staff',
        title: both('sheetVolunteers'),
        columns: [col('name'), col('day', 'day'), col('shift'), col('hours', 'int')],
      },
      report.volunteers.flatMap((v) => v.shifts.map((s) => [v.name, s.day, say(s.shift), s.hours])),
      language,
    );
    writeSheet(
      workbook,
      {
        name: 'help',
        title: both('sheetHelp'),
        columns: [col('kind'), col('atCenter', 'int'), col('inField', 'int'), col('total', 'int')],
      },
      report.help.map((h) => [pick(helpKindLabel(h.code)), h.atCenter, h.inField, h.atCenter + h.inField]),
      language,
    );
    writeSheet(
      workbook,
      {
        name: 'days',
        title: both('sheetField'),
        columns: [
          col('day', 'day'),
          col('place'),
          col('hours', 'int'),
          col('volunteers'),
          col('helped', 'int'),
          col('elderly', 'int'),
        ],
      },
      report.fieldVisits.map((v) => [
        v.day,
        v.note ? `${v.place} — ${v.note}` : v.place,
        v.hours,
        v.volunteers.join(', '),
        v.helped,
        v.elderly,
      ]),
      language,
    );
    writeSheet(
      workbook,
      {
        name: 'summary',
        title: both('sheetDifficulties'),
        columns: [col('noted'), col('point'), col('person'), col('text')],
      },
      report.difficulties.map((d) => [formatDateTime(d.at), d.servicePoint, d.staff, d.text]),
      language,
    );
  });
}
