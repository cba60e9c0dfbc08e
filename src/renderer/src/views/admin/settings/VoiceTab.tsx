/**
 * `/admin/voice` — how the wall displays say the calls (issue 11): the voice and its sentences, which displays
 * speak, the center's own recordings and the voice pack. Everything here is heard at once with "Nghe" on this
 * computer; displays follow a saved change from their next call.
 */
import { useEffect, useState } from 'react';
import type { VoiceLanguage } from '../../../../../shared/spoken-words';
import { useTranslation } from '../../../i18n';
import { Announcer } from '../../../voice/announcer';
import { SpeakingDisplays } from '../../../voice/setup/SpeakingDisplays';
import { useVoiceSetup } from '../../../voice/setup/use-voice-setup';
import { VoicePackPanel } from '../../../voice/setup/VoicePackPanel';
import { VoiceRecordings } from '../../../voice/setup/VoiceRecordings';
import { VoiceSettingsForm } from '../../../voice/setup/VoiceSettingsForm';
import { ListUnavailable } from '../kit/ListUnavailable';
import '../../../voice/setup/voice-setup.css';

export function VoiceTab() {
  const { t } = useTranslation('voice');
  const voice = useVoiceSetup();
  // One player for the whole tab, made on the first "Nghe": browsers allow sound only after a click.
  const [announcer, setAnnouncer] = useState<Announcer | null>(null);
  const player = () => {
    const made = announcer ?? new Announcer();
    if (!announcer) setAnnouncer(made);
    return made;
  };
  // Leaving the tab closes its audio context.
  useEffect(() => () => void announcer?.context.close(), [announcer]);
  const listen = (words: string, language: VoiceLanguage) => {
    if (!voice.setup) return;
    const made = player();
    made.configure({ ...voice.setup, settings: { ...voice.setup.settings, repeat: 1 } }, false);
    void made.enable().then(() => made.sayWords(words, language));
  };

  return (
    <section className="admin-section" aria-labelledby="voice-title">
      <h2 id="voice-title">{t('title')}</h2>
      <p className="admin-intro">{t('intro')}</p>
      {voice.setup && voice.inventory ? (
        <div className="voice-tab">
          <div className="voice-tab__column">
            <VoiceSettingsForm setup={voice.setup} onSaved={voice.savedSettings} player={player} />
            <SpeakingDisplays settings={voice.setup.settings} onSaved={voice.savedSettings} />
            <VoicePackPanel />
          </div>
          <VoiceRecordings
            settings={voice.setup.settings}
            inventory={voice.inventory}
            context={() => player().context}
            onListen={listen}
          />
        </div>
      ) : (
        <ListUnavailable list={{ failure: voice.failure, reload: voice.reload }} />
      )}
    </section>
  );
}
