/** Field visits of a week (đi cơ sở): the list, and a form to record or correct one. */
import { useEffect, useState } from 'react';
import type { Staff } from '../../../../shared/domain';
import type { FieldVisit } from '../../../../shared/people';
import { helpKindLabel, WEEKLY_HELP_CODES } from '../../../../shared/report-labels';
import { addDays } from '../../../../shared/report-range';
import { formatServiceDay } from '../../../../shared/time';
import { whoWent } from '../../../../shared/weekly-words';
import { api, errorText } from '../../api/client';
import { useLanguage, useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { DayInput } from './DayInput';
import { useReportFormat } from './report-format';
import { useLiveReport } from './use-report';
import { initialMonday, WeekPicker } from './WeekPicker';

interface Draft {
  id: number | null;
  day: string;
  place: string;
  hours: string;
  volunteerIds: number[];
  /** Each one's hours out, when not the whole visit (empty: the visit's hours). */
  volunteerHours: Record<number, string>;
  helped: Record<string, string>;
  elderly: string;
  note: string;
}

const emptyDraft = (day: string): Draft => ({
  id: null,
  day,
  place: '',
  hours: '3',
  volunteerIds: [],
  volunteerHours: {},
  helped: {},
  elderly: '0',
  note: '',
});

export function VisitsTab() {
  const { t } = useTranslation('reports');
  const localized = useLocalized();
  const language = useLanguage();
  const f = useReportFormat();
  const { queue } = useCenter();
  const today = queue.serviceDay;
  const [monday, setMonday] = useState(() => initialMonday(today));
  const [round, setRound] = useState(0);
  const [staff, setStaff] = useState<Staff[]>([]);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(today));
  const [problem, setProblem] = useState<LocalizedText | null>(null);
  const week = { from: monday, to: addDays(monday, 6) };
  const { data } = useLiveReport('fieldVisits', week, null, today, round);
  useEffect(() => {
    let current = true;
    api.call('staff').then(
      (list) => current && setStaff(list.filter((s) => s.active && (s.role === 'volunteer' || s.role === 'greeter'))),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  const name = (id: number) => staff.find((s) => s.id === id)?.name ?? `#${id}`;
  const save = () => {
    const body = {
      day: draft.day,
      place: draft.place,
      hours: Number(draft.hours),
      volunteers: draft.volunteerIds.map((staffId) => ({
        staffId,
        hours: Number(draft.volunteerHours[staffId]) || Number(draft.hours),
      })),
      helped: Object.fromEntries(Object.entries(draft.helped).map(([code, n]) => [code, Number(n) || 0])),
      elderly: Number(draft.elderly) || 0,
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    };
    const request =
      draft.id === null ? api.call('createFieldVisit', body) : api.call('updateFieldVisit', { id: draft.id, ...body });
    request.then(
      () => {
        setProblem(null);
        setDraft(emptyDraft(draft.day));
        setRound((r) => r + 1);
      },
      (error: unknown) => setProblem(errorText(error)),
    );
  };
  const edit = (v: FieldVisit) =>
    setDraft({
      id: v.id,
      day: v.day,
      place: v.place,
      hours: String(v.hours),
      volunteerIds: v.volunteerIds,
      volunteerHours: Object.fromEntries(
        v.volunteers.filter((p) => p.hours < v.hours).map((p) => [p.staffId, String(p.hours)]),
      ),
      helped: Object.fromEntries(Object.entries(v.helped).map(([k, n]) => [k, String(n)])),
      elderly: String(v.elderly),
      note: v.note ?? '',
    });
  return (
    <div className="report-page">
      <section className="report-section report-section--bar">
        <WeekPicker monday={monday} today={today} onChange={setMonday} />
      </section>
      <p className="report-footnote">{t('visits.intro')}</p>
      <div className="visits-layout">
        <section className="report-section" aria-label={t('tabs.visits')}>
          {(data ?? []).length === 0 && <p className="report-empty">{t('visits.empty')}</p>}
          <ul className="visits-list">
            {(data ?? []).map((v) => (
              <li key={v.id} className="report-card">
                <p>
                  <strong>
                    {formatServiceDay(v.day)} · {v.place}
                  </strong>
                </p>
                <p className="report-footnote">
                  {t('visits.summary', {
                    hours: f.count(v.hours),
                    helped: f.count(Object.values(v.helped).reduce((a, b) => a + b, 0)),
                    volunteers: whoWent(
                      { hours: v.hours, volunteers: v.volunteers.map((p) => ({ ...p, name: name(p.staffId) })) },
                      language,
                      f.count,
                    ),
                  })}
                </p>
                <p className="visits-list__kinds">
                  {Object.entries(v.helped)
                    .map(([code, n]) => `${localized(helpKindLabel(code))}: ${f.count(n)}`)
                    .join(' · ')}
                </p>
                <div className="visits-list__actions">
                  <button type="button" className="report-download report-download--small" onClick={() => edit(v)}>
                    {t('visits.edit')}
                  </button>
                  <button
                    type="button"
                    className="report-download report-download--small"
                    onClick={() => void api.call('withdrawFieldVisit', { id: v.id }).then(() => setRound((r) => r + 1))}
                  >
                    {t('visits.withdraw')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
        <form
          className="report-form report-card"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <h2>{draft.id === null ? t('visits.newTitle') : t('visits.editTitle')}</h2>
          {problem && (
            <p className="notice notice--error" role="alert">
              {localized(problem)}
            </p>
          )}
          <div className="report-form__row">
            <DayInput
              label={t('visits.day')}
              value={draft.day}
              max={today}
              onChange={(day) => setDraft({ ...draft, day })}
            />
            <label>
              {t('visits.hours')}
              <input
                type="number"
                min="0.25"
                max="12"
                step="0.25"
                value={draft.hours}
                required
                onChange={(e) => setDraft({ ...draft, hours: e.target.value })}
              />
            </label>
          </div>
          <label>
            {t('visits.place')}
            <input
              value={draft.place}
              maxLength={200}
              required
              onChange={(e) => setDraft({ ...draft, place: e.target.value })}
            />
          </label>
          <fieldset className="report-form__choices">
            <legend>{t('visits.volunteers')}</legend>
            {staff.map((s) => (
              <div key={s.id} className="visits-person">
                <label className="report-check">
                  <input
                    type="checkbox"
                    checked={draft.volunteerIds.includes(s.id)}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        volunteerIds: e.target.checked
                          ? [...draft.volunteerIds, s.id]
                          : draft.volunteerIds.filter((id) => id !== s.id),
                      })
                    }
                  />
                  {s.name}
                </label>
                {draft.volunteerIds.includes(s.id) && (
                  <label className="visits-person__hours">
                    {t('visits.personHours')}
                    <input
                      type="number"
                      min="0.25"
                      // Not the visit's hours: a longer one gets the rule in the app's words (both languages), not
                      // the browser's bubble in its own language.
                      max="12"
                      step="0.25"
                      placeholder={draft.hours}
                      value={draft.volunteerHours[s.id] ?? ''}
                      onChange={(e) =>
                        setDraft({ ...draft, volunteerHours: { ...draft.volunteerHours, [s.id]: e.target.value } })
                      }
                    />
                  </label>
                )}
              </div>
            ))}
          </fieldset>
          <fieldset className="report-form__numbers">
            <legend>{t('visits.helped')}</legend>
            {WEEKLY_HELP_CODES.map((code) => (
              <label key={code}>
                {localized(helpKindLabel(code))}
                <input
                  type="number"
                  min="0"
                  max="10000"
                  inputMode="numeric"
                  value={draft.helped[code] ?? ''}
                  onChange={(e) => setDraft({ ...draft, helped: { ...draft.helped, [code]: e.target.value } })}
                />
              </label>
            ))}
            <label>
              {t('visits.elderly')}
              <input
                type="number"
                min="0"
                max="10000"
                value={draft.elderly}
                onChange={(e) => setDraft({ ...draft, elderly: e.target.value })}
              />
            </label>
          </fieldset>
          <label>
            {t('visits.note')}
            <input value={draft.note} maxLength={500} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
          </label>
          <div className="report-form__row">
            <button type="submit" className="report-download report-download--primary">
              {t('visits.save')}
            </button>
            {draft.id !== null && (
              <button type="button" className="report-download" onClick={() => setDraft(emptyDraft(today))}>
                {t('visits.cancelEdit')}
              </button>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}
