/**
 * The operating system's voice (Web Speech): chosen in setup ("Microsoft An" on Windows), and the last resort
 * for words no recording or bundled segment covers. A browser without it, or without a voice at all, says
 * nothing here and the caller goes on — a missing OS voice never stops the queue.
 */
import type { VoiceLanguage } from '../../../shared/spoken-words';

/** Browsers load their voice list after the page: subscribe to hear when it arrives or changes. */
export function onVoicesChanged(listener: () => void): () => void {
  if (typeof speechSynthesis === 'undefined') return () => undefined;
  speechSynthesis.addEventListener('voiceschanged', listener);
  return () => speechSynthesis.removeEventListener('voiceschanged', listener);
}

/** The voices' names, as one string: a value `useSyncExternalStore` can compare. */
export function voiceNames(): string {
  return systemVoices()
    .map((v) => `${v.name}\u0000${v.lang}`)
    .join('\u0001');
}

export function systemVoices(): SpeechSynthesisVoice[] {
  return typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices();
}

/** The named voice, else the first of the language; null when the device has none for it. */
export function voiceFor(language: VoiceLanguage, name: string | null): SpeechSynthesisVoice | null {
  const voices = systemVoices();
  const named = name ? voices.find((v) => v.name === name && v.lang.toLowerCase().startsWith(language)) : undefined;
  return named ?? voices.find((v) => v.lang.toLowerCase().startsWith(language)) ?? null;
}

/**
 * Says `text` and resolves when it has been said — or after the time it should have taken, since some
 * browsers never report the end of an utterance.
 */
export function say(
  text: string,
  language: VoiceLanguage,
  options: { voiceName: string | null; volume: number; rate: number },
): Promise<boolean> {
  if (typeof speechSynthesis === 'undefined') return Promise.resolve(false);
  const voice = voiceFor(language, options.voiceName) ?? systemVoices()[0] ?? null;
  if (!voice) return Promise.resolve(false);
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.volume = options.volume;
  utterance.rate = options.rate;
  const expectedMs = 1500 + (text.split(' ').length * 450) / options.rate;
  return new Promise((resolve) => {
    const done = (said: boolean) => {
      clearTimeout(timer);
      resolve(said);
    };
    const timer = setTimeout(() => {
      speechSynthesis.cancel();
      done(false);
    }, expectedMs);
    utterance.onend = () => done(true);
    utterance.onerror = () => done(false);
    speechSynthesis.speak(utterance);
  });
}
