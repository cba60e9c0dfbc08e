/**
 * Which wall displays say the calls. When several share a hall, only one should speak (or the hall hears each
 * call twice, a little out of step); the others show the numbers in silence.
 */
import { useState } from 'react';
import type { VoiceSettings } from '../../../../shared/voice-settings';
import { api, errorText } from '../../api/client';
import type { Device } from '../../api/types';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { ListUnavailable } from '../../views/admin/kit/ListUnavailable';
import { useEndpoint } from '../../api/use-endpoint';

export function SpeakingDisplays(props: { settings: VoiceSettings; onSaved: (settings: VoiceSettings) => void }) {
  const { t } = useTranslation('voice');
  const localized = useLocalized();
  const devices = useEndpoint('devices', undefined);
  const [failure, setFailure] = useState<LocalizedText | null>(null);
  const displays = devices.data?.filter((d) => d.role === 'display' && d.revokedAt === null) ?? null;
  const muted = new Set(props.settings.mutedDisplayIds);

  const toggle = async (device: Device, speaks: boolean) => {
    const next = speaks ? [...muted].filter((id) => id !== device.id) : [...muted, device.id];
    try {
      const answer = await api.call('updateVoice', { mutedDisplayIds: next });
      props.onSaved(answer.settings);
      setFailure(null);
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  return (
    <section className="admin-card voice-displays" aria-labelledby="voice-displays-title">
      <h3 className="admin-form__title" id="voice-displays-title">
        {t('displaysTitle')}
      </h3>
      <p className="admin-field__hint">{t('displaysHint')}</p>
      {displays === null ? (
        <ListUnavailable list={devices} />
      ) : displays.length === 0 ? (
        <p className="admin-empty">{t('displaysNone')}</p>
      ) : (
        <ul className="voice-displays__list">
          {displays.map((device) => {
            const speaks = !muted.has(device.id);
            return (
              <li key={device.id} className="voice-displays__item">
                <span>{device.name}</span>
                <label className={`admin-choice${speaks ? ' admin-choice--on' : ''}`}>
                  <input type="checkbox" checked={speaks} onChange={(e) => void toggle(device, e.target.checked)} />
                  <span className="admin-choice__text">{speaks ? t('displaySpeaks') : t('displaySilent')}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {failure && (
        <p className="admin-message admin-message--error" role="alert">
          {localized(failure)}
        </p>
      )}
    </section>
  );
}
