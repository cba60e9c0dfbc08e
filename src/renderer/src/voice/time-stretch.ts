/**
 * Slower or faster speech at the same pitch (WSOLA: overlap-add of short windows, each placed where it best
 * continues the one before). Playing a buffer at another `playbackRate` would make an elderly listener hear a
 * deeper or squeakier voice; this keeps the voice and changes only the pace. Pure: samples in, samples out.
 */

const FRAME_S = 0.03;
const SEARCH_S = 0.008;
/** The similarity search looks at every 4th sample: plenty for speech, and 16× less work. */
const STRIDE = 4;

function hann(length: number): Float32Array {
  const window = new Float32Array(length);
  for (let i = 0; i < length; i++) window[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (length - 1));
  return window;
}

/** The offset in [-search, search] at which `input` around `nominal` best matches `input` at `natural`. */
function bestOffset(input: Float32Array, nominal: number, natural: number, overlap: number, search: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let offset = -search; offset <= search; offset += 2) {
    const start = nominal + offset;
    if (start < 0 || start + overlap > input.length || natural + overlap > input.length) continue;
    let score = 0;
    for (let i = 0; i < overlap; i += STRIDE) score += input[start + i]! * input[natural + i]!;
    if (score > bestScore) {
      bestScore = score;
      best = offset;
    }
  }
  return best;
}

/** `rate` 1.2 says the same words in 1/1.2 of the time; 0.8 takes 1.25× as long. */
export function timeStretch(input: Float32Array, sampleRate: number, rate: number): Float32Array {
  if (Math.abs(rate - 1) < 0.01 || input.length === 0) return input;
  const frame = Math.max(64, Math.round(sampleRate * FRAME_S) & ~1);
  const hopOut = frame / 2;
  const hopIn = hopOut * rate;
  const search = Math.round(sampleRate * SEARCH_S);
  const length = Math.round(input.length / rate);
  const out = new Float32Array(length + frame);
  const weight = new Float32Array(length + frame);
  const window = hann(frame);
  let natural = 0;
  for (let k = 0; ; k++) {
    const at = k * hopOut;
    const nominal = Math.round(k * hopIn);
    if (at >= length || nominal >= input.length) break;
    const offset = k === 0 ? 0 : bestOffset(input, nominal, natural, hopOut, search);
    const start = Math.max(0, Math.min(input.length - 1, nominal + offset));
    for (let i = 0; i < frame && start + i < input.length; i++) {
      out[at + i]! += input[start + i]! * window[i]!;
      weight[at + i]! += window[i]!;
    }
    natural = start + hopOut;
  }
  const result = new Float32Array(length);
  for (let i = 0; i < length; i++) result[i] = weight[i]! > 1e-3 ? out[i]! / weight[i]! : 0;
  return result;
}
