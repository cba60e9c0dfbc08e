/**
 * The call chime: two soft bell tones made with Web Audio, so nothing needs loading and it works offline.
 * Scheduled on the same timeline as the voice that follows it, so the two never overlap.
 */

/** From the first bell to the moment the voice may start. */
export const CHIME_SECONDS = 1.25;

function bell(context: BaseAudioContext, output: AudioNode, frequency: number, start: number): void {
  const tone = context.createOscillator();
  const overtone = context.createOscillator();
  const gain = context.createGain();
  tone.type = 'sine';
  overtone.type = 'sine';
  tone.frequency.value = frequency;
  overtone.frequency.value = frequency * 2.01;
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.45, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.2);
  tone.connect(gain);
  overtone.connect(gain);
  gain.connect(output);
  for (const oscillator of [tone, overtone]) {
    oscillator.start(start);
    oscillator.stop(start + 1.25);
  }
}

/** "Ding-dong" (E5 then C5) from `start` on the context's clock. */
export function scheduleChime(context: BaseAudioContext, output: AudioNode, start: number): void {
  bell(context, output, 659.25, start);
  bell(context, output, 523.25, start + 0.45);
}
