/**
 * `/signin#token=…`: the one-time link an administrator gives a device. The token is traded for an HttpOnly
 * session cookie and taken out of the address bar and history straight away.
 */
import { useEffect, useState } from 'react';
import { api, errorText } from '../../api/client';
import { Bilingual } from '../../components/Bilingual';
import { messages, type LocalizedText } from '../../i18n';
import { navigate } from '../../navigation';

function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}

export function SignInView() {
  const [token] = useState(() => tokenFromHash(window.location.hash));
  const [failure, setFailure] = useState<LocalizedText | null>(token ? null : messages.signInNoToken);

  useEffect(() => {
    if (!token) return;
    history.replaceState(null, '', '/signin');
    let current = true;
    api.post('/api/session', { token }).then(
      () => current && navigate('/', { replace: true }),
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
          <h1>
            <Bilingual text={messages.signInFailed} />
          </h1>
          <p>
            <Bilingual text={failure} />
          </p>
        </div>
      ) : (
        <p className="notice" aria-live="polite">
          <Bilingual text={messages.signingIn} />
        </p>
      )}
    </main>
  );
}
