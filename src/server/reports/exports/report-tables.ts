/**
 * A report as tables — the one description the CSV and XLSX writers share: each table's title, its columns
 * (Vietnamese and English header, kind of value) and its rows. Kinds say how a value is written: durations are
 * minutes in XLSX and whole seconds in CSV (no decimal separator to be misread by a Vietnamese Excel), days are
 * dd/MM/yyyy.
 */
import type { LocalizedText } from '../../../shared/errors';
import { outcomeLabel, priorityLabel } from '../../../shared/report-labels';
import { SLICE_COLUMNS as SHARED_SLICE_COLUMNS, type ColumnKind } from '../../../shared/report-columns';
import type { ReportSummary, ReportTable, SliceFigures } from '../../../shared/reports';
import type { ReportPoint, ReportService } from '../report-setup';

export type { ColumnKind };
export type CellValue = string | number | null;

export interface Column {
  header: LocalizedText;
  kind: ColumnKind;
}

export interface Table {
  name: ReportTable;
  title: LocalizedText;
  columns: Column[];
  rows: CellValue[][];
}

export interface Names {
  services: ReportService[];
  points: ReportPoint[];
}

const col = (vi: string, en: string, kind: ColumnKind = 'int'): Column => ({ header: { vi, en }, kind });
const WEEKDAYS: LocalizedText[] = [
  { vi: 'Thứ Hai', en: 'Monday' },
  { vi: 'Thứ Ba', en: 'Tuesday' },
  { vi: 'Thứ Tư', en: 'Wednesday' },
  { vi: 'Thứ Năm', en: 'Thursday' },
  { vi: 'Thứ Sáu', en: 'Friday' },
  { vi: 'Thứ Bảy', en: 'Saturday' },
  { vi: 'Chủ nhật', en: 'Sunday' },
];
export const weekdayName = (isoWeekday: number) => WEEKDAYS[isoWeekday - 1]!;

/** The slices' columns of figures: the shared table (src/shared/report-columns.ts), every one in the files. */
const SLICE_COLUMNS: Column[] = SHARED_SLICE_COLUMNS.map((c) => ({ header: c.header, kind: c.kind }));
const sliceCells = (s: SliceFigures): CellValue[] => SHARED_SLICE_COLUMNS.map((c) => c.value(s));

