/**
 * What a screen shows when it is not signed in — never a blank page, never a raw error: why (never signed in,
 * session run out, device revoked, in the server's words) and, right there, the way back in with a pairing code.
 */
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { PairingForm } from './PairingForm';
import './signin.css';

export interface SignedOutReason {
  code: string;
  text: LocalizedText | null;
}

/** `failedTitle`: the heading when a sign-in just failed (a revoked device is still called revoked). */
export function SignedOutScreen({ reason, failedTitle }: { reason: SignedOutReason | null; failedTitle?: string }) {
  const { t } = useTranslation('signin');
  const localized = useLocalized();
  const revoked = reason?.code === 'DEVICE_REVOKED';
  const title = revoked
    ? t('revokedTitle')
    : (failedTitle ?? (reason?.code === 'SESSION_EXPIRED' ? t('expiredTitle') : t('signedOutTitle')));
  return (
    <main className={`signin ${revoked ? 'signin--revoked' : ''}`}>
      <div className="signin__panel">
        <div className={`notice ${revoked ? 'notice--error' : ''}`} role="alert">
          <h1>{title}</h1>
          {reason?.text && <p>{localized(reason.text)}</p>}
        </div>
        <PairingForm autoFocus />
        <p className="signin__or">{t('orLink')}</p>
      </div>
      <LanguageSwitch />
    </main>
  );
}
