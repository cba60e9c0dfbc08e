/**
 * A device's ways to sign in — a one-time link with its QR code, and a 6-digit pairing code to type on a TV —
 * shown once, for a new device or when a new sign-in code is made for one; each works once, until its time.
 */
import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../../../../shared/time';
import type { DeviceSignIn } from '../../../../../shared/api';
import { groupPairingCode } from '../../../../../shared/sign-in';
import { useTranslation } from '../../../i18n';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text; on plain-http LAN pages the Clipboard API is absent, so the shown link is selected and copied. */
async function copyText(text: string, shown: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Falls through to the selection below.
  }
  if (!shown) return false;
  window.getSelection()?.selectAllChildren(shown);
  return document.execCommand('copy');
}

export function CreatedDeviceCard(props: { signIn: DeviceSignIn; fresh: boolean; onClose: () => void }) {
  const { signIn } = props;
  const { t } = useTranslation('admin');
  const [qr, setQr] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const link = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const pairingPage = `${new URL(signIn.signInUrl).origin}/signin`;

  useEffect(() => {
    let current = true;
    QRCode.toDataURL(signIn.signInUrl, { margin: 1, width: 240 }).then(
      (url) => current && setQr(url),
      () => current && setQr(null),
    );
    title.current?.focus();
    return () => {
      current = false;
    };
  }, [signIn.signInUrl]);

  return (
    <div className="admin-card admin-created" role="region" aria-labelledby="created-device-title">
      <h3 id="created-device-title" className="admin-form__title" tabIndex={-1} ref={title}>
        {t(props.fresh ? 'devices.createdTitle' : 'devices.signInTitle', { name: signIn.device.name })}
      </h3>
      <p className="admin-created__instruction">{t('devices.instruction')}</p>
      <div className="admin-created__body">
        {qr && <img className="admin-created__qr" src={qr} width={240} height={240} alt={t('devices.qrAlt')} />}
        <div className="admin-created__link">
          <p className="admin-field__label" id="created-device-link">
            {t('devices.link')}
          </p>
          <code className="admin-created__url" ref={link} aria-labelledby="created-device-link">
            {signIn.signInUrl}
          </code>
          <p className="admin-field__hint">
            {t('devices.linkValid', { time: formatDateTime(signIn.signInExpiresAt) })}
          </p>
          <button
            type="button"
            className="admin-button admin-button--primary"
            onClick={() =>
              void copyText(signIn.signInUrl, link.current).then((ok) => setCopy(ok ? 'copied' : 'failed'))
            }
          >
            {t('devices.copy')}
          </button>
          <p aria-live="polite" className={copy === 'failed' ? 'admin-field__error' : 'admin-message--ok-text'}>
            {copy === 'copied' && t('devices.copied')}
            {copy === 'failed' && t('devices.copyFailed')}
          </p>
        </div>
      </div>
      <div className="admin-created__pairing">
        <p className="admin-field__label" id="created-device-code">
          {t('devices.pairingCode')}
        </p>
        <p className="admin-created__code" aria-labelledby="created-device-code" data-testid="pairing-code">
          {groupPairingCode(signIn.pairingCode)}
        </p>
        <p className="admin-field__hint">
          {t('devices.pairingHint', { address: pairingPage, time: formatDateTime(signIn.pairingExpiresAt) })}
        </p>
      </div>
      <p className="admin-field__hint">{t('devices.keepSecret')}</p>
      <div className="admin-savebar">
        <p className="admin-field__hint">{t('devices.doneHint')}</p>
        <button type="button" className="admin-button" onClick={props.onClose}>
          {t('devices.done')}
        </button>
      </div>
    </div>
  );
}
