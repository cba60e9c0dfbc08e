/** How each kind of value is written in a CSV cell, and the unit its header carries. */
import { formatServiceDay } from '../../../shared/time';
import type { CellValue, ColumnKind } from './report-tables';

const pad = (n: number) => String(n).padStart(2, '0');

/** Seconds since midnight as HH:mm:ss. */
export function clockTime(secondOfDay: number): string {
  return `${pad(Math.floor(secondOfDay / 3600))}:${pad(Math.floor((secondOfDay % 3600) / 60))}:${pad(secondOfDay % 60)}`;
}

export function csvCell(value: CellValue, kind: ColumnKind, language: 'vi' | 'en' = 'vi'): string {
  if (value === null) return '';
  switch (kind) {
    case 'score':
      // A Vietnamese Excel reads "3.25" as 325: the decimal comma there, the point in English.
      return Number(value)
        .toFixed(2)
        .replace('.', language === 'en' ? '.' : ',');
    case 'decimal':
      // Up to two decimals, with the language's decimal sign (as for scores).
      return String(Math.round(Number(value) * 100) / 100).replace('.', language === 'en' ? '.' : ',');
    case 'duration':
      return String(Math.round(Number(value)));
    case 'percent':
      return String(Math.round(Number(value) * 100));
    case 'day':
      return formatServiceDay(String(value));
    case 'time':
      return clockTime(Number(value));
    default:
      return String(value);
  }
}

/** CSV durations are whole seconds, XLSX durations minutes; shares are percent in both. */
export function unitOf(kind: ColumnKind, format: 'csv' | 'xlsx', language: 'vi' | 'en'): string {
  if (kind === 'duration') {
    if (format === 'csv') return language === 'en' ? ' (s)' : ' (giây)';
    return language === 'en' ? ' (min)' : ' (phút)';
  }
  if (kind === 'percent') return ' (%)';
  return '';
}
