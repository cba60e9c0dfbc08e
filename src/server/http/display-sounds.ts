/**
 * What each wall display says of its sound (src/shared/display-sound.ts), per device, in memory: a display tells
 * it again each time its live connection opens, so a restarted host knows within a reconnect, and a display whose
 * last connection closed is "not connected" rather than remembered as fine. Every change is pushed to the
 * staff's screens (`displaySound`), so setup's overview shows a silent hall at once.
 */
import type { DisplaySoundState } from '../../shared/display-sound';
import type { Core } from '../core';

interface Known {
  sound: DisplaySoundState;
  since: number;
}

export class DisplaySounds {
  private readonly known = new Map<number, Known>();

  constructor(private readonly core: Core) {}

  /** A connected display's word; a report from a device with no open connection is not kept (it reports again). */
  report(deviceId: number, sound: DisplaySoundState, connected: boolean): void {
    if (!connected) return;
    if (this.known.get(deviceId)?.sound === sound) return;
    const at = this.core.now();
    this.known.set(deviceId, { sound, since: at });
    this.core.events.emit({ kind: 'displaySound', at, deviceId, sound });
  }

  /** The device's last connection closed: nothing is known of its hall any more. */
  disconnected(deviceId: number): void {
    if (!this.known.delete(deviceId)) return;
    this.core.events.emit({ kind: 'displaySound', at: this.core.now(), deviceId, sound: null });
  }

  of(deviceId: number): Known | null {
    return this.known.get(deviceId) ?? null;
  }
}
