/** A service's issuing days (Mon–Sun) and hours (from–to windows, 24 h), with messages next to each row. */
import { useId } from 'react';
import type { IssuingWindow } from '../../../../../shared/domain';
import { useTranslation } from '../../../i18n';
import { Choice, FieldGroup } from '../kit/form-kit';
import './issuing-hours.css';

export const WEEKDAYS = [
  [1, 'mon'],
  [2, 'tue'],
  [3, 'wed'],
  [4, 'thu'],
  [5, 'fri'],
  [6, 'sat'],
  [7, 'sun'],
] as const;

const MAX_WINDOWS = 6;
const SUGGESTED: IssuingWindow[] = [
  { from: '07:30', to: '11:30' },
  { from: '13:30', to: '17:00' },
];

/** "7:30", "7h30" or "0730" become "07:30" when the field is left; anything else is kept for the server to judge. */
export function tidyTime(typed: string): string {
  const match = /^\s*(\d{1,2})\s*[:hH.]?\s*(\d{2})\s*$/.exec(typed);
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2]}` : typed.trim();
}

export function IssuingDays(props: { days: number[]; onChange: (days: number[]) => void; error: string | null }) {
  const { t } = useTranslation('admin');
  const toggle = (day: number, on: boolean) =>
    props.onChange(on ? [...props.days, day].sort((a, b) => a - b) : props.days.filter((d) => d !== day));
  return (
    <FieldGroup legend={t('services.days')} hint={t('services.daysHint')} error={props.error} className="admin-days">
      {WEEKDAYS.map(([day, key]) => (
        <Choice key={day} checked={props.days.includes(day)} onChange={(on) => toggle(day, on)}>
          {t(`days.${key}`)}
        </Choice>
      ))}
    </FieldGroup>
  );
}

export function IssuingHours(props: {
  hours: IssuingWindow[];
  onChange: (hours: IssuingWindow[]) => void;
  errorAt: (path: string, under?: boolean) => string | null;
}) {
  const { t } = useTranslation('admin');
  const { hours, onChange, errorAt } = props;
  const id = useId();
  const set = (index: number, change: Partial<IssuingWindow>) =>
    onChange(hours.map((w, i) => (i === index ? { ...w, ...change } : w)));
  const add = () => onChange([...hours, SUGGESTED[hours.length] ?? { from: '', to: '' }]);
  return (
    <FieldGroup legend={t('services.hours')} hint={t('services.hoursHint')} error={errorAt('issuingHours')}>
      {hours.length === 0 && <p className="admin-hours__none">{t('services.allDay')}</p>}
      {hours.map((window, index) => {
        const fromError = errorAt(`issuingHours.${index}.from`);
        const toError = errorAt(`issuingHours.${index}.to`) ?? errorAt(`issuingHours.${index}`);
        const errorId = fromError || toError ? `${id}-${index}-error` : undefined;
        return (
          <div key={index} className="admin-hours__row">
            <TimeBox
              label={t('services.from')}
              example="07:30"
              value={window.from}
              invalid={!!fromError}
              describedBy={errorId}
              onChange={(from) => set(index, { from })}
            />
            <TimeBox
              label={t('services.to')}
              example="11:30"
              value={window.to}
              invalid={!!toError}
              describedBy={errorId}
              onChange={(to) => set(index, { to })}
            />
            <button
              type="button"
              className="admin-button"
              aria-label={t('services.removeWindow', { number: index + 1 })}
              onClick={() => onChange(hours.filter((_, i) => i !== index))}
            >
              {t('services.remove')}
            </button>
            {errorId && (
              <p id={errorId} className="admin-field__error admin-hours__error">
                {[fromError, toError].filter(Boolean).join(' ')}
              </p>
            )}
          </div>
        );
      })}
      {hours.length < MAX_WINDOWS && (
        <button type="button" className="admin-button admin-hours__add" onClick={add}>
          + {t('services.addWindow')}
        </button>
      )}
    </FieldGroup>
  );
}

/** One HH:mm box of an issuing window; tidied ("7h30" → "07:30") when the field is left. */
function TimeBox(props: {
  label: string;
  example: string;
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <label className="admin-hours__time">
      <span>{props.label}</span>
      <input
        value={props.value}
        inputMode="numeric"
        placeholder={props.example}
        maxLength={5}
        aria-invalid={props.invalid ? true : undefined}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={(e) => props.onChange(tidyTime(e.target.value))}
      />
    </label>
  );
}
