/**
 * Setup → Lịch hẹn (issue 22): the day's appointments (cancel one), booking one by hand (the code to give the
 * citizen), importing a day's bookings from a file, and the slots and held share of each service.
 */
import { useState } from 'react';
import type { Appointment } from '../../../../../shared/appointments';
import { nameOf } from '../../../../../shared/names';
import { formatServiceDay, serviceDayOf } from '../../../../../shared/time';
import { api, errorText } from '../../../api/client';
import { useEndpoint } from '../../../api/use-endpoint';
import { useLocalized, useTranslation, type LocalizedText } from '../../../i18n';
import { useCenter } from '../../../state/use-center';
import { AppointmentImport } from './AppointmentImport';
import { AppointmentSettingsForm } from './AppointmentSettingsForm';
import './appointments.css';

/** Yesterday, today and the next two weeks, written dd/MM/yyyy. */
const DAYS = Array.from({ length: 16 }, (_, i) => serviceDayOf(Date.now() + (i - 1) * 86_400_000));

export function AppointmentsTab() {
  const { t } = useTranslation('appointments');
  const localized = useLocalized();
  const [day, setDay] = useState(() => serviceDayOf(Date.now()));
  const [version, setVersion] = useState(0);
  const list = useEndpoint('appointments', { day }, { version });
  const changed = () => setVersion((v) => v + 1);
  return (
    <section className="admin-section" aria-labelledby="appointments-title">
      <h2 id="appointments-title">{t('title')}</h2>
      <p className="admin-intro">{t('intro')}</p>
      <div className="appointments-layout">
        <div className="admin-card">
          <div className="appointments-day">
            <h3>{t('today', { day: formatServiceDay(day) })}</h3>
            <label>
              {t('day')}{' '}
              <select value={day} onChange={(e) => setDay(e.target.value)}>
                {DAYS.map((d) => (
                  <option key={d} value={d}>
                    {formatServiceDay(d)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {list.failure && <p className="admin-message admin-message--error">{localized(list.failure)}</p>}
          {list.data && <DayList appointments={list.data} onChanged={changed} />}
        </div>
        <BookForm day={day} onBooked={changed} />
      </div>
      <AppointmentSettingsForm />
      <AppointmentImport onImported={changed} />
    </section>
  );
}

function DayList({ appointments, onChanged }: { appointments: Appointment[]; onChanged: () => void }) {
  const { t } = useTranslation('appointments');
  const localized = useLocalized();
  const { services } = useCenter();
  const [problem, setProblem] = useState<LocalizedText | null>(null);
  if (appointments.length === 0) return <p>{t('none')}</p>;
  const cancel = async (id: number) => {
    try {
      await api.call('cancelAppointment', { id });
      setProblem(null);
      onChanged();
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  return (
    <>
      {problem && <p className="admin-message admin-message--error">{localized(problem)}</p>}
      <table className="admin-table appointments-table">
        <thead>
          <tr>
            <th>{t('columns.time')}</th>
            <th>{t('columns.code')}</th>
            <th>{t('columns.service')}</th>
            <th>{t('columns.who')}</th>
            <th>{t('columns.status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {appointments.map((a) => {
            const service = services.find((s) => s.id === a.serviceId);
            const status = a.status === 'checked_in' && a.onTime === false ? 'checked_in_late' : a.status;
            return (
              <tr key={a.id} className={`appointments-row appointments-row--${a.status}`}>
                <td>{a.time}</td>
                <td className="appointments-code">{a.code}</td>
                <td>
                  {service ? `${service.prefix} · ${localized(nameOf(service))}` : '—'}
                  {a.source === 'return_visit' && <span className="tag">{t('returnVisit')}</span>}
                </td>
                <td>{[a.name, a.phoneLast4 && `…${a.phoneLast4}`].filter(Boolean).join(' ') || '—'}</td>
                <td>{t(`status.${status}`)}</td>
                <td>
                  {a.status === 'booked' && (
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      onClick={() => void cancel(a.id)}
                    >
                      {t('cancel')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function BookForm({ day, onBooked }: { day: string; onBooked: () => void }) {
  const { t } = useTranslation('appointments');
  const localized = useLocalized();
  const { services } = useCenter();
  const active = services.filter((s) => s.active);
  const [serviceId, setServiceId] = useState(() => active[0]?.id ?? 0);
  const [time, setTime] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const slots = useEndpoint('appointmentSlots', { serviceId, day }, { enabled: serviceId > 0, version: message?.text });
  const book = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const answer = await api.call('book', { serviceId, day, time, name, phoneLast4: phone });
      setMessage({ text: t('booked', { code: answer.code, time, day: formatServiceDay(day) }), error: false });
      setName('');
      setPhone('');
      onBooked();
    } catch (error) {
      setMessage({ text: localized(errorText(error)), error: true });
    }
  };
  return (
    <form className="admin-form admin-card" onSubmit={(e) => void book(e)} noValidate>
      <h3>{t('bookTitle')}</h3>
      <label className="admin-field">
        <span>{t('service')}</span>
        <select value={serviceId} onChange={(e) => setServiceId(Number(e.target.value))}>
          {active.map((s) => (
            <option key={s.id} value={s.id}>
              {s.prefix} · {localized(nameOf(s))}
            </option>
          ))}
        </select>
      </label>
      <label className="admin-field">
        <span>{t('time')}</span>
        <select value={time} onChange={(e) => setTime(e.target.value)}>
          <option value="">—</option>
          {(slots.data?.slots ?? []).map((s) => (
            <option key={s.time} value={s.time} disabled={s.free === 0}>
              {t('free', { time: s.time, count: s.free })}
            </option>
          ))}
        </select>
      </label>
      <label className="admin-field">
        <span>{t('name')}</span>
        <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="admin-field">
        <span>{t('phone')}</span>
        <input value={phone} inputMode="numeric" maxLength={4} onChange={(e) => setPhone(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={!time}>
        {t('book')}
      </button>
      {message && (
        <p className={`admin-message ${message.error ? 'admin-message--error' : ''}`} role="status">
          {message.text}
        </p>
      )}
    </form>
  );
}
