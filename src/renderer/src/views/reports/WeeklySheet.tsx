/**
 * The weekly report on screen as it will print: the same six sections as the A4 PDF, in WEEKLY_SECTIONS' order
 * and wording (volunteers, citizens supported, field visits, who served, satisfaction, difficulties); a wrong
 * difficulty note can be taken out here.
 */
import { WEEKLY_LINES, WEEKLY_SECTIONS, type WeeklyReport } from '../../../../shared/contract/weekly-report';
import { weekdayOf, weekName } from '../../../../shared/report-range';
import { formatDateTime, formatServiceDay } from '../../../../shared/time';
import { weeklyText, whoWent } from '../../../../shared/weekly-words';
import { api } from '../../api/client';
import { useLanguage, useLocalized, useTranslation } from '../../i18n';
import { useReportFormat } from './report-format';
import { WeeklySatisfaction, WeeklyServedBy } from './WeeklyServed';

export function WeeklySheet({ report, onChanged }: { report: WeeklyReport; onChanged: () => void }) {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
  const language = useLanguage();
  const say = weeklyText(language);
  const f = useReportFormat();
  const totalAt = report.help.reduce((s, h) => s + h.atCenter, 0);
  const totalIn = report.help.reduce((s, h) => s + h.inField, 0);
  const weekday = (day: string) => t(`weekdays.d${weekdayOf(day) as 1 | 2 | 3 | 4 | 5 | 6 | 7}`);
  const withdraw = (id: number) => void api.call('withdrawDifficulty', { id }).then(onChanged, onChanged);
  return (
    <article className="weekly-sheet" aria-label={t('tabs.weekly')}>
      <header className="weekly-sheet__head">
        <p className="weekly-sheet__branch">
          {(report.youthUnionBranch || localized(report.centerName)).toUpperCase()}
        </p>
        <h2>{say('title')}</h2>
        <p className="weekly-sheet__subtitle">{say('subtitle')}</p>
        <p>{localized(weekName(report.week.start))}</p>
      </header>
      <section className="weekly-sheet__section" aria-labelledby="weekly-volunteers">
        <h3 id="weekly-volunteers">{localized(WEEKLY_SECTIONS.volunteers)}</h3>
        <p>
          {say('volunteersLine', {
            people: f.count(report.figures.volunteers),
            shifts: f.count(report.figures.volunteerShifts),
            hours: f.count(report.figures.volunteerHours),
          })}
        </p>
        {report.volunteers.length === 0 ? (
          <p className="report-empty">{say('noVolunteers')}</p>
        ) : (
          <table className="report-table weekly-table">
            <thead>
              <tr>
                <th scope="col">{say('name')}</th>
                <th scope="col">{say('shiftsShort')}</th>
                <th scope="col" className="report-table__num">
                  {say('hours')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.volunteers.map((v) => (
                <tr key={v.staffId}>
                  <th scope="row">{v.name}</th>
                  <td className="weekly-table__wrap">
                    {[
                      ...v.shifts.map((s) => `${weekday(s.day)} ${t(`shift.${s.shift}`)}`),
                      ...(v.fieldHours > 0 ? [say('fieldHoursShort', { hours: f.count(v.fieldHours) })] : []),
                    ].join(', ')}
                  </td>
                  <td className="report-table__num">{f.count(v.hours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="weekly-sheet__section" aria-labelledby="weekly-results">
        <h3 id="weekly-results">{localized(WEEKLY_SECTIONS.results)}</h3>
        <dl className="weekly-facts">
          <div>
            <dt>{localized(WEEKLY_LINES.ticketsIssued)}</dt>
            <dd>{f.count(report.figures.ticketsIssued)}</dd>
          </div>
          <div>
            <dt>{localized(WEEKLY_LINES.helpDeskCitizens)}</dt>
            <dd>
              {f.count(report.figures.helpDeskCitizens)} ({f.count(report.figures.helpDeskVisits)} {say('deskVisits')})
            </dd>
          </div>
          <div>
            <dt>{localized(WEEKLY_LINES.elderlyHelped)}</dt>
            <dd>{f.count(report.figures.elderlyHelped)}</dd>
          </div>
        </dl>
        <table className="report-table weekly-table">
          <thead>
            <tr>
              <th scope="col">{say('kind')}</th>
              <th scope="col" className="report-table__num">
                {say('atCenter')}
              </th>
              <th scope="col" className="report-table__num">
                {say('inField')}
              </th>
              <th scope="col" className="report-table__num">
                {say('total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.help.map((h) => (
              <tr key={h.code}>
                <th scope="row">{localized(h.name)}</th>
                <td className="report-table__num">{f.count(h.atCenter)}</td>
                <td className="report-table__num">{f.count(h.inField)}</td>
                <td className="report-table__num">{f.count(h.atCenter + h.inField)}</td>
              </tr>
            ))}
            <tr className="weekly-table__total">
              <th scope="row">{say('total')}</th>
              <td className="report-table__num">{f.count(totalAt)}</td>
              <td className="report-table__num">{f.count(totalIn)}</td>
              <td className="report-table__num">{f.count(totalAt + totalIn)}</td>
            </tr>
          </tbody>
        </table>
        <p className="report-footnote">
          {say('elderlyRule', {
            cases: f.count(report.figures.elderlyHelped - report.elderly.onFieldVisits),
            field: f.count(report.elderly.onFieldVisits),
          })}
        </p>
      </section>
      <section className="weekly-sheet__section" aria-labelledby="weekly-field">
        <h3 id="weekly-field">{localized(WEEKLY_SECTIONS.field)}</h3>
        {report.fieldVisits.length === 0 ? (
          <p className="report-empty">{say('noField')}</p>
        ) : (
          <ul className="weekly-list">
            {report.fieldVisits.map((v) => (
              <li key={v.id}>
                <span>
                  <strong>
                    {formatServiceDay(v.day)} · {v.place}
                  </strong>{' '}
                  —{' '}
                  {t('visits.summary', {
                    hours: f.count(v.hours),
                    helped: f.count(v.helped),
                    volunteers: whoWent(v, language, f.count),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <WeeklyServedBy report={report} />
      <WeeklySatisfaction report={report} />
      <section className="weekly-sheet__section" aria-labelledby="weekly-difficulties">
        <h3 id="weekly-difficulties">{localized(WEEKLY_SECTIONS.difficulties)}</h3>
        {report.difficulties.length === 0 ? (
          <p className="report-empty">{say('noDifficulties')}</p>
        ) : (
          <ul className="weekly-list">
            {report.difficulties.map((d) => (
              <li key={d.id}>
                <span>
                  {formatDateTime(d.at)}
                  {d.servicePoint || d.staff ? ` (${[d.servicePoint, d.staff].filter(Boolean).join(', ')})` : ''}:{' '}
                  {d.text}
                </span>
                <button
                  type="button"
                  className="weekly-list__remove"
                  title={t('weekly.withdrawTitle')}
                  onClick={() => withdraw(d.id)}
                >
                  {t('weekly.withdraw')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
