/** Create a device for a role; a counter device is bound to one counter or help desk. */
import { useState } from 'react';
import { ROLES } from '../../../../../shared/contract/roles';
import { belongsToPoint, DEVICE_ROLES, type DeviceRole } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import type { CreatedDevice } from '../../../api/types';
import { useLocalized, useTranslation } from '../../../i18n';
import { useCenter } from '../../../state/use-center';
import { Choice, Field, FieldGroup, nameText, SaveBar, useSaveForm } from '../kit/form-kit';
import { FormTitle } from '../kit/SetupSection';

const FIELDS = ['name', 'role', 'servicePointId'];

export function DeviceCreateForm({ onCreated }: { onCreated: (created: CreatedDevice) => void }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { servicePoints } = useCenter();
  const [name, setName] = useState('');
  const [role, setRole] = useState<DeviceRole>('counter');
  const [pointId, setPointId] = useState('');
  const form = useSaveForm(FIELDS);
  const points = servicePoints
    .filter((p) => p.active)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.number - b.number);

  const choosePoint = (id: string) => {
    const point = points.find((p) => String(p.id) === id);
    const previous = points.find((p) => String(p.id) === pointId);
    // A counter's machine is usually named after the counter (its rating screen, "Đánh giá — Quầy 1"): fill it
    // in unless the manager typed a name.
    const nameFor = (p: typeof point) =>
      p && (role === 'rating' ? t('devices.ratingName', { point: localized(nameText(p)) }) : localized(nameText(p)));
    if (point && (name.trim() === '' || (previous && name === nameFor(previous)))) setName(nameFor(point)!);
    setPointId(id);
  };

  const save = form.submit(async () => {
    const answer = await api.call('createDevice', {
      name: name.trim(),
      role,
      servicePointId: belongsToPoint(role) && pointId !== '' ? Number(pointId) : null,
    });
    setName('');
    setPointId('');
    onCreated(answer);
  });

  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <FormTitle text={t('devices.createTitle')} />
      <FieldGroup legend={t('devices.role')} error={form.errorAt('role')} className="admin-group--stacked">
        {/* The role table's order: the order a manager sets a center up in. */}
        {DEVICE_ROLES.map((r) => (
          <Choice
            key={r}
            type="radio"
            name="device-role"
            checked={role === r}
            onChange={() => setRole(r)}
            detail={localized(ROLES[r].help)}
          >
            <strong>{localized(ROLES[r].name)}</strong>
          </Choice>
        ))}
      </FieldGroup>
      {belongsToPoint(role) && (
        <Field label={t('devices.point')} hint={t('devices.pointHint')} error={form.errorAt('servicePointId')}>
          {(a11y) => (
            <select {...a11y} value={pointId} onChange={(e) => choosePoint(e.target.value)}>
              <option value="">{t('devices.choosePoint')}</option>
              {points.map((p) => (
                <option key={p.id} value={p.id}>
                  {localized(nameText(p))}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('devices.name')} hint={t('devices.nameHint')} error={form.errorAt('name')}>
        {(a11y) => <input {...a11y} value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
      </Field>
      <SaveBar
        busy={form.busy}
        problem={form.problem}
        saveLabel={t('devices.create')}
        busyLabel={t('devices.creating')}
      />
    </form>
  );
}
