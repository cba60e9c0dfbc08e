/**
 * Downloads of a report: plain links to the export routes, which answer with `Content-Disposition: attachment`
 * (same origin, so the device's session cookie goes along). In browser mode the file goes to Downloads; the
 * desktop app's save dialog is not wired yet.
 */
import type { DayRange } from '../../../../shared/report-range';
import type { ReportTable } from '../../../../shared/reports';
import { api } from '../../api/client';
import { useLanguage, useTranslation, type Language } from '../../i18n';

export function exportPath(format: 'csv' | 'xlsx', range: DayRange, table: ReportTable, lang: Language): string {
  return api.href(format === 'csv' ? 'exportCsv' : 'exportXlsx', { from: range.from, to: range.to, table, lang });
}

export function CsvLink({ table, range }: { table: ReportTable; range: DayRange }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  return (
    <a
      className="report-download report-download--small"
      href={exportPath('csv', range, table, language)}
      download
      title={t('export.csvOf', { table: t(`tables.${table}`) })}
    >
      ⤓ {t('export.csv')}
    </a>
  );
}

export function Downloads({ range }: { range: DayRange }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  return (
    <div className="report-downloads">
      <a
        className="report-download report-download--primary"
        href={exportPath('xlsx', range, 'summary', language)}
        download
      >
        ⤓ {t('export.xlsx')}
      </a>
      <a className="report-download" href={exportPath('csv', range, 'summary', language)} download>
        ⤓ {t('tables.summary')} ({t('export.csv')})
      </a>
      <a className="report-download" href={exportPath('csv', range, 'visits', language)} download>
        ⤓ {t('export.visitsCsv')}
      </a>
    </div>
  );
}
