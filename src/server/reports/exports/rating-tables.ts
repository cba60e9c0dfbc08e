/**
 * The satisfaction ratings as report tables (src/server/citizen/rating-figures.ts has the figures): one table of
 * figures per service, point, staff member and week with the range's total, and one line per rating with its
 * reasons and comment. The CSV and XLSX writers take them like the other tables (report-tables.ts).
 */
import type { Database } from 'better-sqlite3';
import type { LocalizedText } from '../../../shared/errors';
import type { DayRange } from '../../../shared/report-range';
import {
  RATING_GROUPINGS,
  RATING_LEVEL_TEXT,
  RATING_LEVELS,
  RATING_REASON_TEXT,
  RATING_REASONS,
  type RatingFigureRow,
  type RatingGrouping,
} from '../../../shared/rating';
import { serviceDayStart } from '../../../shared/time';
import { ratingExportRows, ratingFigures } from '../../citizen/rating-figures';
import type { CellValue, Column, ColumnKind, Table } from './report-tables';

const col = (header: LocalizedText, kind: ColumnKind = 'int'): Column => ({ header, kind });

const GROUPING_TEXT: Record<RatingGrouping, LocalizedText> = {
  service: { vi: 'Theo lĩnh vực', en: 'By service' },
  point: { vi: 'Theo quầy / bàn', en: 'By service point' },
  staff: { vi: 'Theo cán bộ', en: 'By staff member' },
  week: { vi: 'Theo tuần', en: 'By week' },
};

const FIGURE_COLUMNS: Column[] = [
  col({ vi: 'Nhóm', en: 'Grouped' }, 'text'),
  col({ vi: 'Tên', en: 'Name' }, 'text'),
  col({ vi: 'Lượt được hỏi', en: 'Asked' }),
  col({ vi: 'Lượt đánh giá', en: 'Rated' }),
  col({ vi: 'Không đánh giá', en: 'No rating given' }),
  ...RATING_LEVELS.map((level) => col(RATING_LEVEL_TEXT[level])),
  col({ vi: 'Điểm trung bình (1–5)', en: 'Mean score (1–5)' }, 'score'),
  col({ vi: 'Tỉ lệ hài lòng', en: 'Satisfied share' }, 'percent'),
  ...RATING_REASONS.map((reason) =>
    col({ vi: `Lý do: ${RATING_REASON_TEXT[reason].vi}`, en: `Reason: ${RATING_REASON_TEXT[reason].en}` }),
  ),
  col({ vi: 'Số góp ý', en: 'Comments' }),
];

const figureCells = (r: RatingFigureRow): CellValue[] => [
  r.asked,
  r.rated,
  r.noAnswer,
  ...RATING_LEVELS.map((level) => r.levels[level]),
  r.meanScore,
  r.satisfiedShare,
  ...RATING_REASONS.map((reason) => r.reasons[reason]),
  r.comments,
];

/** Figures of every slice of the range, grouping after grouping, then the range's total. */
export function ratingFiguresTable(db: Database, range: DayRange, language: 'vi' | 'en'): Table {
  const pick = (text: LocalizedText) => (language === 'en' ? text.en : text.vi);
  const rows: CellValue[][] = [];
  let total: RatingFigureRow | null = null;
  for (const by of RATING_GROUPINGS) {
    const figures = ratingFigures(db, { ...range, by });
    total = figures.total;
    for (const row of figures.rows) rows.push([pick(GROUPING_TEXT[by]), pick(row.label), ...figureCells(row)]);
  }
  if (total) rows.push([pick({ vi: 'Tổng cộng', en: 'Total' }), pick(total.label), ...figureCells(total)]);
  return {
    name: 'ratings',
    title: { vi: 'Đánh giá hài lòng', en: 'Satisfaction ratings' },
    columns: FIGURE_COLUMNS,
    rows,
  };
}

const LIST_COLUMNS: Column[] = [
  col({ vi: 'Ngày', en: 'Day' }, 'day'),
  col({ vi: 'Giờ', en: 'Time' }, 'time'),
  col({ vi: 'Số phiếu', en: 'Ticket' }, 'text'),
  col({ vi: 'Lĩnh vực', en: 'Service' }, 'text'),
  col({ vi: 'Quầy / bàn', en: 'Service point' }, 'text'),
  col({ vi: 'Cán bộ', en: 'Staff member' }, 'text'),
  col({ vi: 'Mức độ hài lòng', en: 'Rating' }, 'text'),
  col({ vi: 'Lý do chưa hài lòng', en: 'Why not satisfied' }, 'text'),
  col({ vi: 'Góp ý', en: 'Comment' }, 'text'),
];

/** One line per rating of the range, oldest first, with its reasons and the citizen's comment. */
export function ratingListTable(db: Database, range: DayRange, language: 'vi' | 'en'): Table {
  const pick = (text: LocalizedText) => (language === 'en' ? text.en : text.vi);
  const rows = ratingExportRows(db, range.from, range.to).map((r): CellValue[] => [
    r.serviceDay,
    Math.round((r.at - serviceDayStart(r.serviceDay)) / 1000),
    r.ticket,
    pick(r.service),
    pick(r.point),
    r.staff ?? pick({ vi: '(chưa đăng nhập)', en: '(nobody signed in)' }),
    pick(r.level),
    r.reasons.map(pick).join('; '),
    r.comment,
  ]);
  return {
    name: 'ratingList',
    title: { vi: 'Từng lượt đánh giá', en: 'Every rating' },
    columns: LIST_COLUMNS,
    rows,
  };
}
