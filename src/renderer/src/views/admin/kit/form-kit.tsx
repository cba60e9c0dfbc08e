/**
 * The pieces every setup form is built from: a labelled field with its hint and its error right under the
 * input, a group of choices, a tick box, the save bar, and the hook that sends a form and sorts a refusal.
 */
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useLocalized, useTranslation } from '../../../i18n';
import { useCenter } from '../../../state/use-center';
import { issueAt, problemOf, ruleKeyOf, type FormProblem } from './form-problem';
import { nameOf } from '../../../../../shared/names';

export interface FieldA11y {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => !!id);
  return present.length > 0 ? present.join(' ') : undefined;
}

export function Field(props: {
  label: string;
  hint?: string | undefined;
  error: string | null;
  extra?: ReactNode;
  children: (a11y: FieldA11y) => ReactNode;
}) {
  const id = useId();
  const { hint, error } = props;
  return (
    <div className={`admin-field${error ? ' admin-field--invalid' : ''}`}>
      <label htmlFor={id} className="admin-field__label">
        {props.label}
      </label>
      {props.children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(error ? `${id}-error` : hint && `${id}-hint`),
      })}
      {error && (
        <p id={`${id}-error`} className="admin-field__error">
          {error}
        </p>
      )}
      {/* The error states the whole rule, so the hint steps aside for it. */}
      {hint && !error && (
        <p id={`${id}-hint`} className="admin-field__hint">
          {hint}
        </p>
      )}
      {props.extra}
    </div>
  );
}