export function reportTables(report: ReportSummary, names: Names, language: 'vi' | 'en'): Table[] {
  const pick = (text: LocalizedText) => (language === 'en' ? text.en : text.vi);
  const service = (id: number) => {
    const s = names.services.find((x) => x.id === id);
    return s ? `${s.prefix} · ${pick({ vi: s.nameVi, en: s.nameEn })}` : `#${id}`;
  };
  const point = (id: number) => {
    const p = names.points.find((x) => x.id === id);
    return p ? pick({ vi: p.nameVi, en: p.nameEn }) : `#${id}`;
  };
  const figure = (vi: string, en: string, value: CellValue, kind: ColumnKind = 'int'): CellValue[] => [
    pick({ vi, en }),
    value,
    kind,
  ];
  const summaryRows: CellValue[][] = [
    figure('Số phiếu cấp', 'Tickets issued', report.issued),
    figure('Công dân được phục vụ', 'Citizens served', report.served),
    figure('Lượt hoàn thành', 'Visits resolved', report.resolved),
    ...report.byOutcome.map((o) => figure(`  – ${outcomeLabel(o.code).vi}`, `  – ${outcomeLabel(o.code).en}`, o.count)),
    figure('Vắng mặt', 'Absent', report.absent),
    figure('Gọi lại sau vắng mặt', 'Called back after absent', report.calledBack),
    figure('Huỷ', 'Cancelled', report.cancelled),
    figure('Đóng khi hết ngày', 'Closed at day end', report.closedAtDayEnd),
    figure('Chuyển quầy', 'Transferred', report.transferred),
    figure('Chờ trung vị (P50)', 'Median wait (P50)', report.wait.p50Seconds, 'duration'),
    figure('Chờ P90', 'P90 wait', report.wait.p90Seconds, 'duration'),
    figure('Chờ lâu nhất', 'Longest wait', report.wait.maxSeconds, 'duration'),
    figure('Phục vụ trung vị (P50)', 'Median service (P50)', report.service.p50Seconds, 'duration'),
    figure('Phục vụ P90', 'P90 service', report.service.p90Seconds, 'duration'),
    figure('Đạt thời gian chờ mục tiêu', 'Within target wait', report.withinTarget.share, 'percent'),
    figure('Tỉ lệ ưu tiên', 'Priority share', report.priority.share, 'percent'),
    ...report.priority.byClass.map((p) =>
      figure(`  – ${priorityLabel(p.code).vi}`, `  – ${priorityLabel(p.code).en}`, p.count),
    ),
  ];
  return [
    {
      name: 'summary',
      title: { vi: 'Tổng hợp', en: 'Summary' },
      // The third cell says how the second is written; writers drop it (see cellKind).
      columns: [col('Chỉ số', 'Figure', 'text'), col('Giá trị', 'Value', 'int')],
      rows: summaryRows,
    },
    {
      name: 'services',
      title: { vi: 'Theo lĩnh vực', en: 'By service' },
      columns: [col('Lĩnh vực', 'Service', 'text'), col('Mục tiêu chờ', 'Target wait', 'duration'), ...SLICE_COLUMNS],
      rows: report.byService.map((s) => [service(s.serviceId), s.targetWaitMinutes * 60, ...sliceCells(s)]),
    },
    {
      name: 'points',
      title: { vi: 'Theo quầy / bàn', en: 'By service point' },
      columns: [
        col('Quầy / bàn', 'Service point', 'text'),
        ...SLICE_COLUMNS,
        col('Thời gian mở', 'Open', 'duration'),
        col('Bận', 'Busy', 'duration'),
        col('Tạm dừng', 'Paused', 'duration'),
        col('Rảnh', 'Idle', 'duration'),
        col('Số lần tạm dừng', 'Pauses'),
      ],
      rows: report.byPoint.map((p) => [
        point(p.servicePointId),
        ...sliceCells(p),
        p.openSeconds,
        p.busySeconds,
        p.pausedSeconds,
        p.idleSeconds,
        p.pauses,
      ]),
    },
    {
      name: 'staff',
      title: { vi: 'Theo cán bộ / tình nguyện viên', en: 'By staff / volunteer' },
      columns: [col('Họ tên', 'Name', 'text'), col('Thời gian đăng nhập', 'Signed in', 'duration'), ...SLICE_COLUMNS],
      rows: report.byStaff.map((s) => [
        s.name ?? pick({ vi: '(chưa đăng nhập)', en: '(nobody signed in)' }),
        s.signedInSeconds,
        ...sliceCells(s),
      ]),
    },
    {
      name: 'days',
      title: { vi: 'Theo ngày', en: 'By day' },
      columns: [col('Ngày', 'Day', 'day'), ...SLICE_COLUMNS],
      rows: report.byDay.map((d) => [d.day, ...sliceCells(d)]),
    },
    {
      name: 'hours',
      title: { vi: 'Theo giờ trong ngày', en: 'By hour of day' },
      columns: [
        col('Giờ', 'Hour', 'text'),
        col('Số phiếu cấp', 'Tickets issued'),
        col('Lượt được gọi', 'Visits called'),
        col('Chờ trung vị', 'Median wait', 'duration'),
        col('Chờ P90', 'P90 wait', 'duration'),
      ],
      rows: report.byHour.map((h) => [
        `${String(h.hour).padStart(2, '0')}:00–${String(h.hour + 1).padStart(2, '0')}:00`,
        h.arrivals,
        h.wait.count,
        h.wait.p50Seconds,
        h.wait.p90Seconds,
      ]),
    },
    {
      name: 'help',
      title: { vi: 'Hỗ trợ theo loại', en: 'Help by kind' },
      columns: [col('Loại hỗ trợ', 'Kind of help', 'text'), col('Số lượt', 'Times')],
      rows: report.helpKinds.map((h) => [pick(h.name), h.count]),
    },
  ];
}

/** The kind of a summary row's value (its third cell), or the column's kind. */
export function cellKind(table: Table, row: CellValue[], column: number): ColumnKind {
  if (table.name === 'summary' && column === 1) return (row[2] as ColumnKind | undefined) ?? 'int';
  return table.columns[column]!.kind;
}
