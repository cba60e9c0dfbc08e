/** The ratings tab's charts as ECharts options: the five levels in their own order and colours, and by week. */
import { RATING_LEVELS, type RatingFigureRow, type RatingLevel } from '../../../../shared/rating';
import type { ChartOption } from './Chart';

/** Green for satisfied, grey for neutral, orange to red for unhappy: read at a glance, and in the legend. */
export const LEVEL_COLOURS: Record<RatingLevel, string> = {
  very_satisfied: '#1b7a3a',
  satisfied: '#5fae6e',
  neutral: '#9aa3ad',
  dissatisfied: '#e08a2c',
  very_dissatisfied: '#b3261e',
};
const AXIS = { axisLabel: { color: '#17202b', fontSize: 14 }, axisLine: { lineStyle: { color: '#aeb7c3' } } };

/** One bar per level, best at the top, each in its colour, the count at its end. */
export function levelsOption(total: RatingFigureRow, label: (level: RatingLevel) => string): ChartOption {
  const levels = [...RATING_LEVELS].reverse();
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, ...AXIS, axisLabel: { color: '#56606e', fontSize: 13 } },
    yAxis: { type: 'category', data: levels.map(label), ...AXIS },
    series: [
      {
        type: 'bar',
        data: levels.map((level) => ({ value: total.levels[level], itemStyle: { color: LEVEL_COLOURS[level] } })),
        label: { show: true, position: 'right', fontSize: 14 },
        barMaxWidth: 28,
      },
    ],
  };
}

/** Weeks across, the levels stacked in each week's column. */
export function weeksOption(
  weeks: RatingFigureRow[],
  label: (level: RatingLevel) => string,
  weekLabel: (row: RatingFigureRow) => string,
): ChartOption {
  return {
    grid: { left: 48, right: 16, top: 48, bottom: 40 },
    legend: { top: 0, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: weeks.map(weekLabel), ...AXIS, axisLabel: { color: '#56606e', fontSize: 13 } },
    yAxis: { type: 'value', minInterval: 1, ...AXIS, axisLabel: { color: '#56606e', fontSize: 13 } },
    series: RATING_LEVELS.map((level) => ({
      name: label(level),
      type: 'bar',
      stack: 'levels',
      data: weeks.map((w) => w.levels[level]),
      itemStyle: { color: LEVEL_COLOURS[level] },
      barMaxWidth: 48,
    })),
  };
}
