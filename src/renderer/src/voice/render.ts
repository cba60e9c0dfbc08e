/**
 * A call rendered to samples instead of the loudspeaker, by the same scheduling as the live display: for the
 * sample WAV in docs/, and for the tests that measure the gaps inside a phrase and look for clipping.
 */
import type { VoiceSettings } from '../../../shared/voice-settings';
import { AudioLibrary, type SegmentUrls } from './audio-library';
import { scheduleCall, type PlayedSound, type ScheduledCall } from './schedule';
import { base64, encodeWav } from './recording';

const LONGEST_S = 40;

export interface RenderedCall {
  sampleRate: number;
  /** 16-bit mono WAV, base64. */
  wavBase64: string;
  sounds: PlayedSound[];
}

export async function renderCall(
  call: ScheduledCall,
  settings: VoiceSettings,
  urls: SegmentUrls,
  sampleRate = 24_000,
): Promise<RenderedCall> {
  const context = new OfflineAudioContext(1, LONGEST_S * sampleRate, sampleRate);
  const output = context.createGain();
  output.gain.value = settings.volume / 100;
  output.connect(context.destination);
  const library = new AudioLibrary(context, urls);
  library.reset(urls, settings.rate);
  const sounds: PlayedSound[] = [];
  const end = await scheduleCall({
    context,
    output,
    library,
    call,
    settings,
    repeats: settings.repeat,
    start: 0.1,
    systemSpeaks: () => false,
    // Offline there is no synthesizer: words nothing covers are left out of the file (and listed in `sounds`).
    speak: async (at) => at,
    played: (sound) => sounds.push(sound),
  });
  const rendered = await context.startRendering();
  const samples = rendered.getChannelData(0).slice(0, Math.ceil((end + 0.2) * sampleRate));
  return { sampleRate, wavBase64: base64(encodeWav(samples, sampleRate)), sounds };
}
