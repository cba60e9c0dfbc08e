/** The reports' charts as ECharts options, built from the report's figures. */
import type { DayFigures, HeatCell } from '../../../../shared/reports';
import type { ChartOption } from './Chart';

const ACCENT = '#0b5cad';
const WAIT = '#d9730d';
const AXIS = { axisLabel: { color: '#56606e', fontSize: 13 }, axisLine: { lineStyle: { color: '#aeb7c3' } } };

export function byDayOption(
  days: DayFigures[],
  labels: { issued: string; medianWait: string; day: (day: string) => string },
): ChartOption {
  return {
    grid: { left: 56, right: 64, top: 48, bottom: 40 },
    legend: { top: 0, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: days.map((d) => labels.day(d.day)), ...AXIS },
    yAxis: [
      { type: 'value', name: labels.issued, minInterval: 1, ...AXIS, nameTextStyle: { color: '#56606e' } },
      {
        type: 'value',
        name: labels.medianWait,
        ...AXIS,
        splitLine: { show: false },
        nameTextStyle: { color: '#56606e' },
      },
    ],
    series: [
      {
        name: labels.issued,
        type: 'bar',
        data: days.map((d) => d.issued),
        itemStyle: { color: ACCENT },
        barMaxWidth: 36,
      },
      {
        name: labels.medianWait,
        type: 'line',
        yAxisIndex: 1,
        data: days.map((d) => (d.wait.p50Seconds === null ? null : Math.round(d.wait.p50Seconds / 6) / 10)),
        itemStyle: { color: WAIT },
        lineStyle: { width: 3 },
        symbolSize: 8,
        connectNulls: true,
      },
    ],
  };
}

/** Weekdays down, hours across; the cells are arrivals or median wait (minutes). */
export function heatmapOption(
  cells: HeatCell[],
  mode: 'arrivals' | 'wait',
  weekdayLabel: (d: number) => string,
): ChartOption {
  const hours = cells.map((c) => c.hour);
  const first = Math.min(7, ...hours);
  const last = Math.max(17, ...hours);
  const hourList = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const weekdays = [1, 2, 3, 4, 5, 6, 7].filter((d) => d <= 5 || cells.some((c) => c.weekday === d));
  const value = (c: HeatCell) =>
    mode === 'arrivals' ? c.arrivals : c.p50WaitSeconds === null ? null : Math.round(c.p50WaitSeconds / 6) / 10;
  const data = cells
    .filter((c) => weekdays.includes(c.weekday) && value(c) !== null)
    .map((c) => [hourList.indexOf(c.hour), weekdays.indexOf(c.weekday), value(c)]);
  const max = Math.max(1, ...data.map((d) => Number(d[2])));
  return {
    grid: { left: 56, right: 24, top: 16, bottom: 72 },
    tooltip: { position: 'top' },
    xAxis: {
      type: 'category',
      data: hourList.map((h) => `${String(h).padStart(2, '0')}h`),
      splitArea: { show: true },
      ...AXIS,
    },
    yAxis: { type: 'category', data: weekdays.map(weekdayLabel), splitArea: { show: true }, inverse: true, ...AXIS },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      inRange: { color: mode === 'arrivals' ? ['#eef4fb', '#0b5cad'] : ['#fdf3e7', '#b4450b'] },
      textStyle: { fontSize: 13 },
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, fontSize: 13 },
        emphasis: { itemStyle: { borderColor: '#17202b', borderWidth: 1 } },
      },
    ],
  };
}

/** Horizontal bars, longest first: kinds of help, outcomes, priority classes. */
export function barsOption(items: { label: string; value: number }[], color = ACCENT): ChartOption {
  const sorted = [...items].sort((a, b) => a.value - b.value);
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, ...AXIS },
    yAxis: {
      type: 'category',
      data: sorted.map((i) => i.label),
      ...AXIS,
      axisLabel: { color: '#17202b', fontSize: 14 },
    },
    series: [
      {
        type: 'bar',
        data: sorted.map((i) => i.value),
        itemStyle: { color },
        label: { show: true, position: 'right', fontSize: 14 },
        barMaxWidth: 28,
      },
    ],
  };
}
