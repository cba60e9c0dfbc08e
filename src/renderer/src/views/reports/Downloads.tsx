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

export function Downloads({ range }: { range: DayRange }) {
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
      <SaveLink
        className="report-download"
        href={exportPath('csv', range, 'summary', language)}
        fileName={fileName('summary', range, 'csv')}
        format="csv"
      >
        ⤓ {t('tables.summary')} ({t('export.csv')})
      </SaveLink>
      <SaveLink
        className="report-download"
        href={exportPath('csv', range, 'visits', language)}
        fileName={fileName('visits', range, 'csv')}
        format="csv"
      >
        ⤓ {t('export.visitsCsv')}
      </SaveLink>
    </div>
  );
}
