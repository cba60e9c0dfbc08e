/**
 * The weekly sheet's sections 4 and 5, as the PDF has them: who served at each counter and help desk (its columns
 * from src/shared/weekly-columns.ts, as the PDF's and the XLSX's) and the citizens' satisfaction (rated of asked, share
 * satisfied, mean score, the reasons unhappy citizens gave most). Wording: src/shared/weekly-words.ts.
 */
import { WEEKLY_LINES, WEEKLY_SECTIONS, type WeeklyReport } from '../../../../shared/contract/weekly-report';
import {
  minutesOf,
  servedColumns,
  servedRows,
  type ServedColumn,
  type ServedRow,
} from '../../../../shared/weekly-columns';
import { weeklyText } from '../../../../shared/weekly-words';
import { useLanguage, useLocalized } from '../../i18n';
import { useReportFormat } from './report-format';

export function WeeklyServedBy({ report }: { report: WeeklyReport }) {
  const localized = useLocalized();
  const language = useLanguage();
  const say = weeklyText(language);
  const f = useReportFormat();
  const columns = servedColumns('screen');
  const cell = (column: ServedColumn, row: ServedRow) => {
    const value = column.value(row, { language, count: f.count });
    if (value === null) return '–';
    if (typeof value === 'string') return value;
    switch (column.kind) {
      case 'duration':
        return f.count(minutesOf(value));
      case 'percent':
        return f.share(value);
      case 'score':
        return f.decimal(value);
      default:
        return f.count(value);
    }
  };
  const numeric = (column: ServedColumn) => column.kind !== 'text';
  return (
    <section className="weekly-sheet__section" aria-labelledby="weekly-served">
      <h3 id="weekly-served">{localized(WEEKLY_SECTIONS.servedBy)}</h3>
      {report.servedBy.length === 0 ? (
        <p className="report-empty">{say('noServed')}</p>
      ) : (
        <>
          <table className="report-table weekly-table">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={numeric(c) ? 'report-table__num' : undefined}>
                    {localized(c.header)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {servedRows(report).map((row) => (
                <tr key={row.point.servicePointId}>
                  {columns.map((c, i) =>
                    i === 0 ? (
                      <th key={c.key} scope="row">
                        {cell(c, row)}
                      </th>
                    ) : (
                      <td
                        key={c.key}
                        className={
                          numeric(c) ? 'report-table__num' : c.key === 'servedByWhom' ? 'weekly-table__wrap' : undefined
                        }
                      >
                        {cell(c, row)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="report-footnote">{say('servedNote')}</p>
        </>
      )}
    </section>
  );
}

export function WeeklySatisfaction({ report }: { report: WeeklyReport }) {
  const localized = useLocalized();
  const say = weeklyText(useLanguage());
  const f = useReportFormat();
  const { satisfaction } = report;
  return (
    <section className="weekly-sheet__section" aria-labelledby="weekly-satisfaction">
      <h3 id="weekly-satisfaction">{localized(WEEKLY_SECTIONS.satisfaction)}</h3>
      {satisfaction.asked === 0 ? (
        <p className="report-empty">{say('noRatings')}</p>
      ) : (
        <dl className="weekly-facts">
          <div>
            <dt>{say('ratedOfAsked')}</dt>
            <dd>{`${f.count(satisfaction.rated)}/${f.count(satisfaction.asked)}`}</dd>
          </div>
          <div>
            <dt>{localized(WEEKLY_LINES.satisfiedShare)}</dt>
            <dd>{f.share(satisfaction.satisfiedShare)}</dd>
          </div>
          <div>
            <dt>{localized(WEEKLY_LINES.meanRating)}</dt>
            <dd>{satisfaction.meanScore === null ? '–' : `${f.decimal(satisfaction.meanScore)} / 5`}</dd>
          </div>
          <div>
            <dt>{say('topReasons')}</dt>
            <dd>
              {satisfaction.topReasons.length === 0
                ? say('noReasons')
                : satisfaction.topReasons.map((r) => `${localized(r.name)} (${f.count(r.count)})`).join(', ')}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
