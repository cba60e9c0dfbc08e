/** The ratings by service, point, staff member and week: one sortable table each, with the range's CSV. */
import {
  RATING_LEVEL_TEXT,
  RATING_LEVELS,
  RATING_REASON_TEXT,
  RATING_REASONS,
  type RatingFigureRow,
  type RatingFigures,
  type RatingGrouping,
} from '../../../../shared/rating';
import { useLocalized, useTranslation } from '../../i18n';
import { useReportFormat } from './report-format';
import { SortableTable, type TableColumn } from './SortableTable';

function useRatingColumns(): TableColumn<RatingFigureRow>[] {
  const { t } = useTranslation('reportRatings');
  const localized = useLocalized();
  const f = useReportFormat();
  const count = (key: string, header: string, pick: (r: RatingFigureRow) => number): TableColumn<RatingFigureRow> => ({
    key,
    header,
    numeric: true,
    value: pick,
    show: (r) => f.count(pick(r)),
  });
  const unhappyReasons = (r: RatingFigureRow) =>
    RATING_REASONS.filter((reason) => r.reasons[reason] > 0).map(
      (reason) => `${localized(RATING_REASON_TEXT[reason])} ${f.count(r.reasons[reason])}`,
    );
  return [
    // A week sorts by its Monday and reads as everywhere a week is named ("Tuần 46 (09/11–15/11/2026)").
    {
      key: 'name',
      header: t('tables.name'),
      value: (r) => (typeof r.key === 'string' ? r.key : localized(r.label)),
      show: (r) => localized(r.label),
    },
    count('asked', t('tables.asked'), (r) => r.asked),
    // "Đánh giá" (rated) is asked − no answer: the headline has it; the table keeps to what is read across.
    count('noAnswer', t('tables.noAnswer'), (r) => r.noAnswer),
    ...RATING_LEVELS.map((level) => count(level, localized(RATING_LEVEL_TEXT[level]), (r) => r.levels[level])),
    {
      key: 'score',
      header: t('tables.score'),
      numeric: true,
      value: (r) => r.meanScore,
      show: (r) => (r.meanScore === null ? '—' : f.decimal(r.meanScore)),
    },
    {
      key: 'satisfied',
      header: t('tables.satisfied'),
      numeric: true,
      value: (r) => r.satisfiedShare,
      show: (r) => f.share(r.satisfiedShare),
    },
    {
      key: 'reasons',
      header: t('tables.reasons'),
      value: (r) => RATING_REASONS.reduce((sum, reason) => sum + r.reasons[reason], 0) || null,
      show: (r) => unhappyReasons(r).join(' · ') || '—',
    },
    count('comments', t('tables.comments'), (r) => r.comments),
  ];
}

export function RatingTable({ figures }: { figures: RatingFigures }) {
  const { t } = useTranslation('reportRatings');
  const columns = useRatingColumns();
  const by: RatingGrouping = figures.by;
  const id = `rating-table-${by}`;
  return (
    <section className="report-section" aria-labelledby={id}>
      <div className="report-section__head">
        <h2 id={id}>{t(`tables.${by}`)}</h2>
      </div>
      <SortableTable
        caption={t(`tables.${by}`)}
        rows={figures.rows}
        rowKey={(r) => String(r.key)}
        columns={columns}
        {...(by === 'week' ? {} : { initialSort: { key: 'asked', descending: true } })}
      />
      {by === 'week' && <p className="report-footnote">{t('tables.legend')}</p>}
    </section>
  );
}
