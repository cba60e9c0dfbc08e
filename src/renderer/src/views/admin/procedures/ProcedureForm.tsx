/** Add or edit one procedure: names, code, the service that takes it, aliases, papers, online filing, notes. */
import { useState } from 'react';
import type { Procedure } from '../../../../../shared/procedures';
import { api } from '../../../api/client';
import { useLocalized, useTranslation } from '../../../i18n';
import { useCenter } from '../../../state/use-center';
import { ActiveChoice, Choice, Field, nameText, SaveBar, useSaveForm } from '../kit/form-kit';
import { changedFields } from '../kit/form-problem';
import { FormTitle, type FormDone } from '../kit/SetupSection';

interface Draft {
  nameVi: string;
  nameEn: string;
  code: string;
  serviceId: string;
  aliases: string;
  documents: string;
  onlineFiling: boolean;
  fee: string;
  timeLimit: string;
  resultAt: string;
  checked: boolean;
  active: boolean;
}

const FIELDS = [
  'nameVi',
  'nameEn',
  'code',
  'serviceId',
  'aliases',
  'documents',
  'onlineFiling',
  'fee',
  'timeLimit',
  'resultAt',
  'checked',
  'active',
];

function draftOf(p: Procedure): Draft {
  return {
    ...p,
    code: p.code ?? '',
    serviceId: String(p.serviceId),
    aliases: p.aliases.join('\n'),
    documents: p.documents.join('\n'),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The body the API takes; the server judges what is valid. */
function inputOf(d: Draft) {
  return {
    nameVi: d.nameVi.trim(),
    nameEn: d.nameEn.trim(),
    code: d.code.trim() || null,
    serviceId: Number(d.serviceId),
    aliases: lines(d.aliases),
    documents: lines(d.documents),
    onlineFiling: d.onlineFiling,
    fee: d.fee.trim(),
    timeLimit: d.timeLimit.trim(),
    resultAt: d.resultAt.trim(),
    checked: d.checked,
    active: d.active,
  };
}

export function ProcedureForm({ procedure, done }: { procedure: Procedure | null; done: FormDone }) {
  const { t } = useTranslation('procedures');
  const ta = useTranslation('admin').t;
  const localized = useLocalized();
  const { services } = useCenter();
  const [draft, setDraft] = useState<Draft>(() =>
    procedure
      ? draftOf(procedure)
      : {
          nameVi: '',
          nameEn: '',
          code: '',
          serviceId: String(services.find((s) => s.active)?.id ?? ''),
          aliases: '',
          documents: '',
          onlineFiling: false,
          fee: '',
          timeLimit: '',
          resultAt: '',
          checked: true,
          active: true,
        },
  );
  const form = useSaveForm(FIELDS);
  const { errorAt } = form;
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const save = form.submit(async () => {
    const name = draft.nameVi.trim();
    if (!procedure) {
      await api.call('createProcedure', inputOf(draft));
      return done(ta('form.created', { name }));
    }
    const patch = changedFields(inputOf(draftOf(procedure)), inputOf(draft));
    if (Object.keys(patch).length === 0) return done(ta('form.noChanges'));
    await api.call('updateProcedure', { id: procedure.id, ...patch });
    done(ta('form.saved', { name }));
  });

  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <FormTitle text={procedure ? ta('form.editing', { name: procedure.nameVi }) : t('newTitle')} />
      <Field label={t('form.nameVi')} hint={t('form.nameViHint')} error={errorAt('nameVi')}>
        {(a11y) => <input {...a11y} value={draft.nameVi} onChange={(e) => set({ nameVi: e.target.value })} />}
      </Field>
      <div className="admin-form__row">
        <Field label={t('form.service')} hint={t('form.serviceHint')} error={errorAt('serviceId')}>
          {(a11y) => (
            <select {...a11y} value={draft.serviceId} onChange={(e) => set({ serviceId: e.target.value })}>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.prefix} · {localized(nameText(s))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.code')} hint={t('form.codeHint')} error={errorAt('code')}>
          {(a11y) => <input {...a11y} value={draft.code} onChange={(e) => set({ code: e.target.value })} />}
        </Field>
      </div>
      <Field label={t('form.nameEn')} error={errorAt('nameEn')}>
        {(a11y) => <input {...a11y} value={draft.nameEn} onChange={(e) => set({ nameEn: e.target.value })} />}
      </Field>
      <Field label={t('form.documents')} hint={t('form.documentsHint')} error={errorAt('documents', true)}>
        {(a11y) => (
          <textarea
            {...a11y}
            rows={Math.max(4, lines(draft.documents).length + 1)}
            value={draft.documents}
            onChange={(e) => set({ documents: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('form.aliases')} hint={t('form.aliasesHint')} error={errorAt('aliases', true)}>
        {(a11y) => (
          <textarea
            {...a11y}
            rows={Math.max(3, lines(draft.aliases).length + 1)}
            value={draft.aliases}
            onChange={(e) => set({ aliases: e.target.value })}
          />
        )}
      </Field>
      <div className="admin-field">
        <Choice
          checked={draft.onlineFiling}
          onChange={(onlineFiling) => set({ onlineFiling })}
          detail={t('form.onlineHint')}
        >
          {t('form.online')}
        </Choice>
      </div>
      <div className="admin-form__row">
        <Field label={t('form.fee')} error={errorAt('fee')}>
          {(a11y) => <input {...a11y} value={draft.fee} onChange={(e) => set({ fee: e.target.value })} />}
        </Field>
        <Field label={t('form.timeLimit')} error={errorAt('timeLimit')}>
          {(a11y) => <input {...a11y} value={draft.timeLimit} onChange={(e) => set({ timeLimit: e.target.value })} />}
        </Field>
      </div>
      <Field label={t('form.resultAt')} error={errorAt('resultAt')}>
        {(a11y) => <input {...a11y} value={draft.resultAt} onChange={(e) => set({ resultAt: e.target.value })} />}
      </Field>
      <div className="admin-field">
        <Choice checked={draft.checked} onChange={(checked) => set({ checked })} detail={t('form.checkedHint')}>
          {t('form.checked')}
        </Choice>
      </div>
      <ActiveChoice active={draft.active} onChange={(active) => set({ active })} />
      <SaveBar busy={form.busy} problem={form.problem} onCancel={() => done(null)} />
    </form>
  );
}
