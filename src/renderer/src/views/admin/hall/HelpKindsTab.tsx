/** Kinds of help: what help desks record on resolve (issue 8 §4: the elderly desk had only VNeID kinds). */
import { useState } from 'react';
import type { HelpKindEntry } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { useLocalized, useTranslation } from '../../../i18n';
import { useCenter } from '../../../state/use-center';
import { ActiveChoice, Field, NameFields, nameText, SaveBar, useSaveForm } from '../kit/form-kit';
import { saveRecord } from '../kit/save-record';
import { FormTitle, SetupSection, type FormDone } from '../kit/SetupSection';

type Draft = Omit<HelpKindEntry, 'id' | 'sortOrder'>;
const FIELDS = ['code', 'nameVi', 'nameEn', 'serviceId', 'active'];
const EMPTY: Draft = { code: '', nameVi: '', nameEn: '', serviceId: null, active: true };
const draftOf = (k: HelpKindEntry): Draft => ({
  code: k.code,
  nameVi: k.nameVi,
  nameEn: k.nameEn,
  serviceId: k.serviceId,
  active: k.active,
});
const trimmed = (d: Draft): Draft => ({ ...d, code: d.code.trim(), nameVi: d.nameVi.trim(), nameEn: d.nameEn.trim() });

export function HelpKindsTab() {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { helpKinds, services } = useCenter();
  const serviceName = (id: number | null) => {
    const service = services.find((s) => s.id === id);
    return service ? localized(nameText(service)) : t('helpKinds.everyDesk');
  };
  return (
    <SetupSection
      title={t('helpKinds.title')}
      intro={t('helpKinds.intro')}
      addLabel={t('helpKinds.add')}
      emptyText={t('helpKinds.empty')}
      items={helpKinds}
      itemLabel={(k) => localized(nameText(k))}
      renderSummary={(k) => (
        <span className="admin-list__text">
          <strong>{localized(nameText(k))}</strong>
          <span className="admin-list__meta">
            {serviceName(k.serviceId)} · <code>{k.code}</code>
            {k.active ? '' : ` · ${t('helpKinds.retired')}`}
          </span>
        </span>
      )}
      renderForm={(kind, done) => <HelpKindForm kind={kind} done={done} />}
      footnote={t('helpKinds.noDelete')}
    />
  );
}

function HelpKindForm({ kind, done }: { kind: HelpKindEntry | null; done: FormDone }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { services } = useCenter();
  const [draft, setDraft] = useState<Draft>(() => (kind ? draftOf(kind) : EMPTY));
  const form = useSaveForm(FIELDS);
  const { errorAt } = form;
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const helpServices = services.filter((s) => s.kind === 'help');

  const save = form.submit(() =>
    saveRecord({
      before: kind ? trimmed(draftOf(kind)) : null,
      draft: trimmed(draft),
      create: (d) => api.call('createHelpKind', d),
      update: (patch) => api.call('updateHelpKind', { id: kind!.id, ...patch }),
      name: draft.nameVi.trim(),
      done,
      t,
    }),
  );

  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <FormTitle text={kind ? t('form.editing', { name: localized(nameText(kind)) }) : t('helpKinds.newTitle')} />
      <NameFields draft={draft} set={set} errorAt={errorAt} />
      <div className="admin-form__row">
        <Field label={t('helpKinds.code')} hint={t('helpKinds.codeHint')} error={errorAt('code')}>
          {(a11y) => <input {...a11y} value={draft.code} onChange={(e) => set({ code: e.target.value })} />}
        </Field>
        <Field label={t('helpKinds.service')} error={errorAt('serviceId')}>
          {(a11y) => (
            <select
              {...a11y}
              value={draft.serviceId ?? ''}
              onChange={(e) => set({ serviceId: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">{t('helpKinds.everyDesk')}</option>
              {helpServices.map((s) => (
                <option key={s.id} value={s.id}>
                  {localized(nameText(s))}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ActiveChoice active={draft.active} onChange={(active) => set({ active })} />
      <SaveBar busy={form.busy} problem={form.problem} onCancel={() => done(null)} />
    </form>
  );
}
