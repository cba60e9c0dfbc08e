/**
 * The sample ticket exactly as the chosen model prints it — the server draws the same dots it sends to the
 * printer — one picture pixel to one screen pixel, shrunk only when the column is narrower. It follows the
 * model and QR choice before they are saved.
 */
import { useState } from 'react';
import type { PrinterProfile } from '../../../../../shared/domain';
import { useLocalized, useTranslation } from '../../../i18n';
import { nameText } from '../kit/form-kit';
import { previewUrl } from './printer-setup';

export function PrinterPreview(props: {
  profile: PrinterProfile;
  qr: boolean;
  /** A new number fetches a new picture (the center's name or footer may have changed). */
  revision: number;
  unsaved: boolean;
  textMode: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { profile } = props;
  const src = previewUrl(profile.id, props.qr, props.revision);
  const [loaded, setLoaded] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const drawing = loaded !== src && failed !== src;

  return (
    <section className="admin-card admin-printer__preview" aria-labelledby="printer-preview-title">
      <div className="admin-printer__preview-head">
        <h3 id="printer-preview-title" className="admin-form__title">
          {t('printer.previewTitle')}
        </h3>
        {props.unsaved && <span className="admin-badge admin-badge--warning">{t('printer.previewUnsaved')}</span>}
      </div>
      <p className="admin-field__hint">
        {t('printer.previewHint', { dots: profile.widthDots, paper: profile.paperMm })}
        {props.textMode && ` ${t('printer.previewTextMode')}`}
      </p>
      {failed === src && (
        <div className="admin-message admin-message--error" role="alert">
          <p>{t('printer.previewFailed')}</p>
          <button type="button" className="admin-button" onClick={props.onRetry}>
            {t('printer.previewRetry')}
          </button>
        </div>
      )}
      <div className="admin-printer__desk" aria-busy={drawing}>
        <div className={`admin-printer__paper${drawing ? ' admin-printer__paper--drawing' : ''}`}>
          <img
            src={src}
            alt={t('printer.previewAlt', { model: localized(nameText(profile)) })}
            data-testid="printer-preview"
            onLoad={() => setLoaded(src)}
            onError={() => setFailed(src)}
          />
        </div>
        {drawing && <p className="admin-printer__drawing">{t('printer.previewDrawing')}</p>}
      </div>
    </section>
  );
}
