/** Staff and volunteers with their role. Retired with the "active" box, never deleted. */
import { useState } from 'react';
import { STAFF_ROLES, type StaffRole } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import type { Staff } from '../../../api/types';
import { useEndpoint } from '../../../api/use-endpoint';
import { useTranslation } from '../../../i18n';
import { ActiveChoice, Choice, Field, FieldGroup, SaveBar, useSaveForm } from '../kit/form-kit';
import { saveRecord } from '../kit/save-record';
import { ListUnavailable } from '../kit/ListUnavailable';
import { FormTitle, SetupSection, type FormDone } from '../kit/SetupSection';
import { comparePersonNames } from '../../../../../shared/names';

interface Draft {
  name: string;
  role: StaffRole;
  active: boolean;
}
const FIELDS = ['name', 'role', 'active', 'pin'];

export function StaffTab() {
  const { t } = useTranslation('admin');
  const staff = useEndpoint('staff', undefined);
  if (!staff.data) return <ListUnavailable list={staff} />;
  const sorted = [...staff.data].sort(
    (a, b) => Number(b.active) - Number(a.active) || comparePersonNames(a.name, b.name),
  );
  return (
    <SetupSection
      title={t('staff.title')}
      intro={t('staff.intro')}
      addLabel={t('staff.add')}
      emptyText={t('staff.empty')}
      items={sorted}
      isRetired={(s) => !s.active}
      itemLabel={(s) => s.name}
      renderSummary={(s) => (
        <span className="admin-list__text">
          <strong>{s.name}</strong>
          <span className="admin-list__meta">{t(`staff.roles.${s.role}`)}</span>
        </span>
      )}
      renderForm={(member, done) => (
        <StaffForm
          member={member}
          done={(message) => {
            staff.reload();
            done(message);
          }}
        />
      )}
    />
  );
}

function StaffForm({ member, done }: { member: Staff | null; done: FormDone }) {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState<Draft>(() => member ?? { name: '', role: 'volunteer', active: true });
  const form = useSaveForm(FIELDS);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const inputOf = (d: Draft): Draft => ({ name: d.name.trim(), role: d.role, active: d.active });
  // A PIN for signing in at a counter: typed only to set a new one (the stored one is hashed, never shown).
  const [pin, setPin] = useState('');
  const setPinOf = async (id: number) => {
    if (pin.trim()) await api.submit('setStaffPin', { id, pin: pin.trim() });
  };

  const save = form.submit(async () => {
    if (member) await setPinOf(member.id);
    await saveRecord({
      before: member ? inputOf(member) : null,
      draft: inputOf(draft),
      create: async (input) => setPinOf((await api.call('createStaff', input)).id),
      update: (patch) => api.call('updateStaff', { id: member!.id, ...patch }),
      name: draft.name.trim(),
      done: (message) => done(member && pin.trim() && message === t('form.noChanges') ? t('staff.pinSaved') : message),
      t,
    });
  });

  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <FormTitle text={member ? t('form.editing', { name: member.name }) : t('staff.newTitle')} />
      <Field label={t('staff.name')} error={form.errorAt('name')}>
        {(a11y) => (
          <input {...a11y} value={draft.name} autoComplete="off" onChange={(e) => set({ name: e.target.value })} />
        )}
      </Field>
      <FieldGroup legend={t('staff.role')} error={form.errorAt('role')}>
        {STAFF_ROLES.map((role) => (
          <Choice key={role} type="radio" name="role" checked={draft.role === role} onChange={() => set({ role })}>
            {t(`staff.roles.${role}`)}
          </Choice>
        ))}
      </FieldGroup>
      <Field
        label={t('staff.pin')}
        hint={member ? t('staff.pinHint') : t('staff.pinHintNew')}
        error={form.errorAt('pin')}
      >
        {(a11y) => (
          <input
            {...a11y}
            value={pin}
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={6}
            onChange={(e) => setPin(e.target.value)}
          />
        )}
      </Field>
      <ActiveChoice active={draft.active} onChange={(active) => set({ active })} />
      <SaveBar busy={form.busy} problem={form.problem} onCancel={() => done(null)} />
    </form>
  );
}
