/** The check-in window and, per service, the slots, bookings per slot and numbers held until a set time. */
import { useState } from 'react';
import type { AppointmentSettings, ServiceAppointments } from '../../../../../shared/appointments';
import { nameOf } from '../../../../../shared/names';
import { api, errorText } from '../../../api/client';
import { useEndpoint } from '../../../api/use-endpoint';
import { useLocalized, useTranslation } from '../../../i18n';
import { useCenter } from '../../../state/use-center';

export function AppointmentSettingsForm() {
  const loaded = useEndpoint('appointmentSettings', undefined);
  return loaded.data ? <SettingsForm initial={loaded.data} /> : null;
}

function SettingsForm({ initial }: { initial: AppointmentSettings }) {
  const { t } = useTranslation('appointments');
  const localized = useLocalized();
  const { services } = useCenter();
  const [draft, setDraft] = useState(initial);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const setService = (serviceId: number, change: Partial<ServiceAppointments>) =>
    setDraft((d) => ({ ...d, services: d.services.map((s) => (s.serviceId === serviceId ? { ...s, ...change } : s)) }));
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      setDraft(await api.call('updateAppointmentSettings', draft));
      setMessage({ text: t('saved'), error: false });
    } catch (error) {
      setMessage({ text: localized(errorText(error)), error: true });
    }
  };
  const number = (value: string) => (value === '' ? 0 : Number(value));
  return (
    <form className="admin-form admin-card appointments-settings" onSubmit={(e) => void save(e)} noValidate>
      <h3>{t('settingsTitle')}</h3>
      <div className="appointments-window">
        <label className="admin-field">
          <span>{t('windowBefore')}</span>
          <input
            type="number"
            min={0}
            max={240}
            value={draft.windowBeforeMinutes}
            onChange={(e) => setDraft({ ...draft, windowBeforeMinutes: number(e.target.value) })}
          />
        </label>
        <label className="admin-field">
          <span>{t('windowAfter')}</span>
          <input
            type="number"
            min={0}
            max={240}
            value={draft.windowAfterMinutes}
            onChange={(e) => setDraft({ ...draft, windowAfterMinutes: number(e.target.value) })}
          />
        </label>
      </div>
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t('service')}</th>
            <th>{t('slotMinutes')}</th>
            <th>{t('perSlot')}</th>
            <th>{t('held')}</th>
            <th>{t('heldUntil')}</th>
          </tr>
        </thead>
        <tbody>
          {draft.services.map((row) => {
            const service = services.find((s) => s.id === row.serviceId);
            if (!service?.active) return null;
            const label = localized(nameOf(service));
            return (
              <tr key={row.serviceId}>
                <td>
                  {service.prefix} · {label}
                  {service.dailyCap !== null && <span className="admin-list__meta"> · /{service.dailyCap}</span>}
                </td>
                <td>
                  <input
                    type="number"
                    aria-label={`${t('slotMinutes')} — ${label}`}
                    min={5}
                    max={240}
                    value={row.slotMinutes}
                    onChange={(e) => setService(row.serviceId, { slotMinutes: number(e.target.value) })}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    aria-label={`${t('perSlot')} — ${label}`}
                    min={0}
                    max={100}
                    value={row.perSlot}
                    onChange={(e) => setService(row.serviceId, { perSlot: number(e.target.value) })}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    aria-label={`${t('held')} — ${label}`}
                    min={0}
                    value={row.held}
                    onChange={(e) => setService(row.serviceId, { held: number(e.target.value) })}
                  />
                </td>
                <td>
                  <input
                    type="time"
                    aria-label={`${t('heldUntil')} — ${label}`}
                    value={row.heldUntil}
                    onChange={(e) => setService(row.serviceId, { heldUntil: e.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit" className="button">
        {t('save')}
      </button>
      {message && (
        <p className={`admin-message ${message.error ? 'admin-message--error' : ''}`} role="status">
          {message.text}
        </p>
      )}
    </form>
  );
}
