/**
 * Tells the host whether this hall hears the calls (src/shared/display-sound.ts), so setup's overview lists a
 * display that the browser keeps silent until a tap. Sent when the sound changes and each time the live connection
 * opens (its `hello`): the host keeps it in memory only while that connection lasts. Only a wall display's own
 * device speaks for a hall: an administrator glancing at this page does not.
 */
import { useEffect, useState } from 'react';
import type { DisplaySoundState } from '../../../../shared/display-sound';
import { api } from '../../api/client';
import { useCenter, useCenterStore } from '../../state/use-center';
import type { DisplaySound } from '../../voice/use-display-voice';

const REPORTED: Record<DisplaySound, DisplaySoundState | null> = {
  on: 'on',
  off: 'blocked',
  muted: 'muted',
  loading: null,
};

export function useSoundReport(sound: DisplaySound): void {
  const store = useCenterStore();
  const { connected, session } = useCenter();
  const isDisplay = session.device.role === 'display';
  // Counts the connections opened: a report sent before the first one opened is told again with its hello.
  const [connection, setConnection] = useState(0);
  useEffect(() => store.onEvent((event) => event.kind === 'hello' && setConnection((n) => n + 1)), [store]);

  const state = REPORTED[sound];
  useEffect(() => {
    if (!connected || !isDisplay || state === null) return;
    // Lost on the way: the next change or connection tells again.
    api.call('reportDisplaySound', { sound: state }).catch(() => undefined);
  }, [connected, connection, isDisplay, state]);
}
