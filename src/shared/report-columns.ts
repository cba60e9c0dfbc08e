/**
 * The range report's columns of figures, declared once: what each slice (a service, a point, a person, a day)
 * has — its key, its header for the files and its short header for the screen (Vietnamese and English), how its
 * value is written, where it shows. The CSV and XLSX tables (src/server/reports/exports/report-tables.ts) and the
 * screen's sortable tables (BreakdownTables.tsx) both read this list: a new column is one row here.
 * Pure: no node:, DOM or electron imports.
 */
import type { LocalizedText } from './errors';
import type { SliceFigures } from './reports';

/** How a value is written: `score` a mean with two decimals (1–5), `decimal` up to two decimals (hours). */
export type ColumnKind = 'text' | 'int' | 'decimal' | 'duration' | 'percent' | 'day' | 'time' | 'score';

/** The screen's tables of slices. */
export type SliceTable = 'services' | 'points' | 'staff';
const EVERY_TABLE: readonly SliceTable[] = ['services', 'points', 'staff'];

export interface SliceColumn {
  key: string;
  /** In the CSV and XLSX files (the unit follows from the kind). */
  header: LocalizedText;
  /** On the screen's narrow columns. */
  short: LocalizedText;
  kind: ColumnKind;
  value: (slice: SliceFigures) => number | null;
  /** The screen's tables that show it (every column is in the files). */
  screen: readonly SliceTable[];
}

const col = (
  key: string,
  header: LocalizedText,
  short: LocalizedText,
  kind: ColumnKind,
  value: SliceColumn['value'],
  screen: readonly SliceTable[] = EVERY_TABLE,
): SliceColumn => ({ key, header, short, kind, value, screen });

export const SLICE_COLUMNS: readonly SliceColumn[] = [
  // A point or a person does not issue tickets: the greeter does.
  col(
    'issued',
    { vi: 'Số phiếu cấp', en: 'Tickets issued' },
    { vi: 'Phiếu cấp', en: 'Issued' },
    'int',
    (s) => s.issued,
    ['services'],
  ),
  col('called', { vi: 'Lượt được gọi', en: 'Visits called' }, { vi: 'Được gọi', en: 'Called' }, 'int', (s) => s.called),
  col('resolved', { vi: 'Hoàn thành', en: 'Resolved' }, { vi: 'Hoàn thành', en: 'Resolved' }, 'int', (s) => s.resolved),
  col('absent', { vi: 'Vắng mặt', en: 'Absent' }, { vi: 'Vắng', en: 'Absent' }, 'int', (s) => s.absent),
  col(
    'transferred',
    { vi: 'Chuyển đi', en: 'Transferred' },
    { vi: 'Chuyển', en: 'Transferred' },
    'int',
    (s) => s.transferred,
  ),
  col('cancelled', { vi: 'Huỷ', en: 'Cancelled' }, { vi: 'Huỷ', en: 'Cancelled' }, 'int', (s) => s.cancelled, []),
  col(
    'waitP50',
    { vi: 'Chờ trung vị', en: 'Median wait' },
    { vi: 'Chờ TV', en: 'Wait P50' },
    'duration',
    (s) => s.wait.p50Seconds,
  ),
  col(
    'waitP90',
    { vi: 'Chờ P90', en: 'P90 wait' },
    { vi: 'Chờ P90', en: 'Wait P90' },
    'duration',
    (s) => s.wait.p90Seconds,
  ),
  col(
    'waitMax',
    { vi: 'Chờ lâu nhất', en: 'Longest wait' },
    { vi: 'Chờ lâu nhất', en: 'Longest wait' },
    'duration',
    (s) => s.wait.maxSeconds,
    [],
  ),
  col(
    'serviceP50',
    { vi: 'Phục vụ trung vị', en: 'Median service' },
    { vi: 'Phục vụ TV', en: 'Service P50' },
    'duration',
    (s) => s.service.p50Seconds,
  ),
  col(
    'serviceP90',
    { vi: 'Phục vụ P90', en: 'P90 service' },
    { vi: 'Phục vụ P90', en: 'Service P90' },
    'duration',
    (s) => s.service.p90Seconds,
    [],
  ),
  col(
    'withinTarget',
    { vi: 'Đạt thời gian chờ mục tiêu', en: 'Within target wait' },
    { vi: 'Đạt mục tiêu', en: 'Within target' },
    'percent',
    (s) => (s.called ? s.withinTarget / s.called : null),
  ),
];
