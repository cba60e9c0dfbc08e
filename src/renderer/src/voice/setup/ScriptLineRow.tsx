/**
 * One line of the recording script: the words, what says them now (the center's recording, the bundled
 * voice, joined syllables or the synthesizer), and record → play back → save, or back to the bundled voice.
 */
import { useState } from 'react';
import type { ScriptLine } from '../../../../shared/voice-script';
import type { VoiceLanguage } from '../../../../shared/spoken-words';
import { api, errorText } from '../../api/client';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { base64, RECORDING_RATE } from '../recording';
import { microphoneAllowed, useTake } from './use-take';

export type LineState = 'recorded' | 'bundled' | 'bank' | 'speech';

export function ScriptLineRow(props: {
  line: ScriptLine;
  language: VoiceLanguage;
  state: LineState;
  context: () => AudioContext;
  onListen: (words: string) => void;
}) {
  const { t } = useTranslation('voice');
  const localized = useLocalized();
  const take = useTake(props.context);
  const [failure, setFailure] = useState<LocalizedText | null>(null);
  const [busy, setBusy] = useState(false);
  const { line } = props;

  const send = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      setFailure(null);
      take.discard();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const playTake = () => {
    if (take.state.phase !== 'ready') return;
    const context = props.context();
    const buffer = context.createBuffer(1, take.state.samples.length, RECORDING_RATE);
    buffer.copyToChannel(take.state.samples as Float32Array<ArrayBuffer>, 0);
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    void context.resume().then(() => source.start());
  };

  const save = () => {
    const ready = take.state.phase === 'ready' ? take.state : null;
    if (!ready) return;
    void send(() =>
      api.call('saveRecording', {
        key: line.key,
        mime: 'audio/wav',
        audioBase64: base64(ready.wav),
        durationMs: ready.durationMs,
      }),
    );
  };

  const { phase } = take.state;
  return (
    <li className="voice-line" data-key={line.key}>
      <span className="voice-line__words" lang={props.language}>
        {line.words}
      </span>
      <span className={`admin-badge voice-line__state voice-line__state--${props.state}`}>
        {t(`state.${props.state}`)}
      </span>
      <span className="voice-line__buttons">
        {phase === 'recording' ? (
          <button type="button" className="admin-button admin-button--danger" onClick={take.stop}>
            {t('stop')}
          </button>
        ) : phase === 'ready' ? (
          <>
            <button type="button" className="admin-button" onClick={playTake}>
              {t('playTake')}
            </button>
            <button type="button" className="admin-button admin-button--primary" disabled={busy} onClick={save}>
              {t('saveTake')}
            </button>
            <button type="button" className="admin-button" onClick={take.discard}>
              {t('discardTake')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="admin-button" onClick={() => props.onListen(line.words)}>
              {t('listen')}
            </button>
            {microphoneAllowed() && (
              <button type="button" className="admin-button" onClick={take.start}>
                {t('record')}
              </button>
            )}
            <label className="admin-button voice-file">
              {t('chooseFile')}
              <input
                type="file"
                accept="audio/*"
                className="voice-pack__file"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) take.fromFile(file);
                }}
              />
            </label>
            {props.state === 'recorded' && (
              <button
                type="button"
                className="admin-button admin-button--danger-quiet"
                disabled={busy}
                onClick={() => void send(() => api.call('retireRecording', { key: line.key }))}
              >
                {t('useBundled')}
              </button>
            )}
          </>
        )}
      </span>
      {take.state.phase === 'ready' && (
        <p className="voice-line__note">{t('takeReady', { seconds: (take.state.durationMs / 1000).toFixed(1) })}</p>
      )}
      {take.state.phase === 'silent' && <p className="admin-message admin-message--error">{t('takeSilent')}</p>}
      {take.state.phase === 'refused' && (
        <p className="admin-message admin-message--error">{t('micRefused', { reason: take.state.reason })}</p>
      )}
      {failure && (
        <p className="admin-message admin-message--error" role="alert">
          {localized(failure)}
        </p>
      )}
    </li>
  );
}
