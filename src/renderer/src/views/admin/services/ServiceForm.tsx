/** Add or edit one service: prefix, names, kind, zone, colour, target wait, cap, issuing days and hours. */
import { useState } from 'react';
import { DEFAULT_HANDLING_MINUTES } from '../../../../../shared/estimate';
import { SERVICE_KINDS, type IssuingWindow, type ServiceKind } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import type { Service } from '../../../api/types';
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
import { IssuingDays, IssuingHours } from './IssuingSchedule';
import { FormTitle, type FormDone } from '../kit/SetupSection';

interface Draft {
  prefix: string;
  nameVi: string;
  nameEn: string;
  kind: ServiceKind;
  zoneId: string;
  color: string;
  targetWaitMinutes: string;
  handlingMinutes: string;
  dailyCap: string;
  issuingDays: number[];
  issuingHours: IssuingWindow[];
  active: boolean;
  sortOrder: string;
}

const FIELDS = [
  'prefix',
  'nameVi',
  'nameEn',
  'kind',
  'zoneId',
  'color',
  'targetWaitMinutes',
  'handlingMinutes',
  'dailyCap',
];
const ALL_FIELDS = [...FIELDS, 'issuingDays', 'issuingHours', 'active', 'sortOrder'];

function draftOf(service: Service): Draft {
  return {
    ...service,
    zoneId: service.zoneId === null ? '' : String(service.zoneId),
    targetWaitMinutes: String(service.targetWaitMinutes),
    handlingMinutes: String(service.handlingMinutes),
    dailyCap: service.dailyCap === null ? '' : String(service.dailyCap),
    sortOrder: String(service.sortOrder),
  };
}

function newDraft(services: Service[]): Draft {
  const used = new Set(services.map((s) => s.prefix));
  const free = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((letter) => !used.has(letter)) ?? '';
  return {
    prefix: free,
    nameVi: '',
    nameEn: '',
    kind: 'counter',
    zoneId: '',
    color: '#1565c0',
    targetWaitMinutes: '20',
    handlingMinutes: String(DEFAULT_HANDLING_MINUTES),
    dailyCap: '',
    issuingDays: [],
    issuingHours: [],
    active: true,
    sortOrder: String(Math.max(0, ...services.map((s) => s.sortOrder)) + 1),
  };
}

/** The body the API takes. Numbers as typed: the server is the one judge of what is valid. */
function inputOf(d: Draft) {
  return {
    prefix: d.prefix.trim(),
    nameVi: d.nameVi.trim(),
    nameEn: d.nameEn.trim(),
    kind: d.kind,
    zoneId: d.zoneId === '' ? null : Number(d.zoneId),
    color: d.color,
    targetWaitMinutes: numberOrNull(d.targetWaitMinutes),
    handlingMinutes: numberOrNull(d.handlingMinutes),
    dailyCap: numberOrNull(d.dailyCap),
    issuingDays: d.issuingDays,
    issuingHours: d.issuingHours,
    active: d.active,
    sortOrder: numberOrNull(d.sortOrder),
  };
}

