/**
 * `/signin#token=…`: the one-time link an administrator gives a device. The token is traded for an HttpOnly
 * session cookie and taken out of the address bar and history straight away; then the device's screen opens.
 * `/signin` without a token is where a device types its 6-digit pairing code.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, errorText } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useTranslation } from '../../i18n';
import { navigate } from '../../navigation';
import { homeOf } from '../../routes';
import { SignedOutScreen, type SignedOutReason } from './SignedOutScreen';
import './signin.css';

function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}

export function SignInView() {
  const { t } = useTranslation('signin');
  const [token] = useState(() => tokenFromHash(window.location.hash));
  // Why the link did not sign in, in the server's words; no token at all: the pairing page.
  const [failure, setFailure] = useState<SignedOutReason | null>(null);

  useEffect(() => {
    if (!token) return;
    history.replaceState(null, '', '/signin');
    let current = true;
    api.call('signIn', { token }).then(
      ({ device }) => current && navigate(homeOf(device), { replace: true }),
      (error: unknown) =>
        current && setFailure({ code: error instanceof ApiError ? error.code : 'UNREACHABLE', text: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  if (!token || failure) return <SignedOutScreen reason={failure} failedTitle={failure ? t('failed') : undefined} />;
  return (
    <main className="page page--centered">
      <p className="notice" aria-live="polite">
        {t('signingIn')}
      </p>
      <LanguageSwitch />
    </main>
  );
}
