/**
 * The call chime: two soft bell tones made with Web Audio, so nothing needs loading and it works offline.
 * Browsers keep audio off until someone touches the page; `ready()` tells whether a tap is still needed.
 */
let context: AudioContext | null = null;

function audio(): AudioContext {
  context ??= new AudioContext();
  return context;
}

export function soundReady(): boolean {
  return audio().state === 'running';
}

/** Call from a tap or click: browsers only start audio from a user gesture. */
export async function enableSound(): Promise<boolean> {
  await audio().resume();
  return soundReady();
}

function bell(ctx: AudioContext, frequency: number, start: number): void {
  const tone = ctx.createOscillator();
  const overtone = ctx.createOscillator();
  const gain = ctx.createGain();
  tone.type = 'sine';
  overtone.type = 'sine';
  tone.frequency.value = frequency;
  overtone.frequency.value = frequency * 2.01;
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.5, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.4);
  tone.connect(gain);
  overtone.connect(gain);
  gain.connect(ctx.destination);
  for (const osc of [tone, overtone]) {
    osc.start(start);
    osc.stop(start + 1.5);
  }
}

/** "Ding-dong" (E5 then C5). Silent, without error, while audio is not yet allowed. */
export function playChime(): void {
  const ctx = audio();
  if (ctx.state !== 'running') return;
  bell(ctx, 659.25, ctx.currentTime);
  bell(ctx, 523.25, ctx.currentTime + 0.45);
}
