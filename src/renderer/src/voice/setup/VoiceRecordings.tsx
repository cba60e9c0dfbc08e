/**
 * The recording script of this center (src/shared/voice-script.ts), grouped: sentence words, letters, number
 * words, counters and help desks, zones — each line with what says it now and a way to record it.
 */
import { useState } from 'react';
import type { PhraseSettings } from '../../../../shared/announcement';
import type { VoiceLanguage } from '../../../../shared/spoken-words';
import { planAnnouncement, type SegmentInventory } from '../../../../shared/voice-plan';
import { recordingScript, type ScriptGroup, type ScriptLine } from '../../../../shared/voice-script';
import { useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { microphoneAllowed } from './use-take';
import { ScriptLineRow, type LineState } from './ScriptLineRow';

const GROUPS: ScriptGroup[] = ['template', 'letters', 'numbers', 'points', 'zones'];

/** What says a line now: the weakest source among its words (one unrecorded syllable makes it "joined"). */
function stateOf(line: ScriptLine, language: VoiceLanguage, inventory: SegmentInventory): LineState {
  const steps = planAnnouncement({ language, parts: [{ slot: 'words', text: line.words }] }, inventory);
  const sources = steps.flatMap((s) => (s.kind === 'segment' ? [s.source] : s.kind === 'speak' ? ['speech'] : []));
  for (const weakest of ['speech', 'bank', 'bundled'] as const) if (sources.includes(weakest)) return weakest;
  return 'recorded';
}

export function VoiceRecordings(props: {
  settings: PhraseSettings;
  inventory: SegmentInventory;
  context: () => AudioContext;
  onListen: (words: string, language: VoiceLanguage) => void;
}) {
  const { t } = useTranslation('voice');
  const center = useCenter();
  const [language, setLanguage] = useState<VoiceLanguage>('vi');
  const script = recordingScript(
    { services: center.services, points: center.servicePoints, zones: center.zones },
    props.settings,
    language,
  );
  return (
    <section className="admin-card voice-recordings" aria-labelledby="voice-record-title">
      <h3 className="admin-form__title" id="voice-record-title">
        {t('recordTitle')}
      </h3>
      <p className="admin-field__hint">{t('recordHint')}</p>
      {!microphoneAllowed() && <p className="admin-message admin-message--warning">{t('recordNeedsSecure')}</p>}
      <div className="voice-recordings__languages" role="group">
        {(['vi', 'en'] as const).map((l) => (
          <button
            key={l}
            type="button"
            className={`admin-button ${language === l ? 'admin-button--primary' : ''}`}
            aria-pressed={language === l}
            onClick={() => setLanguage(l)}
          >
            {l === 'vi' ? 'Tiếng Việt' : 'English'}
          </button>
        ))}
      </div>
      {GROUPS.map((group) => {
        const lines = script.filter((line) => line.group === group);
        if (lines.length === 0) return null;
        return (
          <div key={group} className="voice-recordings__group">
            <h4 className="admin-form__subtitle">{t(`groups.${group}`)}</h4>
            <ul className="voice-recordings__list">
              {lines.map((line) => (
                <ScriptLineRow
                  key={line.key}
                  line={line}
                  language={language}
                  state={stateOf(line, language, props.inventory)}
                  context={props.context}
                  onListen={(words) => props.onListen(words, language)}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
