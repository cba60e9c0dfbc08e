/**
 * Typing the 10-digit pairing code the admin screen shows: for a TV or tablet where opening a link is awkward.
 * Large, numeric, forgiving of spaces; the server's refusal (wrong, expired, too many tries) is shown as it says.
 */
import { useId, useState, type FormEvent } from 'react';
import { api, errorText } from '../../api/client';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { homeOf } from '../../routes';
import { groupPairingCode, PAIRING_CODE_DIGITS } from '../../../../shared/sign-in';

export function PairingForm({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t } = useTranslation('signin');
  const localized = useLocalized();
  const id = useId();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<LocalizedText | 'incomplete' | null>(null);
  const digits = code.replace(/\D/g, '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (digits.length !== PAIRING_CODE_DIGITS) return setProblem('incomplete');
    setBusy(true);
    setProblem(null);
    try {
      const { device } = await api.call('signIn', { code: digits });
      // A full load: the new session's cookie is in place and the screen starts from a clean slate.
      window.location.replace(homeOf(device));
    } catch (error) {
      setProblem(errorText(error));
      setBusy(false);
    }
  };

  return (
    <form className="pairing" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="pairing__title">{t('pairTitle')}</h2>
      <p className="pairing__help">{t('pairHelp')}</p>
      <label className="pairing__label" htmlFor={id}>
        {t('codeLabel')}
      </label>
      <input
        id={id}
        className="pairing__code"
        inputMode="numeric"
        autoComplete="one-time-code"
        // A TV remote reaches this first.
        autoFocus={autoFocus}
        maxLength={PAIRING_CODE_DIGITS + 2}
        value={code}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-message`}
        onChange={(e) => setCode(groupPairingCode(e.target.value))}
      />
      <p
        id={`${id}-message`}
        className={problem ? 'pairing__error' : 'pairing__hint'}
        role={problem ? 'alert' : undefined}
      >
        {problem === 'incomplete' ? t('codeIncomplete') : problem ? localized(problem) : t('codeHint')}
      </p>
      <button type="submit" className="button button--primary pairing__submit" disabled={busy}>
        {busy ? t('pairing') : t('pair')}
      </button>
    </form>
  );
}
