/** A new device's sign-in link and QR code — shown once, then gone for good. */
import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import type { CreatedDevice } from '../../api/types';
import { useTranslation } from '../../i18n';

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

export function CreatedDeviceCard({ created, onClose }: { created: CreatedDevice; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const [qr, setQr] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const link = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    QRCode.toDataURL(created.signInUrl, { margin: 1, width: 240 }).then(
      (url) => current && setQr(url),
      () => current && setQr(null),
    );
    title.current?.focus();
    return () => {
      current = false;
    };
  }, [created.signInUrl]);

  return (
    <div className="admin-card admin-created" role="region" aria-labelledby="created-device-title">
      <h3 id="created-device-title" className="admin-form__title" tabIndex={-1} ref={title}>
        {t('devices.createdTitle', { name: created.device.name })}
      </h3>
      <p className="admin-created__instruction">{t('devices.instruction')}</p>
      <div className="admin-created__body">
        {qr && <img className="admin-created__qr" src={qr} width={240} height={240} alt={t('devices.qrAlt')} />}
        <div className="admin-created__link">
          <p className="admin-field__label" id="created-device-link">
            {t('devices.link')}
          </p>
          <code className="admin-created__url" ref={link} aria-labelledby="created-device-link">
            {created.signInUrl}
          </code>
          <button
            type="button"
            className="admin-button admin-button--primary"
            onClick={() =>
              void copyText(created.signInUrl, link.current).then((ok) => setCopy(ok ? 'copied' : 'failed'))
            }
          >
            {t('devices.copy')}
          </button>
          <p aria-live="polite" className={copy === 'failed' ? 'admin-field__error' : 'admin-message--ok-text'}>
            {copy === 'copied' && t('devices.copied')}
            {copy === 'failed' && t('devices.copyFailed')}
          </p>
          <p className="admin-field__hint">{t('devices.keepSecret')}</p>
        </div>
      </div>
      <div className="admin-savebar">
        <p className="admin-field__hint">{t('devices.doneHint')}</p>
        <button type="button" className="admin-button" onClick={onClose}>
          {t('devices.done')}
        </button>
      </div>
    </div>
  );
}
