/** The period by service, by service point and by person: sortable tables with a CSV download each. */
import type {
  PointFigures,
  ReportSummary,
  ServiceFigures,
  SliceFigures,
  StaffFigures,
} from '../../../../shared/reports';
import { SLICE_COLUMNS, type ColumnKind, type SliceTable } from '../../../../shared/report-columns';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { CsvLink } from './Downloads';
import { useReportFormat } from './report-format';
import { SortableTable, type TableColumn } from './SortableTable';

/** The table's columns of figures, from the one list the exports read too (src/shared/report-columns.ts). */
function useSliceColumns<Row extends SliceFigures>(table: SliceTable): TableColumn<Row>[] {
  const localized = useLocalized();
  const f = useReportFormat();
  const show = (kind: ColumnKind, value: number | null) =>
    kind === 'duration'
      ? f.duration(value)
      : kind === 'percent'
        ? f.share(value)
        : value === null
          ? '–'
          : f.count(value);
  return SLICE_COLUMNS.filter((c) => c.screen.includes(table)).map((c) => ({
    key: c.key,
    header: localized(c.short),
    numeric: true,
    value: (r) => c.value(r),
    show: (r) => show(c.kind, c.value(r)),
  }));
}

export function BreakdownTables({ report }: { report: ReportSummary }) {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
  const f = useReportFormat();
  const { services, servicePoints } = useCenter();
  const serviceColumns = useSliceColumns<ServiceFigures>('services');
  const pointColumns = useSliceColumns<PointFigures>('points');
  const staffColumns = useSliceColumns<StaffFigures>('staff');
  const serviceName = (id: number) => {
    const s = services.find((x) => x.id === id);
    return s ? `${s.prefix} · ${localized({ vi: s.nameVi, en: s.nameEn })}` : `#${id}`;
  };
  const pointName = (id: number) => {
    const p = servicePoints.find((x) => x.id === id);
    return p ? localized({ vi: p.nameVi, en: p.nameEn }) : `#${id}`;
  };
  const time = (
    key: 'openSeconds' | 'busySeconds' | 'pausedSeconds' | 'idleSeconds',
    header: string,
  ): TableColumn<PointFigures> => ({
    key,
    header,
    numeric: true,
    value: (r) => r[key],
    show: (r) => f.duration(r[key]),
  });
  return (
    <>
      <section className="report-section" aria-labelledby="table-services">
        <div className="report-section__head">
          <h2 id="table-services">{t('tables.services')}</h2>
          <CsvLink table="services" range={report} />
        </div>
        <SortableTable
          caption={t('tables.services')}
          rows={report.byService}
          rowKey={(r) => String(r.serviceId)}
          columns={[
            { key: 'name', header: t('tables.service'), value: (r) => serviceName(r.serviceId) },
            ...serviceColumns,
            {
              key: 'target',
              header: t('tables.target'),
              numeric: true,
              value: (r) => r.targetWaitMinutes,
              show: (r) => f.duration(r.targetWaitMinutes * 60),
            },
          ]}
        />
      </section>
      <section className="report-section" aria-labelledby="table-points">
        <div className="report-section__head">
          <h2 id="table-points">{t('tables.points')}</h2>
          <CsvLink table="points" range={report} />
        </div>
        <SortableTable
          caption={t('tables.points')}
          rows={report.byPoint}
          rowKey={(r) => String(r.servicePointId)}
          columns={[
            { key: 'name', header: t('tables.point'), value: (r) => pointName(r.servicePointId) },
            ...pointColumns,
            time('openSeconds', t('tables.open')),
            time('busySeconds', t('tables.busy')),
            time('pausedSeconds', t('tables.paused')),
            time('idleSeconds', t('tables.idle')),
          ]}
        />
      </section>
      <section className="report-section" aria-labelledby="table-staff">
        <div className="report-section__head">
          <h2 id="table-staff">{t('tables.staff')}</h2>
          <CsvLink table="staff" range={report} />
        </div>
        <SortableTable
          caption={t('tables.staff')}
          rows={report.byStaff}
          rowKey={(r) => String(r.staffId)}
          initialSort={{ key: 'resolved', descending: true }}
          columns={[
            { key: 'name', header: t('tables.person'), value: (r) => r.name ?? t('tables.nobody') },
            {
              key: 'signedIn',
              header: t('tables.signedIn'),
              numeric: true,
              value: (r) => r.signedInSeconds,
              show: (r) => f.duration(r.signedInSeconds),
            },
            ...staffColumns,
          ]}
        />
        <p className="report-footnote">{t('tables.legend')}</p>
      </section>
    </>
  );
}
