/**
 * The volunteers' duty roster for a week: who was on duty each morning and afternoon (from the sign-ins), with
 * the team lead's corrections — add someone with their hours, take a wrong shift out.
 */
import { useEffect, useState } from 'react';
import type { EndpointInput } from '../../../../shared/contract/endpoints';
import type { Staff } from '../../../../shared/domain';
import { SHIFTS, type Shift } from '../../../../shared/report-labels';
import { addDays, daysOf, weekdayOf } from '../../../../shared/report-range';
import { formatServiceDay } from '../../../../shared/time';
import { api, errorText } from '../../api/client';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { useReportFormat } from './report-format';
import { useLiveReport } from './use-report';
import { initialMonday, WeekPicker } from './WeekPicker';

type RosterCorrection = EndpointInput<'correctRoster'>;

export function RosterTab() {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
  const f = useReportFormat();
  const { queue } = useCenter();
  const today = queue.serviceDay;
  const [monday, setMonday] = useState(() => initialMonday(today));
  const [round, setRound] = useState(0);
  const [problem, setProblem] = useState<LocalizedText | null>(null);
  const week = { from: monday, to: addDays(monday, 6) };
  const { data } = useLiveReport('roster', week, week, today, round);
  const entries = data ?? [];
  const days = daysOf(week).filter((d) => weekdayOf(d) <= 5 || entries.some((e) => e.day === d));
  const change = (entry: RosterCorrection) =>
    api.call('correctRoster', entry).then(
      () => {
        setProblem(null);
        setRound((r) => r + 1);
      },
      (error: unknown) => setProblem(errorText(error)),
    );
  return (
    <div className="report-page">
      <section className="report-section report-section--bar">
        <WeekPicker monday={monday} today={today} onChange={setMonday} />
      </section>
      <p className="report-footnote">{t('roster.intro')}</p>
      {problem && (
        <p className="notice notice--error" role="alert">
          {localized(problem)}
        </p>
      )}
      <table className="report-table roster-grid">
        <thead>
          <tr>
            <th scope="col">{t('roster.day')}</th>
            {SHIFTS.map((shift) => (
              <th scope="col" key={shift}>
                {t(`shift.${shift}Title`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day}>
              <th scope="row">
                {t(`weekdays.d${weekdayOf(day) as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)} {formatServiceDay(day)}
              </th>
              {SHIFTS.map((shift) => {
                const here = entries.filter((e) => e.day === day && e.shift === shift);
                return (
                  <td key={shift} className="roster-grid__cell">
                    {here.length === 0 && <span className="report-empty">{t('roster.nobody')}</span>}
                    {here.map((e) => (
                      <span
                        key={e.staffId}
                        className={`roster-chip${e.source === 'manual' ? ' roster-chip--manual' : ''}`}
                      >
                        {e.name} · {t('roster.hours', { hours: f.count(e.hours) })}
                        {e.source === 'manual' && <span className="visually-hidden"> ({t('roster.manual')})</span>}
                        <button
                          type="button"
                          aria-label={t('roster.remove', {
                            name: e.name,
                            shift: t(`shift.${shift}`),
                            day: formatServiceDay(day),
                          })}
                          onClick={() => void change({ day, shift, staffId: e.staffId, onDuty: false, hours: null })}
                        >
                          ×
                        </button>
                      </span>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <AddToRoster days={days} onAdd={change} />
    </div>
  );
}

function AddToRoster({ days, onAdd }: { days: string[]; onAdd: (entry: RosterCorrection) => Promise<void> }) {
  const { t } = useTranslation('reports');
  const [staff, setStaff] = useState<Staff[]>([]);
  const [day, setDay] = useState(days[0] ?? '');
  const [shift, setShift] = useState<Shift>('morning');
  const [staffId, setStaffId] = useState('');
  const [hours, setHours] = useState('4');
  const [note, setNote] = useState('');
  useEffect(() => {
    let current = true;
    api.call('staff').then(
      (list) => current && setStaff(list.filter((s) => s.active)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  const chosenDay = days.includes(day) ? day : (days[0] ?? '');
  return (
    <form
      className="report-form report-card"
      onSubmit={(event) => {
        event.preventDefault();
        if (!staffId) return;
        void onAdd({
          day: chosenDay,
          shift,
          staffId: Number(staffId),
          onDuty: true,
          hours: Number(hours),
          note: note.trim() || undefined,
        }).then(() => setNote(''));
      }}
    >
      <h2>{t('roster.addTitle')}</h2>
      <div className="report-form__row">
        <label>
          {t('roster.day')}
          <select value={chosenDay} onChange={(e) => setDay(e.target.value)}>
            {days.map((d) => (
              <option key={d} value={d}>
                {formatServiceDay(d)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('roster.shiftLabel')}
          <select value={shift} onChange={(e) => setShift(e.target.value as Shift)}>
            {SHIFTS.map((s) => (
              <option key={s} value={s}>
                {t(`shift.${s}Title`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('roster.person')}
          <select value={staffId} onChange={(e) => setStaffId(e.target.value)} required>
            <option value="" />
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('roster.hoursLabel')}
          <input
            type="number"
            min="0.5"
            max="12"
            step="0.5"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            required
          />
        </label>
        <label className="report-form__grow">
          {t('roster.note')}
          <input value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="report-download report-download--primary">
          {t('roster.add')}
        </button>
      </div>
    </form>
  );
}
