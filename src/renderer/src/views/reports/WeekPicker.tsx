/** Move between weeks (Monday–Sunday): previous, this week, next. */
import { addDays, mondayOf, weekName } from '../../../../shared/report-range';
import { useLocalized, useTranslation } from '../../i18n';

/** The week in the address (`?week=yyyy-MM-dd`, any day of it), else this week. */
export function initialMonday(today: string): string {
  const week = new URLSearchParams(window.location.search).get('week');
  return week && /^\d{4}-\d{2}-\d{2}$/.test(week) && week <= today ? mondayOf(week) : mondayOf(today);
}

function remember(monday: string): void {
  history.replaceState(null, '', `${window.location.pathname}?week=${monday}`);
}

export function WeekPicker({
  monday,
  today,
  onChange,
}: {
  monday: string;
  today: string;
  onChange: (monday: string) => void;
}) {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
  const thisWeek = mondayOf(today);
  const go = (week: string) => {
    remember(week);
    onChange(week);
  };
  return (
    <div className="report-week" role="group" aria-label={t('week.label')}>
      <button type="button" className="report-download" onClick={() => go(addDays(monday, -7))}>
        {t('week.previous')}
      </button>
      <p className="report-range__days">{localized(weekName(monday))}</p>
      <button
        type="button"
        className="report-download"
        disabled={monday >= thisWeek}
        onClick={() => go(addDays(monday, 7))}
      >
        {t('week.next')}
      </button>
      {monday !== thisWeek && (
        <button type="button" className="report-download" onClick={() => go(thisWeek)}>
          {t('week.current')}
        </button>
      )}
    </div>
  );
}
