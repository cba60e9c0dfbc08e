/**
 * One take at the microphone (or from a file): record with MediaRecorder, then trim, level and turn into a
 * 16 kHz WAV ready to save. The microphone is released as soon as the take ends.
 */
import { useEffect, useRef, useState } from 'react';
import { encodeWav, RECORDING_RATE, resampled, trimAndLevel } from '../recording';

/** A take longer than this was surely left running. */
const LONGEST_MS = 10_000;

export type TakeState =
  | { phase: 'idle' }
  | { phase: 'recording' }
  | { phase: 'ready'; samples: Float32Array; wav: Uint8Array<ArrayBuffer>; durationMs: number }
  | { phase: 'silent' }
  | { phase: 'refused'; reason: string };

/** Whether this page may open the microphone (browsers allow it on https and on localhost only). */
export const microphoneAllowed = (): boolean =>
  typeof navigator.mediaDevices?.getUserMedia === 'function' && window.isSecureContext;

export function useTake(context: () => AudioContext) {
  const [state, setState] = useState<TakeState>({ phase: 'idle' });
  const recorder = useRef<MediaRecorder | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      recorder.current?.stream.getTracks().forEach((track) => track.stop());
    },
    [],
  );

  const finish = async (audio: Blob) => {
    try {
      const decoded = await context().decodeAudioData(await audio.arrayBuffer());
      const samples = trimAndLevel(await resampled(decoded, RECORDING_RATE), RECORDING_RATE);
      if (!samples) return setState({ phase: 'silent' });
      setState({
        phase: 'ready',
        samples,
        wav: encodeWav(samples, RECORDING_RATE),
        durationMs: Math.round((samples.length / RECORDING_RATE) * 1000),
      });
    } catch (error) {
      setState({ phase: 'refused', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const start = async () => {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      });
      const chunks: Blob[] = [];
      const media = new MediaRecorder(stream);
      media.ondataavailable = (event) => chunks.push(event.data);
      media.onstop = () => {
        stream.getTracks().forEach((track) => track.stop());
        void finish(new Blob(chunks, { type: media.mimeType }));
      };
      recorder.current = media;
      media.start();
      setState({ phase: 'recording' });
      timer.current = setTimeout(() => stop(), LONGEST_MS);
    } catch (error) {
      setState({ phase: 'refused', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const stop = () => {
    clearTimeout(timer.current);
    if (recorder.current?.state === 'recording') recorder.current.stop();
    recorder.current = null;
  };

  return {
    state,
    start: () => void start(),
    stop,
    fromFile: (file: File) => void finish(file),
    discard: () => setState({ phase: 'idle' }),
  };
}
