/**
 * A table whose columns sort on a click (again: the other way), announced to screen readers with aria-sort.
 * Values sort as numbers when they are numbers, as Vietnamese text otherwise; empty values go last.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';

export interface TableColumn<Row> {
  key: string;
  header: string;
  /** What the column sorts by. */
  value: (row: Row) => number | string | null;
  /** What the cell shows (default: the value). */
  show?: (row: Row) => ReactNode;
  numeric?: boolean;
}

export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
}: {
  caption: string;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  initialSort?: { key: string; descending: boolean };
}) {
  const { t } = useTranslation('reports');
  const [sort, setSort] = useState<{ key: string; descending: boolean } | null>(initialSort ?? null);
  const column = columns.find((c) => c.key === sort?.key);
  const sorted = column
    ? [...rows].sort((a, b) => {
        const x = column.value(a);
        const y = column.value(b);
        if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
        return sort!.descending ? -order : order;
      })
    : rows;
  return (
    <div className="report-table__scroll">
      <table className="report-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'report-table__num' : undefined}
                  aria-sort={active ? (sort!.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="report-table__sort"
                    title={t('tables.sortBy', { column: c.header })}
                    onClick={() => setSort({ key: c.key, descending: active ? !sort!.descending : Boolean(c.numeric) })}
                  >
                    {c.header}
                    <span aria-hidden="true" className="report-table__arrow">
                      {active ? (sort!.descending ? '▼' : '▲') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="report-table__empty">
                {t('tables.empty')}
              </td>
            </tr>
          )}
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) => {
                const content = c.show ? c.show(row) : c.value(row);
                return i === 0 ? (
                  <th key={c.key} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'report-table__num' : undefined}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
