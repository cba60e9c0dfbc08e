/** Add or edit a counter or help desk: number, kind, names, zone, the services it calls, who is in charge. */
import { useState } from 'react';
import { SERVICE_POINT_KINDS, type ServicePointKind } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import type { ServicePoint, Staff } from '../../../api/types';
import { useLocalized, useTranslation } from '../../../i18n';
import { useCenter } from '../../../state/use-center';
import {
  ActiveChoice,
  Choice,
  Field,
  FieldGroup,
  NameFields,
  nameText,
  NumberField,
  SaveBar,
  useSaveForm,
  ZoneField,
} from '../kit/form-kit';
import { numberOrNull } from '../kit/form-problem';
import { saveRecord } from '../kit/save-record';
import { ServiceChip } from '../kit/ServiceChip';
import { FormTitle, type FormDone } from '../kit/SetupSection';

interface Draft {
  number: string;
  nameVi: string;
  nameEn: string;
  kind: ServicePointKind;
  zoneId: string;
  serviceIds: number[];
  active: boolean;
  staffId: string;
}
const FIELDS = ['number', 'nameVi', 'nameEn', 'kind', 'zoneId', 'serviceIds', 'active', 'staffId'];

const draftOf = (p: ServicePoint): Draft => ({
  number: String(p.number),
  nameVi: p.nameVi,
  nameEn: p.nameEn,
  kind: p.kind,
  zoneId: p.zoneId === null ? '' : String(p.zoneId),
  serviceIds: [...p.serviceIds].sort((a, b) => a - b),
  active: p.active,
  staffId: p.staffId === null ? '' : String(p.staffId),
});

const inputOf = (d: Draft) => ({
  number: numberOrNull(d.number),
  nameVi: d.nameVi.trim(),
  nameEn: d.nameEn.trim(),
  kind: d.kind,
  zoneId: d.zoneId === '' ? null : Number(d.zoneId),
  serviceIds: d.serviceIds,
  active: d.active,
  staffId: d.staffId === '' ? null : Number(d.staffId),
});

export function PointForm({ point, staff, done }: { point: ServicePoint | null; staff: Staff[]; done: FormDone }) {
  const { t } = useTranslation('admin');
  const vi = useTranslation('admin', { lng: 'vi' }).t;
  const en = useTranslation('admin', { lng: 'en' }).t;
  const localized = useLocalized();
  const { servicePoints, services } = useCenter();
  /** The first number after the highest of a kind: what a new counter or desk usually gets. */
  const nextNumber = (kind: ServicePointKind) =>
    String(Math.max(0, ...servicePoints.filter((p) => p.kind === kind).map((p) => p.number)) + 1);
  const [draft, setDraft] = useState<Draft>(() => {
    if (point) return draftOf(point);
    const next = nextNumber('counter');
    const names = {
      nameVi: vi('points.autoName.counter', { number: next }),
      nameEn: en('points.autoName.counter', { number: next }),
    };
    return { number: next, ...names, kind: 'counter', zoneId: '', serviceIds: [], active: true, staffId: '' };
  });
  const form = useSaveForm(FIELDS);
  const { errorAt } = form;

  /** A new point's number and names follow its kind until the manager types their own. */
  const set = (change: Partial<Draft>) =>
    setDraft((d) => {
      const next = { ...d, ...change };
      if (point || !('number' in change || 'kind' in change)) return next;
      if (change.kind && d.number === nextNumber(d.kind)) next.number = nextNumber(change.kind);
      const auto = (lang: typeof vi, x: Draft) => lang(`points.autoName.${x.kind}`, { number: x.number });
      if (d.nameVi === auto(vi, d)) next.nameVi = auto(vi, next);
      if (d.nameEn === auto(en, d)) next.nameEn = auto(en, next);
      return next;
    });
  const toggleService = (id: number, on: boolean) =>
    set({
      serviceIds: on ? [...draft.serviceIds, id].sort((a, b) => a - b) : draft.serviceIds.filter((s) => s !== id),
    });

  const save = form.submit(() =>
    saveRecord({
      before: point ? inputOf(draftOf(point)) : null,
      draft: inputOf(draft),
      create: (input) => api.submit('createServicePoint', input),
      update: (patch) => api.submit('updateServicePoint', { id: point!.id, ...patch }),
      name: draft.nameVi.trim(),
      done,
      t,
    }),
  );

  const activeStaff = staff.filter((s) => s.active || String(s.id) === draft.staffId);
  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <FormTitle text={point ? t('form.editing', { name: localized(nameText(point)) }) : t('points.newTitle')} />
      <FieldGroup legend={t('points.kind')} error={errorAt('kind')}>
        {SERVICE_POINT_KINDS.map((kind) => (
          <Choice key={kind} type="radio" name="kind" checked={draft.kind === kind} onChange={() => set({ kind })}>
            {t(`points.kinds.${kind}`)}
          </Choice>
        ))}
      </FieldGroup>
      <NumberField
        label={t('points.number')}
        hint={t('points.numberHint')}
        error={errorAt('number')}
        min={1}
        max={999}
        value={draft.number}
        onChange={(value) => set({ number: value })}
      />
      <NameFields draft={draft} set={set} errorAt={errorAt} />
      <FieldGroup
        legend={t('points.services')}
        hint={services.length === 0 ? t('points.noServicesYet') : t('points.servicesHint')}
        error={errorAt('serviceIds', true)}
        className="admin-services-choice"
      >
        {services
          .filter((s) => s.active || draft.serviceIds.includes(s.id))
          .map((s) => (
            <Choice key={s.id} checked={draft.serviceIds.includes(s.id)} onChange={(on) => toggleService(s.id, on)}>
              <ServiceChip service={s} /> {localized(nameText(s))}
              {!s.active && <span className="admin-badge admin-badge--muted">{t('form.inactive')}</span>}
            </Choice>
          ))}
      </FieldGroup>
      <div className="admin-form__row">
        <ZoneField value={draft.zoneId} error={errorAt('zoneId')} onChange={(zoneId) => set({ zoneId })} />
        <Field label={t('points.staff')} hint={t('points.staffHint')} error={errorAt('staffId')}>
          {(a11y) => (
            <select {...a11y} value={draft.staffId} onChange={(e) => set({ staffId: e.target.value })}>
              <option value="">{t('points.noStaff')}</option>
              {activeStaff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({t(`staff.roles.${s.role}`)})
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
