/**
 * Appointments over a period (issue 22): booked, on time, late, missed, cancelled; how long kept appointments waited
 * against walk-ins; and the numbers citizens took themselves at the kiosk, counted apart from the greeter's.
 */
import type { AppointmentReport } from '../../../../shared/appointment-api';
import { nameOf } from '../../../../shared/names';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { RangedReport } from './RangedReport';
import { useReportFormat } from './report-format';
import { ReportTiles, type Tile } from './ReportTiles';
import { SortableTable } from './SortableTable';

type ServiceRow = AppointmentReport['services'][number];

export function AppointmentsTab() {
  const { t } = useTranslation('reports');
  return (
    <RangedReport
      name="appointmentReport"
      figures={(report, live) => (
        <>
          <AppointmentFigures report={report} />
          {live && <p className="report-footnote">{t('live')}</p>}
        </>
      )}
    />
  );
}

function AppointmentFigures({ report }: { report: AppointmentReport }) {
  const { t } = useTranslation('reportAppointments');
  const localized = useLocalized();
  const f = useReportFormat();
  const { services } = useCenter();
  const minutes = (value: number | null) => f.duration(value === null ? null : Math.round(value * 60));
  const tiles: Tile[] = [
    { label: t('booked'), value: f.count(report.booked), detail: t('bookedDetail') },
    { label: t('onTime'), value: f.count(report.onTime), detail: t('onTimeDetail'), tone: 'ok' },
    { label: t('late'), value: f.count(report.late), detail: t('lateDetail') },
    { label: t('missed'), value: f.count(report.missed), detail: t('missedDetail') },
    { label: t('cancelled'), value: f.count(report.cancelled) },
    { label: t('open'), value: f.count(report.open) },
    { label: t('waitKept'), value: minutes(report.waitKeptMinutes), detail: t('waitDetail'), tone: 'wait' },
    { label: t('waitWalkIn'), value: minutes(report.waitWalkInMinutes), detail: t('waitDetail'), tone: 'wait' },
    { label: t('selfIssued'), value: f.count(report.selfIssued), detail: t('selfIssuedDetail') },
    { label: t('byStaff'), value: f.count(report.issuedByStaff), detail: t('byStaffDetail') },
  ];
  const serviceName = (row: ServiceRow) => {
    const service = services.find((s) => s.id === row.serviceId);
    return service ? `${service.prefix} · ${localized(nameOf(service))}` : String(row.serviceId);
  };
  const n = (key: 'booked' | 'kept' | 'missed' | 'cancelled' | 'selfIssued', header: string) => ({
    key,
    header,
    numeric: true,
    value: (r: ServiceRow) => r[key],
    show: (r: ServiceRow) => f.count(r[key]),
  });
  return (
    <>
      <ReportTiles tiles={tiles} testId="appointment-figures" />
      {report.services.length === 0 ? (
        <p className="report-footnote">{t('none')}</p>
      ) : (
        <SortableTable
          caption={t('tableTitle')}
          rows={report.services}
          rowKey={(r) => String(r.serviceId)}
          columns={[
            { key: 'service', header: t('service'), value: serviceName },
            n('booked', t('booked')),
            n('kept', t('kept')),
            n('missed', t('missed')),
            n('cancelled', t('cancelled')),
            n('selfIssued', t('selfIssued')),
          ]}
        />
      )}
    </>
  );
}
