/**
 * The weekly report's "who served" table (section 4: each counter and help desk), its columns declared once: key,
 * header in both languages, how its value is written, its share of the PDF's width and which outputs show it. The
 * PDF (src/server/reports/weekly/weekly-pdf-sections.ts), the XLSX's "Phục vụ" sheet (weekly-xlsx.ts) and the
 * screen (WeeklyServed.tsx) all read this list: a new column is one row here. Pure: no node:, DOM or electron.
 */
import type { WeeklyReport } from './contract/weekly-report';
import type { LocalizedText } from './errors';
import type { ColumnKind } from './report-columns';
import { weeklyText, type WeeklyWord } from './weekly-words';

export type WeeklyOutput = 'pdf' | 'xlsx' | 'screen';
const EVERY_OUTPUT: readonly WeeklyOutput[] = ['pdf', 'xlsx', 'screen'];

/** One row of the table: a counter or help desk, and its ratings (none when nobody was asked there). */
export interface ServedRow {
  point: WeeklyReport['servedBy'][number];
  rated: WeeklyReport['satisfaction']['byPoint'][number] | undefined;
}

/** What a value needs to be written in words: the language and how the output writes a count. */
export interface ServedWords {
  language: 'vi' | 'en';
  count: (n: number) => string;
}

export interface ServedColumn {
  key: string;
  /** Units are in the words ("Chờ (phút)"): every output shows exactly this. */
  header: LocalizedText;
  /** `duration` values are seconds, written as minutes with one decimal. */
  kind: ColumnKind;
  /** null: nothing to show ("–" on paper and screen, an empty cell in the XLSX). */
  value: (row: ServedRow, words: ServedWords) => string | number | null;
  /** Share of the A4 page's content width (the shares add up to 1). */
  pdfWidth: number;
  outputs: readonly WeeklyOutput[];
}

const both = (key: WeeklyWord): LocalizedText => ({ vi: weeklyText('vi')(key), en: weeklyText('en')(key) });

const col = (
  key: WeeklyWord,
  kind: ColumnKind,
  pdfWidth: number,
  value: ServedColumn['value'],
  outputs: readonly WeeklyOutput[] = EVERY_OUTPUT,
): ServedColumn => ({ key, header: both(key), kind, value, pdfWidth, outputs });

export const SERVED_COLUMNS: readonly ServedColumn[] = [
  col('point', 'text', 0.16, ({ point }, { language }) => point.name[language]),
  col('cases', 'int', 0.055, ({ point }) => point.cases),
  col('servedByWhom', 'text', 0.355, ({ point }, { language, count }) =>
    point.staff.map((s) => `${s.name ?? weeklyText(language)('nobodyShort')} ${count(s.visits)}`).join(', '),
  ),
  col('medianWait', 'duration', 0.07, ({ point }) => point.medianWaitSeconds),
  col('medianService', 'duration', 0.08, ({ point }) => point.medianServiceSeconds),
  col('ratingsGiven', 'int', 0.075, ({ rated }) => rated?.rated ?? null),
  col('ratingsAsked', 'int', 0.075, ({ rated }) => rated?.asked ?? null),
  col('satisfied', 'percent', 0.07, ({ rated }) => rated?.satisfiedShare ?? null),
  col('mean', 'score', 0.06, ({ rated }) => rated?.meanScore ?? null),
];

/** The columns an output shows, in order. */
export const servedColumns = (output: WeeklyOutput) => SERVED_COLUMNS.filter((c) => c.outputs.includes(output));

/** The table's rows: each point that served someone, with its ratings. */
export function servedRows(report: WeeklyReport): ServedRow[] {
  const ratings = new Map(report.satisfaction.byPoint.map((p) => [p.servicePointId, p]));
  return report.servedBy.map((point) => ({ point, rated: ratings.get(point.servicePointId) }));
}

/** Seconds as minutes with one decimal, as every output writes the medians. */
export const minutesOf = (seconds: number) => Math.round(seconds / 6) / 10;
