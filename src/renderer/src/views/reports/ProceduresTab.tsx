/**
 * The procedures citizens came for over a period, and which were sent back for missing papers (at the entrance or
 * at the counter) — with the papers most often missing: what the center should explain better on its notice board.
 * From `GET /api/reports/procedures` (src/server/procedures/procedure-report.ts).
 */
import { useMemo } from 'react';
import type { ProcedureReport, ProcedureReportRow } from '../../../../shared/procedures';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { Chart } from './Chart';
import { barsOption } from './chart-options';
import { RangedReport } from './RangedReport';
import { useReportFormat } from './report-format';
import { SortableTable } from './SortableTable';
import { ReportTiles } from './ReportTiles';

export function ProceduresTab() {
  return (
    <RangedReport
      name="procedureReport"
      className="report-procedures"
      figures={(report) => <ProcedureFigures report={report} />}
    />
  );
}

function ProcedureFigures({ report }: { report: ProcedureReport }) {
  const { t } = useTranslation('reportProcedures');
  const localized = useLocalized();
  const f = useReportFormat();
  const { services } = useCenter();
  const name = (r: ProcedureReportRow) => localized({ vi: r.nameVi, en: r.nameEn });
  const serviceName = (id: number) => {
    const s = services.find((x) => x.id === id);
    return s ? `${s.prefix} · ${localized({ vi: s.nameVi, en: s.nameEn })}` : `#${id}`;
  };
  const tickets = report.rows.reduce((sum, r) => sum + r.tickets, 0);
  const sentBack = report.rows.reduce((sum, r) => sum + r.sentBack, 0);
  const chart = useMemo(
    () =>
      barsOption(
        report.mostSentBack
          .slice(0, 8)
          .map((r) => ({ label: localized({ vi: r.nameVi, en: r.nameEn }), value: r.sentBack })),
        '#e08a2c',
      ),
    [report, localized],
  );
  const procedureName = (id: number) => {
    const row = report.rows.find((r) => r.procedureId === id);
    return row ? name(row) : `#${id}`;
  };
  const count = (key: keyof ProcedureReportRow & string, header: string) => ({
    key,
    header,
    numeric: true,
    value: (r: ProcedureReportRow) => r[key] as number,
    show: (r: ProcedureReportRow) => f.count(r[key] as number),
  });
  const tiles = [
    { label: t('headline.tickets'), value: f.count(tickets), detail: t('headline.ticketsDetail') },
    { label: t('headline.sentBack'), value: f.count(sentBack), detail: t('headline.sentBackDetail') },
    {
      label: t('headline.without'),
      value: f.count(report.ticketsWithoutProcedure),
      detail: t('headline.withoutDetail'),
    },
  ];
  return (
    <>
      <ReportTiles tiles={tiles} />
      {report.rows.length === 0 ? (
        <p className="report-empty">{t('charts.empty')}</p>
      ) : (
        report.mostSentBack.length > 0 && (
          <figure className="report-card">
            <figcaption>{t('charts.mostSentBack')}</figcaption>
            <Chart
              option={chart}
              label={t('charts.mostSentBack')}
              height={60 + 36 * Math.min(8, report.mostSentBack.length)}
            />
          </figure>
        )
      )}
      <section className="report-section" aria-labelledby="procedure-table">
        <h2 id="procedure-table">{t('tables.title')}</h2>
        <SortableTable
          caption={t('tables.title')}
          rows={report.rows}
          rowKey={(r) => String(r.procedureId)}
          initialSort={{ key: 'tickets', descending: true }}
          columns={[
            { key: 'name', header: t('tables.procedure'), value: name },
            { key: 'service', header: t('tables.service'), value: (r) => serviceName(r.serviceId) },
            count('tickets', t('tables.tickets')),
            count('incompleteAtCounter', t('tables.incompleteAtCounter')),
            count('sentHome', t('tables.sentHome')),
            count('sentToHelpDesk', t('tables.sentToHelpDesk')),
            count('sentBack', t('tables.sentBack')),
            {
              key: 'share',
              header: t('tables.share'),
              numeric: true,
              value: (r) => (r.tickets ? r.sentBack / r.tickets : null),
              show: (r) => f.share(r.tickets ? r.sentBack / r.tickets : null),
            },
          ]}
        />
      </section>
      <section className="report-section" aria-labelledby="procedure-missing">
        <h2 id="procedure-missing">{t('missing.title')}</h2>
        {report.missingDocuments.length === 0 ? (
          <p className="report-empty">{t('missing.none')}</p>
        ) : (
          <SortableTable
            caption={t('missing.title')}
            rows={report.missingDocuments}
            rowKey={(m) => `${m.procedureId}:${m.document}`}
            initialSort={{ key: 'times', descending: true }}
            columns={[
              { key: 'document', header: t('missing.document'), value: (m) => m.document },
              { key: 'procedure', header: t('tables.procedure'), value: (m) => procedureName(m.procedureId) },
              { key: 'times', header: t('missing.times'), numeric: true, value: (m) => m.times },
            ]}
          />
        )}
      </section>
    </>
  );
}
