/** Choose the period: today, this week, last week (Monday–Sunday), this month, or two dates. */
import { useState } from 'react';
import { RANGE_KINDS, rangeOf, type DayRange, type RangeKind } from '../../../../shared/report-range';
import { formatServiceDay } from '../../../../shared/time';
import { useTranslation } from '../../i18n';
import { DayInput } from './DayInput';

export interface ChosenRange extends DayRange {
  kind: RangeKind;
}

export function initialRange(today: string): ChosenRange {
  const params = new URLSearchParams(window.location.search);
  const kind = params.get('range') as RangeKind | null;
  const from = params.get('from');
  const to = params.get('to');
  if (kind === 'custom' && from && to && from <= to) return { kind, from, to };
  if (kind && kind !== 'custom' && (RANGE_KINDS as readonly string[]).includes(kind))
    return { kind, ...rangeOf(kind, today) };
  return { kind: 'today', ...rangeOf('today', today) };
}

/** Keeps the period in the address, so a reload or a shared link shows the same report. */
function remember(range: ChosenRange): void {
  const params = new URLSearchParams({ range: range.kind });
  if (range.kind === 'custom') {
    params.set('from', range.from);
    params.set('to', range.to);
  }
  history.replaceState(null, '', `${window.location.pathname}?${params}`);
}

export function RangePicker({
  range,
  today,
  onChange,
}: {
  range: ChosenRange;
  today: string;
  onChange: (range: ChosenRange) => void;
}) {
  const { t } = useTranslation('reports');
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const choose = (next: ChosenRange) => {
    remember(next);
    onChange(next);
  };
  return (
    <div className="report-range">
      <div className="report-range__kinds" role="group" aria-label={t('range.label')}>
        {RANGE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="report-range__kind"
            aria-pressed={range.kind === kind}
            onClick={() =>
              choose(kind === 'custom' ? { kind, from: range.from, to: range.to } : { kind, ...rangeOf(kind, today) })
            }
          >
            {t(`range.${kind}`)}
          </button>
        ))}
      </div>
      {range.kind === 'custom' ? (
        <form
          className="report-range__custom"
          onSubmit={(event) => {
            event.preventDefault();
            if (from && to && from <= to) choose({ kind: 'custom', from, to });
          }}
        >
          <DayInput label={t('range.from')} value={from} max={today} onChange={setFrom} />
          <DayInput label={t('range.to')} value={to} onChange={setTo} />
          <button type="submit" className="button button--primary button--small">
            {t('range.show')}
          </button>
        </form>
      ) : (
        <p className="report-range__days">
          {t('range.days', { from: formatServiceDay(range.from), to: formatServiceDay(range.to) })}
        </p>
      )}
    </div>
  );
}
