/**
 * Downloads of a report from the export routes (same origin, so the device's session cookie goes along): in a
 * browser the file goes to Downloads, in the desktop app to the folder the manager picks (SaveLink).
 */
import type { DayRange } from '../../../../shared/report-range';
import type { ReportTable } from '../../../../shared/reports';
import { api } from '../../api/client';
import { SaveLink } from '../../desktop/SaveLink';
import { useLanguage, useTranslation, type Language } from '../../i18n';

export function exportPath(format: 'csv' | 'xlsx', range: DayRange, table: ReportTable, lang: Language): string {
  return api.href(format === 'csv' ? 'exportCsv' : 'exportXlsx', { from: range.from, to: range.to, table, lang });
}

/** The name offered for a report file: `bao-cao-summary-2026-11-01-2026-11-30.xlsx`. */
export const fileName = (table: ReportTable, range: DayRange, format: 'csv' | 'xlsx') =>
  `bao-cao-${table}-${range.from}-${range.to}.${format}`;

export function CsvLink({ table, range }: { table: ReportTable; range: DayRange }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  return (
    <SaveLink
      className="report-download report-download--small"
      href={exportPath('csv', range, table, language)}
      fileName={fileName(table, range, 'csv')}
      format="csv"
      title={t('export.csvOf', { table: t(`tables.${table}`) })}
    >
      ⤓ {t('export.csv')}
    </SaveLink>
  );
}

/** The workbook (every table) and one CSV per table a tab offers (the overview: the summary and the visit list). */
export function Downloads({
  range,
  csvTables = ['summary', 'visits'],
}: {
  range: DayRange;
  csvTables?: readonly ReportTable[];
}) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  return (
    <div className="report-downloads">
      <SaveLink
        className="report-download report-download--primary"
        href={exportPath('xlsx', range, 'summary', language)}
        fileName={fileName('summary', range, 'xlsx')}
        format="xlsx"
      >
        ⤓ {t('export.xlsx')}
      </SaveLink>
      {csvTables.map((table) => (
        <SaveLink
          key={table}
          className="report-download"
          href={exportPath('csv', range, table, language)}
          fileName={fileName(table, range, 'csv')}
          format="csv"
        >
          ⤓ {table === 'visits' ? t('export.visitsCsv') : `${t(`tables.${table}`)} (${t('export.csv')})`}
        </SaveLink>
      ))}
    </div>
  );
}
