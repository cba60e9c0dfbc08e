/** Reading a 16-bit mono WAV and measuring it: the longest quiet stretch in a span, and the peak. */

export interface Wav {
  sampleRate: number;
  samples: Float32Array;
}

export function readWav(bytes: Buffer): Wav {
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('not a WAV');
  let at = 12;
  let sampleRate = 0;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    if (id === 'fmt ') sampleRate = bytes.readUInt32LE(at + 12);
    if (id === 'data') {
      const samples = new Float32Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(at + 8 + i * 2) / 32768;
      return { sampleRate, samples };
    }
    at += 8 + size;
  }
  throw new Error('WAV without data');
}

/**
 * The longest run of silence between `from` and `to` (seconds), in ms: 5 ms windows quieter than -45 dBFS
 * RMS. Silence before the first sound and after the last in the span is not a gap.
 */
export function longestGapMs(wav: Wav, from: number, to: number): { ms: number; at: number } {
  const window = Math.round(wav.sampleRate * 0.005);
  const start = Math.floor(from * wav.sampleRate);
  const end = Math.min(wav.samples.length, Math.ceil(to * wav.sampleRate));
  const quiet = 10 ** (-45 / 20);
  let longest = 0;
  let longestAt = from;
  let run = 0;
  let heardSound = false;
  for (let i = start; i + window <= end; i += window) {
    let sum = 0;
    for (let j = i; j < i + window; j++) sum += wav.samples[j]! * wav.samples[j]!;
    if (Math.sqrt(sum / window) < quiet) run += 1;
    else {
      if (heardSound && run > longest) {
        longest = run;
        longestAt = (i - run * window) / wav.sampleRate;
      }
      heardSound = true;
      run = 0;
    }
  }
  return { ms: (longest * window * 1000) / wav.sampleRate, at: longestAt };
}

export function peakOf(wav: Wav): number {
  let peak = 0;
  for (const s of wav.samples) peak = Math.max(peak, Math.abs(s));
  return peak;
}
