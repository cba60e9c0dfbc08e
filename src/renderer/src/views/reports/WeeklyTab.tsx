/**
 * The weekly volunteer report as it will print: choose the week, check it on screen, download the A4 PDF for
 * the meeting or the Excel file; name the youth-union branch it is from; take a wrong difficulty note out.
 */
import { useEffect, useState } from 'react';
import { weeklyFileName } from '../../../../shared/contract/weekly-report';
import { api, errorText } from '../../api/client';
import { useLanguage, useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { SaveLink } from '../../desktop/SaveLink';
import { useCenter } from '../../state/use-center';
import { useLiveReport } from './use-report';
import { initialMonday, WeekPicker } from './WeekPicker';
import { WeeklySheet } from './WeeklySheet';

export function WeeklyTab() {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
  const language = useLanguage();
  const { queue } = useCenter();
  const today = queue.serviceDay;
  const [monday, setMonday] = useState(() => initialMonday(today));
  const [round, setRound] = useState(0);
  const { data, failure } = useLiveReport('weeklyReport', { week: monday }, null, today, round);
  const report = data?.week.start === monday ? data : null;
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
            fileName={weeklyFileName(monday, 'pdf')}
            format="pdf"
          >
            ⤓ {t('weekly.pdf')}
          </SaveLink>
          <SaveLink
            className="report-download"
            href={file('xlsx')}
            fileName={weeklyFileName(monday, 'xlsx')}
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
