/**
 * Turning a take from the microphone into a segment: silence cut from both ends (with a little air kept, so
 * no word starts clipped), peaks brought to -3 dBFS so every recording is as loud as the next, short fades
 * against clicks, then 16 kHz mono WAV — small, and playable by every browser that shows a display.
 */

export const RECORDING_RATE = 16_000;
const PEAK = 0.7; // -3 dBFS
/** Quieter than this, relative to the take's peak, is silence (-40 dB). */
const SILENCE = 0.01;
const KEEP_S = 0.03;
const FADE_S = 0.005;

/** Where the sound starts and ends, in samples, judged on 10 ms windows. */
function soundBounds(samples: Float32Array, sampleRate: number): [number, number] | null {
  let peak = 0;
  for (const s of samples) peak = Math.max(peak, Math.abs(s));
  if (peak < 1e-4) return null;
  const window = Math.max(1, Math.round(sampleRate * 0.01));
  const loud = (from: number) => {
    let sum = 0;
    for (let i = from; i < Math.min(samples.length, from + window); i++) sum += samples[i]! * samples[i]!;
    return Math.sqrt(sum / window) > peak * SILENCE * 3;
  };
  let start = 0;
  while (start < samples.length && !loud(start)) start += window;
  let end = samples.length;
  while (end > start && !loud(end - window)) end -= window;
  if (end <= start) return null;
  const keep = Math.round(sampleRate * KEEP_S);
  return [Math.max(0, start - keep), Math.min(samples.length, end + keep)];
}

/** The take trimmed, levelled and faded; null when it is silent (the microphone was muted, or nobody spoke). */
export function trimAndLevel(samples: Float32Array, sampleRate: number): Float32Array | null {
  const bounds = soundBounds(samples, sampleRate);
  if (!bounds) return null;
  const cut = samples.slice(bounds[0], bounds[1]);
  let peak = 0;
  for (const s of cut) peak = Math.max(peak, Math.abs(s));
  const gain = PEAK / peak;
  const fade = Math.round(sampleRate * FADE_S);
  for (let i = 0; i < cut.length; i++) {
    const edge = Math.min(1, i / fade, (cut.length - 1 - i) / fade);
    cut[i] = cut[i]! * gain * edge;
  }
  return cut;
}

/** 16-bit PCM WAV of mono samples. */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => [...value].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]!));
    view.setInt16(44 + i * 2, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true);
  }
  return bytes;
}

/** Mono at `rate`, through the browser's own resampler. */
export async function resampled(buffer: AudioBuffer, rate: number): Promise<Float32Array> {
  const frames = Math.max(1, Math.ceil(buffer.duration * rate));
  const offline = new OfflineAudioContext(1, frames, rate);
  const source = offline.createBufferSource();
  source.buffer = buffer;
  source.connect(offline.destination);
  source.start();
  return (await offline.startRendering()).getChannelData(0);
}

export function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
