/** Center name, how priority citizens are called, the wall display's notice and the ticket's footer. */
import { useState } from 'react';
import { PRIORITY_POLICIES } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import type { Settings } from '../../../api/types';
import { useTranslation } from '../../../i18n';
import { useCenter } from '../../../state/use-center';
import { Choice, Field, FieldGroup, SaveBar, useSaveForm, NumberField } from '../kit/form-kit';
import { changedFields, numberOrNull } from '../kit/form-problem';

type Draft = Omit<Settings, 'priorityPolicy'> & {
  policy: Settings['priorityPolicy']['kind'];
  regularPerPriority: string;
};
const FIELDS = [
  'centerNameVi',
  'centerNameEn',
  'priorityPolicy',
  'noticeVi',
  'noticeEn',
  'ticketFooterVi',
  'ticketFooterEn',
];

const draftOf = ({ priorityPolicy, ...rest }: Settings): Draft => ({
  ...rest,
  policy: priorityPolicy.kind,
  regularPerPriority: String(priorityPolicy.regularPerPriority),
});

const inputOf = (d: Draft) => ({
  centerNameVi: d.centerNameVi.trim(),
  centerNameEn: d.centerNameEn.trim(),
  priorityPolicy: { kind: d.policy, regularPerPriority: numberOrNull(d.regularPerPriority) },
  noticeVi: d.noticeVi.trim(),
  noticeEn: d.noticeEn.trim(),
  ticketFooterVi: d.ticketFooterVi.trim(),
  ticketFooterEn: d.ticketFooterEn.trim(),
});

export function SettingsTab() {
  const { t } = useTranslation('admin');
  const { settings } = useCenter();
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [base, setBase] = useState(settings);
  const [note, setNote] = useState<string | null>(null);
  const form = useSaveForm(FIELDS);
  const { errorAt } = form;

  // Settings changed elsewhere (another admin screen) show here unless this form has unsaved edits.
  if (settings !== base) {
    if (JSON.stringify(inputOf(draft)) === JSON.stringify(inputOf(draftOf(base)))) setDraft(draftOf(settings));
    setBase(settings);
  }

  const set = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setNote(null);
  };

  const save = form.submit(async () => {
    const patch = changedFields(inputOf(draftOf(settings)), inputOf(draft));
    if (Object.keys(patch).length === 0) return setNote(t('form.noChanges'));
    const saved = await api.submit('updateSettings', patch);
    setDraft(draftOf(saved));
    setNote(t('settings.saved'));
  });

  const text = (key: 'noticeVi' | 'noticeEn' | 'ticketFooterVi' | 'ticketFooterEn', max: number, label: string) => (
    <Field
      label={label}
      error={errorAt(key)}
      extra={<p className="admin-field__count">{t('form.chars', { count: draft[key].length, max })}</p>}
    >
      {(a11y) => (
        <textarea
          {...a11y}
          rows={key.startsWith('notice') ? 3 : 2}
          value={draft[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );

  const n = draft.regularPerPriority.trim() === '' ? 'N' : draft.regularPerPriority;
  return (
    <section className="admin-section" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <form className="admin-form admin-card admin-settings" onSubmit={save} noValidate>
        <div className="admin-form__row">
          <Field label={t('settings.centerNameVi')} hint={t('settings.centerNameHint')} error={errorAt('centerNameVi')}>
            {(a11y) => (
              <input {...a11y} value={draft.centerNameVi} onChange={(e) => set({ centerNameVi: e.target.value })} />
            )}
          </Field>
          <Field label={t('settings.centerNameEn')} error={errorAt('centerNameEn')}>
            {(a11y) => (
              <input {...a11y} value={draft.centerNameEn} onChange={(e) => set({ centerNameEn: e.target.value })} />
            )}
          </Field>
        </div>

        <FieldGroup
          legend={t('settings.policy')}
          hint={t('settings.policyHint')}
          error={errorAt('priorityPolicy.kind')}
          className="admin-group--stacked"
        >
          {PRIORITY_POLICIES.map((policy) => (
            <Choice
              key={policy}
              type="radio"
              name="policy"
              checked={draft.policy === policy}
              onChange={() => set({ policy })}
              detail={t(`settings.policyHelp.${policy}`, { n })}
            >
              <strong>{t(`settings.policies.${policy}`)}</strong>
            </Choice>
          ))}
        </FieldGroup>
        {draft.policy === 'ratio' && (
          <NumberField
            label={t('settings.regularPerPriority')}
            hint={t('settings.regularPerPriorityHint')}
            error={errorAt('priorityPolicy.regularPerPriority')}
            min={1}
            max={20}
            value={draft.regularPerPriority}
            onChange={(value) => set({ regularPerPriority: value })}
          />
        )}

        <h3 className="admin-form__subtitle">{t('settings.noticeTitle')}</h3>
        <p className="admin-field__hint">{t('settings.noticeHint')}</p>
        <div className="admin-form__row">
          {text('noticeVi', 500, t('settings.noticeVi'))}
          {text('noticeEn', 500, t('settings.noticeEn'))}
        </div>

        <h3 className="admin-form__subtitle">{t('settings.footerTitle')}</h3>
        <p className="admin-field__hint">{t('settings.footerHint')}</p>
        <div className="admin-form__row">
          {text('ticketFooterVi', 200, t('settings.footerVi'))}
          {text('ticketFooterEn', 200, t('settings.footerEn'))}
        </div>

        <SaveBar busy={form.busy} problem={form.problem} note={note} />
      </form>
    </section>
  );
}
