/**
 * Whether a wall display's hall hears the calls (issue 19 §7): each display tells the host when it changes and
 * whenever its live connection opens; setup's overview lists every display with it, so the manager sees a silent
 * hall from the greeter PC before citizens miss their turn. Pure.
 */
import { z } from 'zod';

/**
 * - `on`: calls are said aloud;
 * - `blocked`: the browser holds sound back until someone taps the screen or presses a key (its autoplay policy,
 *   after a reload or a power cut);
 * - `muted`: setup silenced this display (Giọng đọc → which displays speak).
 */
export const DISPLAY_SOUNDS = ['on', 'blocked', 'muted'] as const;
export type DisplaySoundState = (typeof DISPLAY_SOUNDS)[number];

export const displaySoundInput = z.object({ sound: z.enum(DISPLAY_SOUNDS) });

/** One display in setup's overview. */
export interface DisplaySoundLine {
  deviceId: number;
  name: string;
  /** null: the display is not connected now (off, unplugged, off the Wi-Fi), so nobody knows. */
  sound: DisplaySoundState | null;
  /** When it last told its state (ms); null when not connected. */
  since: number | null;
}
