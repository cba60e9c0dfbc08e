/**
 * The citizens' satisfaction ratings over a period (docs/metrics.md, "Satisfaction ratings"): the headline, the
 * levels and the reasons as charts, the figures by service, point, staff member and week, and the comments.
 */
import { useMemo, useState } from 'react';
import {
  RATING_LEVEL_TEXT,
  RATING_REASON_TEXT,
  RATING_REASONS,
  type RatingFigureRow,
  type RatingFigures,
  type RatingGrouping,
} from '../../../../shared/rating';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { Chart } from './Chart';
import { barsOption } from './chart-options';
import { Downloads } from './Downloads';
import { initialRange, RangePicker, type ChosenRange } from './RangePicker';
import { RatingComments } from './RatingComments';
import { levelsOption, weeksOption } from './rating-charts';
import { RatingTable } from './RatingTables';
import { useReportFormat } from './report-format';
import { answerFor, useLiveReport } from './use-report';
import { ReportTiles, type Tile } from './ReportTiles';

export function RatingsTab() {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
  const { queue } = useCenter();
  const today = queue.serviceDay;
  const [range, setRange] = useState<ChosenRange>(() => initialRange(today));
  const slices = {
    service: useSlice('service', range, today),
    point: useSlice('point', range, today),
    staff: useSlice('staff', range, today),
    week: useSlice('week', range, today),
  };
  const figures = (Object.values(slices) as Slice[]).map((s) => s.figures);
  const ready = figures.every((f): f is RatingFigures => f !== null);
  const failure = (Object.values(slices) as Slice[]).find((s) => s.failure)?.failure ?? null;

  return (
    <div className="report-overview report-ratings">
      <section className="report-section report-section--bar" aria-label={t('range.label')}>
        <RangePicker range={range} today={today} onChange={setRange} />
        {/* The workbook (every table, the ratings among them) and the ratings' two CSV files. */}
        <Downloads range={range} csvTables={['ratings', 'ratingList']} />
      </section>
      {failure && (
        <p className="notice notice--error" role="alert">
          {localized(failure)}
        </p>
      )}
      {!ready && !failure && <p className="report-loading">{t('loading')}</p>}
      {ready && (
        <>
          <RatingHeadline total={slices.service.figures!.total} />
          {range.from <= today && today <= range.to && <p className="report-footnote">{t('live')}</p>}
          <RatingCharts total={slices.service.figures!.total} weeks={slices.week.figures!.rows} />
          {(['service', 'point', 'staff', 'week'] as const).map((by) => (
            <RatingTable key={by} figures={slices[by].figures!} />
          ))}
          <RatingComments figures={slices.service.figures!} />
        </>
      )}
    </div>
  );
}

type Slice = ReturnType<typeof useSlice>;

/** One grouping's figures for the chosen period, kept current while it includes today. */
function useSlice(by: RatingGrouping, range: ChosenRange, today: string) {
  const { data, failure } = useLiveReport('ratingFigures', { from: range.from, to: range.to, by }, range, today);
  return { figures: answerFor(data, range), failure };
}

function RatingHeadline({ total }: { total: RatingFigureRow }) {
  const { t } = useTranslation('reportRatings');
  const f = useReportFormat();
  const tiles: Tile[] = [
    { label: t('headline.asked'), value: f.count(total.asked) },
    { label: t('headline.rated'), value: f.count(total.rated) },
    { label: t('headline.noAnswer'), value: f.count(total.noAnswer), detail: t('headline.noAnswerDetail') },
    {
      label: t('headline.satisfied'),
      value: f.share(total.satisfiedShare),
      detail: t('headline.satisfiedDetail'),
      tone: 'ok',
    },
    {
      label: t('headline.score'),
      value: total.meanScore === null ? '—' : t('headline.scoreOf', { score: f.decimal(total.meanScore) }),
    },
    { label: t('headline.comments'), value: f.count(total.comments) },
  ];
  return <ReportTiles tiles={tiles} testId="rating-headline" />;
}

function RatingCharts({ total, weeks }: { total: RatingFigureRow; weeks: RatingFigureRow[] }) {
  const { t } = useTranslation('reportRatings');
  const localized = useLocalized();
  const levels = useMemo(() => levelsOption(total, (l) => localized(RATING_LEVEL_TEXT[l])), [total, localized]);
  const reasons = useMemo(
    () =>
      barsOption(
        RATING_REASONS.map((r) => ({ label: localized(RATING_REASON_TEXT[r]), value: total.reasons[r] })),
        '#e08a2c',
      ),
    [total, localized],
  );
  const byWeek = useMemo(
    () =>
      weeksOption(
        weeks,
        (l) => localized(RATING_LEVEL_TEXT[l]),
        // The week's name over its days, on two lines under its column.
        (w) => localized(w.label).replace(' (', '\n('),
      ),
    [weeks, localized],
  );
  if (total.asked === 0)
    return (
      <div className="report-empty report-ratings__empty">
        <p>{t('charts.empty')}</p>
        <p>{t('notReady')}</p>
      </div>
    );
  return (
    <div className="report-charts report-ratings__charts">
      <figure className="report-card">
        <figcaption>{t('charts.levels')}</figcaption>
        <Chart option={levels} label={t('charts.levels')} height={240} />
      </figure>
      <figure className="report-card">
        <figcaption>{t('charts.reasons')}</figcaption>
        <Chart option={reasons} label={t('charts.reasons')} height={240} />
      </figure>
      {weeks.length > 1 && (
        <figure className="report-card">
          <figcaption>{t('charts.byWeek')}</figcaption>
          <Chart option={byWeek} label={t('charts.byWeek')} height={240} />
        </figure>
      )}
    </div>
  );
}