/** A short number box (a count, a port, minutes) inside a labelled field. */
export function NumberField(props: {
  label: string;
  hint?: string | undefined;
  error: string | null;
  min: number;
  max: number;
  value: string | number;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(a11y) => (
        <input
          {...a11y}
          type="number"
          className="admin-input--short"
          min={props.min}
          max={props.max}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A box for an address, a path or a name a machine reads (a host, COM3, a queue): no autocorrect, no placeholder. */
export function CodeField(props: {
  label: string;
  hint: string;
  error: string | null;
  value: string;
  onChange: (value: string) => void;
}) {
  // No placeholders: a grey "COM3" in an empty box reads as already filled in. The hints give the examples.
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(a11y) => (
        <input
          {...a11y}
          value={props.value}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** One of a short list of values (baud rates, digits), shown as they are. */
export function SelectField(props: {
  label: string;
  hint?: string | undefined;
  error: string | null;
  value: string;
  options: readonly (string | number)[];
  onChange: (value: string) => void;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(a11y) => (
        <select {...a11y} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          {props.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Radio buttons or tick boxes under one legend. */
export function FieldGroup(props: {
  legend: string;
  hint?: string | undefined;
  error: string | null;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const { hint, error } = props;
  return (
    <fieldset
      className={`admin-field admin-group${error ? ' admin-field--invalid' : ''} ${props.className ?? ''}`}
      aria-describedby={describedBy(error && `${id}-error`, hint && `${id}-hint`)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="admin-field__label">{props.legend}</legend>
      <div className="admin-group__choices">{props.children}</div>
      {error && (
        <p id={`${id}-error`} className="admin-field__error">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="admin-field__hint">
          {hint}
        </p>
      )}
    </fieldset>
  );
}

/** A tick box or radio button with its label, the whole row a ≥ 48 px target. */
export function Choice(props: {
  type?: 'checkbox' | 'radio';
  name?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  detail?: string | undefined;
}) {
  return (
    <label className={`admin-choice${props.checked ? ' admin-choice--on' : ''}`}>
      <input
        type={props.type ?? 'checkbox'}
        name={props.name}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span className="admin-choice__text">
        <span>{props.children}</span>
        {props.detail && <span className="admin-choice__detail">{props.detail}</span>}
      </span>
    </label>
  );
}

/** The "active" box every retirable item has, with why nothing is deleted. */
export function ActiveChoice(props: {
  active: boolean;
  onChange: (active: boolean) => void;
  /** Why it cannot be retired now (a zone still in use). */
  error?: string | null;
}) {
  const { t } = useTranslation('admin');
  return (
    <div className={`admin-field${props.error ? ' admin-field--invalid' : ''}`}>
      <Choice checked={props.active} onChange={props.onChange} detail={t('form.retireHint')}>
        {t('form.active')}
      </Choice>
      {props.error && (
        <p className="admin-field__error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

export function SaveBar(props: {
  busy: boolean;
  problem: FormProblem | null;
  note?: string | null;
  onCancel?: () => void;
  saveLabel?: string;
  busyLabel?: string;
  /** The save button waits for something else first (e.g. "I understand" ticked). */
  saveDisabled?: boolean;
  danger?: boolean;
}) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { problem } = props;
  return (
    <div className="admin-savebar">
      <div className="admin-savebar__messages" aria-live="polite">
        {problem && problem.fields.length > 0 && (
          <p className="admin-message admin-message--error">{t('form.fixFields')}</p>
        )}
        {problem?.general && (
          <p className="admin-message admin-message--error" role="alert">
            {localized(problem.general)}
          </p>
        )}
        {props.note && <p className="admin-message admin-message--ok">{props.note}</p>}
      </div>
      <div className="admin-savebar__buttons">
        {props.onCancel && (
          <button type="button" className="admin-button" onClick={props.onCancel} disabled={props.busy}>
            {t('form.cancel')}
          </button>
        )}
        <button
          type="submit"
          className={`admin-button ${props.danger ? 'admin-button--danger' : 'admin-button--primary'}`}
          disabled={props.busy || props.saveDisabled}
        >
          {props.busy ? (props.busyLabel ?? t('form.saving')) : (props.saveLabel ?? t('form.save'))}
        </button>
      </div>
    </div>
  );
}

const FIRST_INVALID = ':is(input, select, textarea)[aria-invalid="true"], fieldset[aria-invalid="true"] input';

/**
 * Sends a form: `submit(work)` is the form's onSubmit. A refusal is sorted by `fields` (the paths this form
 * shows); the first field in trouble gets the focus so the manager sees what to fix.
 */
export function useSaveForm(fields: readonly string[]) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  // The form that was just refused (a new object each time), so its first field in trouble gets the focus.
  const [refused, setRefused] = useState<{ form: HTMLFormElement } | null>(null);
  useEffect(() => {
    refused?.form.querySelector<HTMLElement>(FIRST_INVALID)?.focus();
  }, [refused]);

  const submit = (work: () => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(problemOf(error, fields));
      setRefused({ form: formElement });
    } finally {
      setBusy(false);
    }
  };

  /** The message for a field in the current language, or null. */
  const errorAt = (path: string, under = false): string | null => {
    const issue = issueAt(problem, path, under);
    if (!issue) return null;
    const rule = ruleKeyOf(issue.path);
    return rule ? t(`rules.${rule}`) : localized(issue.text);
  };

  return { problem, busy, submit, errorAt, clearProblem: () => setProblem(null) };
}

/** The zone a service or point belongs to, or none. */
export function ZoneField(props: { value: string; error: string | null; onChange: (zoneId: string) => void }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { zones } = useCenter();
  // A retired zone is offered only to what is still in it.
  const offered = zones.filter((zone) => zone.active || String(zone.id) === props.value);
  return (
    <Field label={t('form.zone')} error={props.error}>
      {(a11y) => (
        <select {...a11y} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          <option value="">{t('form.noZone')}</option>
          {offered.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {localized(nameOf(zone))}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A setup item's name in both languages: the app's one `nameOf` (src/shared/names.ts). */
export { nameOf as nameText };

/** The Vietnamese and English names of a service, point, zone or kind of help, side by side (English optional). */
export function NameFields(props: {
  draft: { nameVi: string; nameEn: string };
  set: (change: { nameVi?: string; nameEn?: string }) => void;
  errorAt: (field: string) => string | null;
}) {
  const { t } = useTranslation('admin');
  const { draft, set, errorAt } = props;
  return (
    <div className="admin-form__row">
      <Field label={t('form.nameVi')} error={errorAt('nameVi')}>
        {(a11y) => <input {...a11y} value={draft.nameVi} onChange={(e) => set({ nameVi: e.target.value })} />}
      </Field>
      <Field label={t('form.nameEn')} hint={t('form.nameEnHint')} error={errorAt('nameEn')}>
        {(a11y) => <input {...a11y} value={draft.nameEn} onChange={(e) => set({ nameEn: e.target.value })} />}
      </Field>
    </div>
  );
}
