/** Zones: places in the building with directions citizens read. Zones are renamed or retired, never deleted. */
import { useState } from 'react';
import { api } from '../../../api/client';
import type { Zone } from '../../../api/types';
import { useLocalized, useTranslation } from '../../../i18n';
import { useCenter } from '../../../state/use-center';
import { ActiveChoice, Field, NameFields, nameText, SaveBar, useSaveForm } from '../kit/form-kit';
import { saveRecord } from '../kit/save-record';
import { FormTitle, SetupSection, type FormDone } from '../kit/SetupSection';

type Draft = Omit<Zone, 'id'>;
const FIELDS = ['nameVi', 'nameEn', 'directionsVi', 'directionsEn', 'active'];
const EMPTY: Draft = { nameVi: '', nameEn: '', directionsVi: '', directionsEn: '', active: true };

export function ZonesTab() {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { zones } = useCenter();
  return (
    <SetupSection
      title={t('zones.title')}
      intro={t('zones.intro')}
      addLabel={t('zones.add')}
      emptyText={t('zones.empty')}
      items={zones}
      itemLabel={(z) => localized(nameText(z))}
      renderSummary={(z) => (
        <span className="admin-list__text">
          <strong>{localized(nameText(z))}</strong>
          <span className="admin-list__meta">
            {localized({ vi: z.directionsVi, en: z.directionsEn }) || t('zones.noDirections')}
            {z.active ? '' : ` · ${t('form.inactive')}`}
          </span>
        </span>
      )}
      renderForm={(zone, done) => <ZoneForm zone={zone} done={done} />}
      footnote={t('zones.noDelete')}
    />
  );
}

const trimmed = (d: Draft): Draft => ({
  nameVi: d.nameVi.trim(),
  nameEn: d.nameEn.trim(),
  directionsVi: d.directionsVi.trim(),
  directionsEn: d.directionsEn.trim(),
  active: d.active,
});

function ZoneForm({ zone, done }: { zone: Zone | null; done: FormDone }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const [draft, setDraft] = useState<Draft>(() => (zone ? { ...zone } : EMPTY));
  const form = useSaveForm(FIELDS);
  const { errorAt } = form;
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const save = form.submit(() =>
    saveRecord({
      before: zone ? trimmed(zone) : null,
      draft: trimmed(draft),
      create: (d) => api.call('createZone', d),
      update: (patch) => api.call('updateZone', { id: zone!.id, ...patch }),
      name: draft.nameVi.trim(),
      done,
      t,
    }),
  );

  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <FormTitle text={zone ? t('form.editing', { name: localized(nameText(zone)) }) : t('zones.newTitle')} />
      <NameFields draft={draft} set={set} errorAt={errorAt} />
      <div className="admin-form__row">
        <Field label={t('zones.directionsVi')} hint={t('zones.directionsHint')} error={errorAt('directionsVi')}>
          {(a11y) => (
            <input {...a11y} value={draft.directionsVi} onChange={(e) => set({ directionsVi: e.target.value })} />
          )}
        </Field>
        <Field label={t('zones.directionsEn')} error={errorAt('directionsEn')}>
          {(a11y) => (
            <input {...a11y} value={draft.directionsEn} onChange={(e) => set({ directionsEn: e.target.value })} />
          )}
        </Field>
      </div>
      {zone && <ActiveChoice active={draft.active} onChange={(active) => set({ active })} error={errorAt('active')} />}
      <SaveBar busy={form.busy} problem={form.problem} onCancel={() => done(null)} />
    </form>
  );
}
