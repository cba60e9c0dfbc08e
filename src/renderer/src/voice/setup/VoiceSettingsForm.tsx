/**
 * How calls are said: the voice, the sentences (with what they will say, live), how numbers are read,
 * repeats, volume, rate and pause — and "Nghe thử", which says a call of this center on this computer with the
 * settings as they stand in the form, before saving.
 */
import { useState, useSyncExternalStore } from 'react';
import { announcementText, buildAnnouncements } from '../../../../shared/announcement';
import {
  NUMBER_READINGS,
  VOICE_LIMITS,
  VOICE_SOURCES,
  type Pronunciation,
  type VoiceSettings,
  type VoiceSettingsPatch,
  type VoiceSetup,
  type VoiceTemplates,
} from '../../../../shared/voice-settings';
import { api } from '../../api/client';
import { useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { Choice, Field, FieldGroup, SaveBar, useSaveForm } from '../../views/admin/kit/form-kit';
import type { Announcer } from '../announcer';
import { onVoicesChanged, systemVoices, voiceNames } from '../speech';
import { sampleCall } from './sample-call';

type Draft = Omit<VoiceSettings, 'mutedDisplayIds' | 'pronunciations'> & { pronunciations: string };
const FIELDS = ['source', 'systemVoice', 'templates', 'numberReading', 'repeat', 'volume', 'rate', 'pronunciations'];
const TEMPLATE_FIELDS: (keyof VoiceTemplates)[] = ['callVi', 'recallVi', 'callEn', 'recallEn'];

const pronunciationsText = (list: readonly Pronunciation[]) =>
  list
    .filter((p) => p.language === 'vi')
    .map((p) => `${p.written} = ${p.spoken}`)
    .join('\n');

const draftOf = ({ mutedDisplayIds: _muted, pronunciations, ...rest }: VoiceSettings): Draft => ({
  ...rest,
  pronunciations: pronunciationsText(pronunciations),
});

/** The Vietnamese pronunciations from the text box (English ones are kept as they are); a bad line's number. */
function parsePronunciations(text: string, kept: readonly Pronunciation[]): Pronunciation[] | number {
  const lines = text.split('\n').map((l) => l.trim());
  const parsed: Pronunciation[] = [];
  for (const [index, line] of lines.entries()) {
    if (!line) continue;
    const [written, spoken] = line.split('=').map((s) => s.trim());
    if (!written || !spoken || line.split('=').length !== 2) return index + 1;
    parsed.push({ language: 'vi', written, spoken });
  }
  return [...parsed, ...kept.filter((p) => p.language !== 'vi')];
}

export function VoiceSettingsForm(props: {
  setup: VoiceSetup;
  onSaved: (settings: VoiceSettings) => void;
  /** The tab's one player (browsers allow a handful of audio contexts per page). */
  player: () => Announcer;
}) {
  const { t } = useTranslation('voice');
  const center = useCenter();
  const saved = props.setup.settings;
  const [draft, setDraft] = useState(() => draftOf(saved));
  const [base, setBase] = useState(saved);
  const [note, setNote] = useState<string | null>(null);
  const [badLine, setBadLine] = useState<number | null>(null);
  const [trying, setTrying] = useState(false);
  const form = useSaveForm(FIELDS);
  const { errorAt } = form;

  if (saved !== base) {
    if (JSON.stringify(draft) === JSON.stringify(draftOf(base))) setDraft(draftOf(saved));
    setBase(saved);
  }
  const set = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setNote(null);
  };
  const settingsOf = (d: Draft): VoiceSettings | null => {
    const pronunciations = parsePronunciations(d.pronunciations, saved.pronunciations);
    if (typeof pronunciations === 'number') return null;
    return { ...d, pronunciations, mutedDisplayIds: saved.mutedDisplayIds };
  };

  const save = form.submit(async () => {
    const settings = settingsOf(draft);
    const problem = parsePronunciations(draft.pronunciations, saved.pronunciations);
    setBadLine(typeof problem === 'number' ? problem : null);
    if (!settings) return;
    // Which displays speak is saved on its own (SpeakingDisplays): this form never overwrites it.
    const patch: VoiceSettingsPatch = { ...settings };
    delete patch.mutedDisplayIds;
    const answer = await api.submit('updateVoice', patch);
    props.onSaved(answer.settings);
    setDraft(draftOf(answer.settings));
    setNote(t('saved'));
  });

  const tryIt = async () => {
    const settings = settingsOf(draft);
    if (!settings) return;
    const player = props.player();
    await player.enable();
    player.configure({ ...props.setup, settings: { ...settings, repeat: 1 } }, false);
    setTrying(true);
    player.announce(sampleCall(center));
    // The sentence lasts a few seconds; the button is usable again after it.
    setTimeout(() => setTrying(false), 6000);
  };

  const sample = settingsOf(draft);
  const said = sample ? buildAnnouncements(sampleCall(center), { ...sample, english: true }) : [];
  // Re-read when the browser's voice list arrives (it loads after the page).
  useSyncExternalStore(onVoicesChanged, voiceNames);
  const voices = systemVoices().filter((v) => v.lang.toLowerCase().startsWith('vi'));

  return (
    <form className="admin-form admin-card voice-settings" onSubmit={save} noValidate>
      <h3 className="admin-form__title">{t('settingsTitle')}</h3>
      <FieldGroup legend={t('source')} error={errorAt('source')} className="admin-group--stacked">
        {VOICE_SOURCES.map((source) => (
          <Choice
            key={source}
            type="radio"
            name="voice-source"
            checked={draft.source === source}
            onChange={() => set({ source })}
            detail={t(`sourceHelp.${source}`)}
          >
            <strong>{t(`sources.${source}`)}</strong>
          </Choice>
        ))}
      </FieldGroup>
      {draft.source === 'system' && (
        <Field label={t('systemVoice')} hint={voices.length === 0 ? t('systemVoiceNone') : undefined} error={null}>
          {(a11y) => (
            <select
              {...a11y}
              value={draft.systemVoice ?? ''}
              onChange={(e) => set({ systemVoice: e.target.value || null })}
            >
              <option value="">{t('systemVoiceFirst')}</option>
              {voices.map((v) => (
                <option key={v.name} value={v.name}>
                  {v.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <h4 className="admin-form__subtitle">{t('templatesTitle')}</h4>
      <p className="admin-field__hint">{t('templatesHint')}</p>
      <div className="voice-settings__templates">
        {TEMPLATE_FIELDS.map((name) => (
          <Field key={name} label={t(name)} error={errorAt(`templates.${name}`)}>
            {(a11y) => (
              <input
                {...a11y}
                value={draft.templates[name]}
                maxLength={VOICE_LIMITS.templateChars}
                onChange={(e) => set({ templates: { ...draft.templates, [name]: e.target.value } })}
              />
            )}
          </Field>
        ))}
      </div>
      {said.map((announcement) => (
        <p key={announcement.language} className="voice-settings__said" lang={announcement.language}>
          {t('willSay', { text: announcementText(announcement) })}
        </p>
      ))}

      <FieldGroup legend={t('numberReading')} error={errorAt('numberReading')}>
        {NUMBER_READINGS.map((reading) => (
          <Choice
            key={reading}
            type="radio"
            name="number-reading"
            checked={draft.numberReading === reading}
            onChange={() => set({ numberReading: reading })}
          >
            {t(`numberReadings.${reading}`)}
          </Choice>
        ))}
      </FieldGroup>
      <div className="admin-field">
        <Choice checked={draft.chime} onChange={(chime) => set({ chime })}>
          {t('chime')}
        </Choice>
        <Choice checked={draft.english} onChange={(english) => set({ english })}>
          {t('english')}
        </Choice>
        <Choice checked={draft.sayDirections} onChange={(sayDirections) => set({ sayDirections })}>
          {t('sayDirections')}
        </Choice>
      </div>

      <div className="admin-form__row voice-settings__levels">
        <Field label={t('repeat')} error={errorAt('repeat')}>
          {(a11y) => (
            <select {...a11y} value={draft.repeat} onChange={(e) => set({ repeat: Number(e.target.value) })}>
              {[1, 2, 3].map((count) => (
                <option key={count} value={count}>
                  {t('repeatTimes', { count })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('pause')} error={errorAt('pauseBetweenRepeatsMs')}>
          {(a11y) => (
            <input
              {...a11y}
              type="number"
              className="admin-input--short"
              min={0}
              max={5}
              step={0.1}
              value={draft.pauseBetweenRepeatsMs / 1000}
              onChange={(e) => set({ pauseBetweenRepeatsMs: Math.round(Number(e.target.value) * 1000) })}
            />
          )}
        </Field>
        <Field label={t('volume', { value: draft.volume })} error={errorAt('volume')}>
          {(a11y) => (
            <input
              {...a11y}
              type="range"
              min={VOICE_LIMITS.volume.min}
              max={VOICE_LIMITS.volume.max}
              step={5}
              value={draft.volume}
              onChange={(e) => set({ volume: Number(e.target.value) })}
            />
          )}
        </Field>
        <Field label={t('rate', { value: draft.rate.toFixed(2) })} hint={t('rateHint')} error={errorAt('rate')}>
          {(a11y) => (
            <input
              {...a11y}
              type="range"
              min={VOICE_LIMITS.rate.min}
              max={VOICE_LIMITS.rate.max}
              step={0.05}
              value={draft.rate}
              onChange={(e) => set({ rate: Number(e.target.value) })}
            />
          )}
        </Field>
      </div>

      <Field
        label={t('pronunciations')}
        hint={t('pronunciationsHint')}
        error={badLine ? t('pronunciationsProblem', { line: badLine }) : errorAt('pronunciations', true)}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            rows={3}
            value={draft.pronunciations}
            onChange={(e) => set({ pronunciations: e.target.value })}
          />
        )}
      </Field>

      <div className="voice-settings__try">
        <button type="button" className="admin-button" onClick={() => void tryIt()} disabled={trying}>
          {trying ? t('trying') : t('tryIt')}
        </button>
      </div>
      <SaveBar busy={form.busy} problem={form.problem} note={note} />
    </form>
  );
}
