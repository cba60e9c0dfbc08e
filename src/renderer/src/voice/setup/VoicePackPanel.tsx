/** Export the center's recordings as one file, or import another center's: one recording for a whole province. */
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import { SaveLink } from '../../desktop/SaveLink';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';

export function VoicePackPanel() {
  const { t } = useTranslation('voice');
  const localized = useLocalized();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const importPack = async (file: File) => {
    setBusy(true);
    try {
      // The file as read; the server's schema judges it (and says what is wrong, in both languages).
      let pack: object;
      try {
        pack = JSON.parse(await file.text()) as object;
      } catch {
        setMessage({ ok: false, text: t('packUnreadable') });
        return;
      }
      const answer = await api.submit('importVoicePack', pack);
      setMessage({ ok: true, text: t('imported', { count: answer.imported }) });
    } catch (error) {
      setMessage({ ok: false, text: localized(errorText(error) as LocalizedText) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="admin-card voice-pack" aria-labelledby="voice-pack-title">
      <h3 className="admin-form__title" id="voice-pack-title">
        {t('packTitle')}
      </h3>
      <p className="admin-field__hint">{t('packHint')}</p>
      <div className="voice-pack__buttons">
        <SaveLink
          className="admin-button"
          href={api.href('exportVoicePack')}
          fileName="luot-voice-pack.json"
          format="json"
        >
          {t('exportPack')}
        </SaveLink>
        <label className="admin-button voice-file">
          {t('importPack')}
          <input
            type="file"
            accept="application/json,.json"
            className="voice-pack__file"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importPack(file);
            }}
          />
        </label>
      </div>
      {message && (
        <p className={`admin-message ${message.ok ? 'admin-message--ok' : 'admin-message--error'}`} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
