/**
 * The weekly volunteer report as it will print: choose the week, check it on screen, download the A4 PDF for
 * the meeting or the Excel file; name the youth-union branch it is from; take a wrong difficulty note out.
 */
import { useEffect, useState } from 'react';
import { helpKindLabel } from '../../../../shared/report-labels';
import { weekdayOf } from '../../../../shared/report-range';
import type { WeeklyReport } from '../../../../shared/reports';
import { formatDateTime, formatServiceDay } from '../../../../shared/time';
import { api, errorText } from '../../api/client';
import { useLanguage, useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { SaveLink } from '../../desktop/SaveLink';
import { useCenter } from '../../state/use-center';
import { useReportFormat } from './report-format';
import { useLiveReport } from './use-report';
import { initialMonday, WeekPicker } from './WeekPicker';

export function WeeklyTab() {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
  const language = useLanguage();
  const { queue } = useCenter();
  const today = queue.serviceDay;
  const [monday, setMonday] = useState(() => initialMonday(today));
  const [round, setRound] = useState(0);
  const { data, failure } = useLiveReport('weeklyReport', { week: monday }, null, today, round);
  const report = data?.weekStart === monday ? data : null;
  const file = (format: 'pdf' | 'xlsx') =>
    api.href(format === 'pdf' ? 'weeklyReportPdf' : 'weeklyReportXlsx', { week: monday, lang: language });
  return (
    <div className="report-page">
      <section className="report-section report-section--bar">
        <WeekPicker monday={monday} today={today} onChange={setMonday} />
        <div className="report-downloads">
          <SaveLink
            className="report-download report-download--primary"
            href={file('pdf')}
            fileName={`bao-cao-tuan-${monday}.pdf`}
            format="pdf"
          >
            ⤓ {t('weekly.pdf')}
          </SaveLink>
          <SaveLink
            className="report-download"
            href={file('xlsx')}
            fileName={`bao-cao-tuan-${monday}.xlsx`}
            format="xlsx"
          >
            ⤓ {t('weekly.xlsx')}
          </SaveLink>
        </div>
      </section>
      <BranchName onSaved={() => setRound((r) => r + 1)} />
      {failure && (
        <p className="notice notice--error" role="alert">
          {localized(failure)}
        </p>
      )}
      {report ? (
        <WeeklySheet report={report} onChanged={() => setRound((r) => r + 1)} />
      ) : (
        <p className="report-loading">{t('loading')}</p>
      )}
    </div>
  );
}

function BranchName({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
  const [value, setValue] = useState<string | null>(null);
  const [message, setMessage] = useState<LocalizedText | string | null>(null);
  useEffect(() => {
    let current = true;
    api.call('reportSettings').then(
      (s) => current && setValue((v) => v ?? s.youthUnionBranch),
      (error: unknown) => current && setMessage(errorText(error)),
    );
    return () => {
      current = false;
    };
  }, []);
  return (
    <form
      className="report-form report-form--inline"
      onSubmit={(event) => {
        event.preventDefault();
        api.call('updateReportSettings', { youthUnionBranch: value ?? '' }).then(
          () => {
            setMessage(t('weekly.saved'));
            onSaved();
          },
          (error: unknown) => setMessage(errorText(error)),
        );
      }}
    >
      <label>
        {t('weekly.branch')}
        <input
          value={value ?? ''}
          maxLength={200}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby="branch-hint"
        />
      </label>
      <button type="submit" className="report-download">
        {localized({ vi: 'Lưu', en: 'Save' })}
      </button>
      <span id="branch-hint" className="report-footnote">
        {message === null ? t('weekly.branchHint') : typeof message === 'string' ? message : localized(message)}
      </span>
    </form>
  );
}

function WeeklySheet({ report, onChanged }: { report: WeeklyReport; onChanged: () => void }) {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
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
        <h2>{t('weekly.title')}</h2>
        <p className="weekly-sheet__subtitle">{t('weekly.subtitle')}</p>
        <p>{t('week.days', { from: formatServiceDay(report.weekStart), to: formatServiceDay(report.weekEnd) })}</p>
      </header>
      <h3>{t('weekly.volunteers')}</h3>
      <p>
        {t('weekly.volunteersLine', {
          people: f.count(report.volunteers.length),
          shifts: f.count(report.shiftCount),
          hours: f.count(report.volunteerHours),
        })}
      </p>
      {report.volunteers.length === 0 ? (
        <p className="report-empty">{t('weekly.noVolunteers')}</p>
      ) : (
        <table className="report-table weekly-table">
          <thead>
            <tr>
              <th scope="col">{t('weekly.name')}</th>
              <th scope="col">{t('weekly.shifts')}</th>
              <th scope="col" className="report-table__num">
                {t('weekly.hours')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.volunteers.map((v) => (
              <tr key={v.staffId}>
                <th scope="row">{v.name}</th>
                <td className="weekly-table__wrap">
                  {v.shifts.map((s) => `${weekday(s.day)} ${t(`shift.${s.shift}`)}`).join(', ')}
                </td>
                <td className="report-table__num">{f.count(v.hours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('weekly.results')}</h3>
      <dl className="weekly-facts">
        <div>
          <dt>{t('weekly.issued')}</dt>
          <dd>{f.count(report.issued)}</dd>
        </div>
        <div>
          <dt>{t('weekly.deskCitizens')}</dt>
          <dd>
            {f.count(report.helpDesk.citizens)} ({t('weekly.deskVisits', { count: report.helpDesk.visits })})
          </dd>
        </div>
        <div>
          <dt>{t('weekly.elderly')}</dt>
          <dd>{f.count(report.elderlySupported)}</dd>
        </div>
      </dl>
      <table className="report-table weekly-table">
        <thead>
          <tr>
            <th scope="col">{t('weekly.kind')}</th>
            <th scope="col" className="report-table__num">
              {t('weekly.atCenter')}
            </th>
            <th scope="col" className="report-table__num">
              {t('weekly.inField')}
            </th>
            <th scope="col" className="report-table__num">
              {t('weekly.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.help.map((h) => (
            <tr key={h.code}>
              <th scope="row">{localized(helpKindLabel(h.code))}</th>
              <td className="report-table__num">{f.count(h.atCenter)}</td>
              <td className="report-table__num">{f.count(h.inField)}</td>
              <td className="report-table__num">{f.count(h.atCenter + h.inField)}</td>
            </tr>
          ))}
          <tr className="weekly-table__total">
            <th scope="row">{t('weekly.total')}</th>
            <td className="report-table__num">{f.count(totalAt)}</td>
            <td className="report-table__num">{f.count(totalIn)}</td>
            <td className="report-table__num">{f.count(totalAt + totalIn)}</td>
          </tr>
        </tbody>
      </table>
      <h3>{t('weekly.field')}</h3>
      {report.fieldVisits.length === 0 ? (
        <p className="report-empty">{t('weekly.noField')}</p>
      ) : (
        <ul className="weekly-list">
          {report.fieldVisits.map((v) => (
            <li key={v.id}>
              <strong>
                {formatServiceDay(v.day)} · {v.place}
              </strong>{' '}
              —{' '}
              {t('visits.summary', {
                hours: f.count(v.hours),
                helped: f.count(v.helped),
                volunteers: v.volunteers.join(', '),
              })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('weekly.difficulties')}</h3>
      {report.difficulties.length === 0 ? (
        <p className="report-empty">{t('weekly.noDifficulties')}</p>
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
    </article>
  );
}
