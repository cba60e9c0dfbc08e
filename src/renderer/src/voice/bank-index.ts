/** The bundled syllable bank's index: a static file next to the bundled segments (src/shared/voice-settings.ts). */
import type { VoiceBankIndex } from '../../../shared/voice-settings';

/** The index, or null when it cannot be had (the display then says such words with the OS voice). */
export function fetchBankIndex(url: string): Promise<VoiceBankIndex | null> {
  return fetch(url, { credentials: 'same-origin' })
    .then((r) => (r.ok ? (r.json() as Promise<VoiceBankIndex>) : null))
    .catch(() => null);
}