export function ServiceForm({
  service,
  done,
  procedureIds,
  onNamed,
}: {
  service: Service | null;
  done: FormDone;
  /** The active procedures that issue to this service: retiring it asks where they go. */
  procedureIds: number[];
  /** Added or renamed: setup then offers the procedures its name calls for (ProcedureOffer). */
  onNamed: (service: Service) => void;
}) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { services } = useCenter();
  const [draft, setDraft] = useState<Draft>(() => (service ? draftOf(service) : newDraft(services)));
  const [heir, setHeir] = useState('');
  const [heirError, setHeirError] = useState<string | null>(null);
  const retiring = service !== null && service.active && !draft.active && procedureIds.length > 0;
  const form = useSaveForm(ALL_FIELDS);
  const { errorAt } = form;
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const save = form.submit(async () => {
    if (retiring && heir === '') {
      setHeirError(t('services.retireToMissing'));
      return;
    }
    setHeirError(null);
    // Retiring with procedures: they go to the chosen service first, so none is left issuing to a retired line.
    if (retiring) await api.submit('moveProcedures', { id: Number(heir), procedureIds });
    await saveRecord({
      before: service ? inputOf(draftOf(service)) : null,
      draft: inputOf(draft),
      create: async (input) => onNamed(await api.submit('createService', input)),
      update: async (patch) => {
        const saved = await api.submit('updateService', { id: service!.id, ...patch });
        if (saved.active && (patch.nameVi !== undefined || patch.nameEn !== undefined)) onNamed(saved);
      },
      name: draft.nameVi.trim(),
      done,
      t,
    });
  });
  const heirs = services.filter((s) => s.active && s.id !== service?.id);

  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <FormTitle text={service ? t('form.editing', { name: localized(nameText(service)) }) : t('services.newTitle')} />
      <div className="admin-form__row">
        <Field label={t('services.prefix')} hint={t('services.prefixHint')} error={errorAt('prefix')}>
          {(a11y) => (
            <input
              {...a11y}
              className="admin-input--short admin-input--code"
              value={draft.prefix}
              maxLength={2}
              autoComplete="off"
              onChange={(e) => set({ prefix: e.target.value.toUpperCase() })}
            />
          )}
        </Field>
        <Field label={t('services.color')} hint={t('services.colorHint')} error={errorAt('color')}>
          {(a11y) => (
            <input {...a11y} type="color" value={draft.color} onChange={(e) => set({ color: e.target.value })} />
          )}
        </Field>
      </div>
      <NameFields draft={draft} set={set} errorAt={errorAt} />
      <FieldGroup legend={t('services.kind')} error={errorAt('kind')}>
        {SERVICE_KINDS.map((kind) => (
          <Choice key={kind} type="radio" name="kind" checked={draft.kind === kind} onChange={() => set({ kind })}>
            {t(`services.kinds.${kind}`)}
          </Choice>
        ))}
      </FieldGroup>
      <ZoneField value={draft.zoneId} error={errorAt('zoneId')} onChange={(zoneId) => set({ zoneId })} />
      <div className="admin-form__row">
        <NumberField
          label={t('services.targetWait')}
          hint={t('services.targetWaitHint')}
          error={errorAt('targetWaitMinutes')}
          min={1}
          max={600}
          value={draft.targetWaitMinutes}
          onChange={(value) => set({ targetWaitMinutes: value })}
        />
        <NumberField
          label={t('services.handling')}
          hint={t('services.handlingHint')}
          error={errorAt('handlingMinutes')}
          min={1}
          max={240}
          value={draft.handlingMinutes}
          onChange={(value) => set({ handlingMinutes: value })}
        />
        <NumberField
          label={t('services.dailyCap')}
          hint={t('services.dailyCapHint')}
          error={errorAt('dailyCap')}
          min={1}
          max={9999}
          value={draft.dailyCap}
          onChange={(value) => set({ dailyCap: value })}
        />
      </div>
      <IssuingDays
        days={draft.issuingDays}
        onChange={(issuingDays) => set({ issuingDays })}
        error={errorAt('issuingDays', true)}
      />
      <IssuingHours hours={draft.issuingHours} onChange={(issuingHours) => set({ issuingHours })} errorAt={errorAt} />
      <NumberField
        label={t('services.sortOrder')}
        hint={t('services.sortOrderHint')}
        error={errorAt('sortOrder')}
        min={0}
        max={9999}
        value={draft.sortOrder}
        onChange={(value) => set({ sortOrder: value })}
      />
      <ActiveChoice active={draft.active} onChange={(active) => set({ active })} />
      {retiring && (
        <Field
          label={t('services.retireTo')}
          hint={t('services.retireToHint', { count: procedureIds.length })}
          error={heirError}
        >
          {(a11y) => (
            <select {...a11y} value={heir} onChange={(e) => setHeir(e.target.value)}>
              <option value="">{t('services.retireToChoose')}</option>
              {heirs.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.prefix} · {localized(nameText(s))}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <SaveBar busy={form.busy} problem={form.problem} onCancel={() => done(null)} />
    </form>
  );
}
