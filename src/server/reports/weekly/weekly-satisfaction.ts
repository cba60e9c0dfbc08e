/**
 * The week's satisfaction ratings, for the whole center and per service point: asked, rated, the share
 * satisfied (4–5 points), the mean score, and the reasons unhappy citizens gave most (docs/metrics.md).
 */
import type { WeeklyReport } from '../../../shared/contract/weekly-report';
import { RATING_REASON_TEXT, RATING_REASONS, type RatingFigureRow } from '../../../shared/rating';
import type { DayRange } from '../../../shared/report-range';
import { ratingFigures } from '../../citizen/rating-figures';
import type { ReportReader } from '../report-reader';

type Slice = Omit<WeeklyReport['satisfaction'], 'byPoint'>;

function slice(row: RatingFigureRow): Slice {
  return {
    asked: row.asked,
    rated: row.rated,
    satisfiedShare: row.satisfiedShare,
    meanScore: row.meanScore,
    topReasons: RATING_REASONS.filter((code) => row.reasons[code] > 0)
      .map((code) => ({ code, name: RATING_REASON_TEXT[code], count: row.reasons[code] }))
      .sort((a, b) => b.count - a.count),
  };
}

export function weekSatisfaction(reader: ReportReader, week: DayRange): WeeklyReport['satisfaction'] {
  const figures = ratingFigures(reader.db, { ...week, by: 'point' });
  const order = new Map(reader.setup.points().map((p, i) => [p.id, i]));
  return {
    ...slice(figures.total),
    byPoint: figures.rows
      .map((row) => ({ servicePointId: Number(row.key), name: row.label, ...slice(row) }))
      .sort((a, b) => (order.get(a.servicePointId) ?? 0) - (order.get(b.servicePointId) ?? 0)),
  };
}
