/**
 * `/signin#token=…`: the one-time link an administrator gives a device. The token is traded for an HttpOnly
 * session cookie and taken out of the address bar and history straight away; then the device's screen opens.
 */
import { useEffect, useState } from 'react';
import { api, errorText } from '../../api/client';
import type { Session } from '../../api/types';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { navigate } from '../../navigation';
import { homeOf } from '../../routes';

function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}

export function SignInView() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [token] = useState(() => tokenFromHash(window.location.hash));
  // The server's refusal, in both languages; 'noToken' for a link without one.
  const [failure, setFailure] = useState<LocalizedText | 'noToken' | null>(token ? null : 'noToken');

  useEffect(() => {
    if (!token) return;
    history.replaceState(null, '', '/signin');
    let current = true;
    api.post<Session>('/api/session', { token }).then(
      ({ device }) => current && navigate(homeOf(device), { replace: true }),
      (error: unknown) => current && setFailure(errorText(error)),
    );
    return () => {
      current = false;
    };
  }, [token]);

  return (
    <main className="page page--centered">
      {failure ? (
        <div className="notice notice--error" role="alert">
          <h1>{t('signIn.failed')}</h1>
          <p>{failure === 'noToken' ? t('signIn.noToken') : localized(failure)}</p>
        </div>
      ) : (
        <p className="notice" aria-live="polite">
          {t('signIn.signingIn')}
        </p>
      )}
      <LanguageSwitch />
    </main>
  );
}
