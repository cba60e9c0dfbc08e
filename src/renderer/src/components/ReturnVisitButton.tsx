import { useState } from 'react';
import type { Appointment } from '../../../shared/appointments';
import type { EndpointInput } from '../../../shared/contract/endpoints';
import { formatServiceDay } from '../../../shared/time';
import { api, errorText } from '../api/client';
import { useLocalized, useTranslation } from '../i18n';

/**
 * One tap books the citizen a return visit (issue 22): the next working day's first free slot, the slip printed with
 * the code, the time, the papers still missing and a QR; the kiosk or the greeter checks it in next time. Used at
 * the greeter's "thiếu giấy tờ" and at the counter's "hẹn bổ sung"; once booked, the booking replaces the button.
 */
export function ReturnVisitButton(props: { label: string; request: () => EndpointInput<'returnVisit'> }) {
  const { t } = useTranslation('common');
  const localized = useLocalized();
  const [booked, setBooked] = useState<Appointment | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const book = async () => {
    setBusy(true);
    try {
      const answer = await api.call('returnVisit', props.request());
      setBooked(answer.appointment);
      setProblem(null);
    } catch (error) {
      setProblem(localized(errorText(error)));
    } finally {
      setBusy(false);
    }
  };
  if (booked)
    return (
      <p className="return-visit__booked" role="status">
        {t('returnVisitBooked', { time: booked.time, day: formatServiceDay(booked.day), code: booked.code })}
      </p>
    );
  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void book()}>
        {props.label}
      </button>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
