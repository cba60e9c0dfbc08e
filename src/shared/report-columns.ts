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

/** A wording as a row writes it: Vietnamese, then English. */
type Words = readonly [vi: string, en: string];

/** One column as one row of the list below; without a short header the screen shows the files' one. */
const col = (
  key: string,
  kind: ColumnKind,
  value: SliceColumn['value'],
  [vi, en]: Words,
  [shortVi, shortEn]: Words = [vi, en],
  screen: readonly SliceTable[] = EVERY_TABLE,
): SliceColumn => ({ key, header: { vi, en }, short: { vi: shortVi, en: shortEn }, kind, value, screen });

// key, kind, value; header for the files (vi, en); short header for the screen; the screen's tables that show it.
export const SLICE_COLUMNS: readonly SliceColumn[] = [
  // A point or a person does not issue tickets: the greeter does.
  col('issued', 'int', (s) => s.issued, ['Số phiếu cấp', 'Tickets issued'], ['Phiếu cấp', 'Issued'], ['services']),
  col('called', 'int', (s) => s.called, ['Lượt được gọi', 'Visits called'], ['Được gọi', 'Called']),
  col('resolved', 'int', (s) => s.resolved, ['Hoàn thành', 'Resolved']),
  col('absent', 'int', (s) => s.absent, ['Vắng mặt', 'Absent'], ['Vắng', 'Absent']),
  col('transferred', 'int', (s) => s.transferred, ['Chuyển đi', 'Transferred'], ['Chuyển', 'Transferred']),
  col('cancelled', 'int', (s) => s.cancelled, ['Huỷ', 'Cancelled'], undefined, []),
  col('waitP50', 'duration', (s) => s.wait.p50Seconds, ['Chờ trung vị', 'Median wait'], ['Chờ TV', 'Wait P50']),
  col('waitP90', 'duration', (s) => s.wait.p90Seconds, ['Chờ P90', 'P90 wait'], ['Chờ P90', 'Wait P90']),
  col('waitMax', 'duration', (s) => s.wait.maxSeconds, ['Chờ lâu nhất', 'Longest wait'], undefined, []),
  col(
    'serviceP50',
    'duration',
    (s) => s.service.p50Seconds,
    ['Phục vụ trung vị', 'Median service'],
    ['Phục vụ TV', 'Service P50'],
  ),
  col(
    'serviceP90',
    'duration',
    (s) => s.service.p90Seconds,
    ['Phục vụ P90', 'P90 service'],
    ['Phục vụ P90', 'Service P90'],
    [],
  ),
  col(
    'withinTarget',
    'percent',
    (s) => (s.called ? s.withinTarget / s.called : null),
    ['Đạt thời gian chờ mục tiêu', 'Within target wait'],
    ['Đạt mục tiêu', 'Within target'],
  ),
];
