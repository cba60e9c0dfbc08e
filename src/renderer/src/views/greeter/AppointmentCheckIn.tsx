import { useState, type FormEvent } from 'react';
import { CODE_LENGTH, normalizeCode } from '../../../../shared/appointments';
import { useTranslation } from '../../i18n';

/**
 * A citizen with an appointment (issue 22) reads or shows their 6-character code; the greeter types or scans it and
 * the number comes out as from the kiosk (refusals — unknown, too early, cancelled — show where every refusal does).
 * Spaces, dashes and lower case are forgiven, as a code read aloud or copied from a message has them.
 */
export function AppointmentCheckIn(props: { busy: boolean; onCheckIn: (code: string) => Promise<boolean> }) {
  const { t } = useTranslation('greeter');
  const [code, setCode] = useState('');
  const ready = normalizeCode(code).length === CODE_LENGTH;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (!ready || props.busy) return;
    if (await props.onCheckIn(normalizeCode(code))) setCode('');
  };
  return (
    <form className="check-in" onSubmit={(event) => void submit(event)}>
      <label className="check-in__field">
        <span className="check-in__label">{t('checkIn.label')}</span>
        <input
          value={code}
          maxLength={12}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('checkIn.placeholder')}
          onChange={(event) => setCode(event.target.value)}
        />
      </label>
      <button type="submit" className="button button--small" disabled={!ready || props.busy}>
        {t('checkIn.button')}
      </button>
    </form>
  );
}
