/**
 * Puts one call's sounds on an audio clock: the chime, then each repeat of each language, segment after segment
 * with the plan's gaps — sample-accurate on Web Audio's timeline, so there are no gaps but the planned ones
 * and no two sounds on top of each other. The live display and the WAV renderer (render.ts) both use it.
 */
import type { Announcement } from '../../../shared/announcement';
import { announcementText } from '../../../shared/announcement';
import type { PlayStep, SegmentSource } from '../../../shared/voice-plan';
import type { VoiceSettings } from '../../../shared/voice-settings';
import type { VoiceLanguage } from '../../../shared/spoken-words';
import type { AudioLibrary } from './audio-library';
import { CHIME_SECONDS, scheduleChime } from './chime';

/** One sound the display played (or scheduled), for the journal, the tests and the benchmark. */
export interface PlayedSound {
  call: number;
  code: string;
  recall: boolean;
  kind: 'chime' | 'segment' | 'speech';
  key?: string;
  source?: SegmentSource | 'system';
  words?: string;
  /** On the audio clock, seconds. */
  start: number;
  end: number;
}

export interface ScheduledCall {
  id: number;
  code: string;
  recall: boolean;
  /** Each language's announcement with its plan. */
  spoken: { announcement: Announcement; steps: PlayStep[] }[];
}

/** Says words with a synthesizer from `at` on the audio clock; resolves with the clock time it ended. */
export type Speaker = (at: number, words: string, language: VoiceLanguage) => Promise<number>;

/** Between the Vietnamese and the English sentence. */
const BETWEEN_LANGUAGES_S = 0.45;

export async function scheduleCall(options: {
  context: BaseAudioContext;
  output: AudioNode;
  library: AudioLibrary;
  call: ScheduledCall;
  settings: VoiceSettings;
  repeats: number;
  start: number;
  /** Whole sentences through the OS voice (source `system`), when this device has it. */
  systemSpeaks: (language: VoiceLanguage) => boolean;
  speak: Speaker;
  played: (sound: PlayedSound) => void;
}): Promise<number> {
  const { context, output, library, call, settings } = options;
  const base = { call: call.id, code: call.code, recall: call.recall };
  let t = options.start;
  if (settings.chime) {
    scheduleChime(context, output, t);
    options.played({ ...base, kind: 'chime', start: t, end: t + CHIME_SECONDS });
    t += CHIME_SECONDS;
  }
  const speakNow = async (words: string, language: VoiceLanguage) => {
    const end = await options.speak(t, words, language);
    options.played({ ...base, kind: 'speech', source: 'system', words, start: t, end });
    t = end;
  };
  for (let repeat = 0; repeat < options.repeats; repeat++) {
    if (repeat > 0) t += settings.pauseBetweenRepeatsMs / 1000;
    for (const [index, { announcement, steps }] of call.spoken.entries()) {
      if (index > 0) t += BETWEEN_LANGUAGES_S;
      if (settings.source === 'system' && options.systemSpeaks(announcement.language)) {
        await speakNow(announcementText(announcement), announcement.language);
        continue;
      }
      for (const step of steps) {
        if (step.kind === 'gap') t += step.ms / 1000;
        else if (step.kind === 'speak') await speakNow(step.words, step.language);
        else {
          // Decoded already (as a waiting number's words are): no await, so a call is scheduled in one go.
          const known = library.peek(step.source, step.key);
          const buffer = known !== undefined ? known : await library.get(step.source, step.key);
          if (!buffer) {
            await speakNow(step.words, announcement.language);
            continue;
          }
          // A segment that was not ready in time starts late rather than on top of the one before it.
          t = Math.max(t, context.currentTime);
          const source = context.createBufferSource();
          source.buffer = buffer;
          source.connect(output);
          source.start(t);
          options.played({
            ...base,
            kind: 'segment',
            key: step.key,
            source: step.source,
            words: step.words,
            start: t,
            end: t + buffer.duration,
          });
          t += buffer.duration;
        }
      }
    }
  }
  return t;
}
