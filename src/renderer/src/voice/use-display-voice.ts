/**
 * The wall display's voice: says each call and recall at this display's points, keeps their words decoded
 * ahead of time, follows setup's voice settings as they change, and stays silent when setup muted this display.
 *
 * Browsers start sound only after a tap or a key press. The first time, the display asks for one; once a
 * device has said yes, later loads need no prompt to be read — any key on the TV remote or any tap turns sound
 * on, and the small reminder sits in the header, never over a number.
 */
import { useEffect, useEffectEvent, useMemo, useState, useSyncExternalStore } from 'react';
import type { CallFacts } from '../../../shared/announcement';
import type { LuotEvent } from '../../../shared/events';
import { useEndpoint } from '../api/use-endpoint';
import type { ServicePoint } from '../api/types';
import { useCenter, useCenterStore } from '../state/use-center';
import { Announcer } from './announcer';
import { callFactsOf } from './call-facts';

const REMEMBERED = 'luot.display.soundOn';

export type DisplaySound = 'on' | 'off' | 'muted' | 'loading';

function remembered(): boolean {
  try {
    return localStorage.getItem(REMEMBERED) === '1';
  } catch {
    return false;
  }
}

declare global {
  interface Window {
    /** The display's announcer, for support ("what did the hall hear?") and the end-to-end tests. */
    luotVoice?: Announcer;
  }
}

export function useDisplayVoice(points: readonly ServicePoint[]) {
  const center = useCenter();
  const store = useCenterStore();
  const [announcer] = useState(() => new Announcer());
  const [round, setRound] = useState(0);
  // Without the voice setup the display still chimes in the defaults' way; it fetches again on the next change.
  const setup = useEndpoint('voice', undefined, { version: round }).data;
  const [wasOn] = useState(remembered);
  const allowed = useSyncExternalStore(
    (listener) => announcer.onChange(listener),
    () => announcer.soundAllowed,
  );

  useEffect(() => {
    window.luotVoice = announcer;
  }, [announcer]);

  const deviceId = center.session.device.id;
  const muted = setup?.settings.mutedDisplayIds.includes(deviceId) ?? false;
  useEffect(() => {
    if (setup) announcer.configure(setup, muted);
  }, [announcer, setup, muted]);

  // What the next calls will need, decoded before they happen: every point's words and the waiting numbers.
  const { zones, queue } = center;
  const upcoming = useMemo(() => {
    const shown = new Set(points.map((p) => p.id));
    const first = points[0];
    if (!first) return [];
    const calls: CallFacts[] = points.flatMap((p) => [
      callFactsOf({ displayCode: 'A1' }, p, zones, false),
      callFactsOf({ displayCode: 'A1' }, p, zones, true),
    ]);
    const services = new Set(points.flatMap((p) => p.serviceIds));
    // The next few of each service: those are the next calls (a ticket called out of turn is decoded then).
    for (const service of queue.services)
      if (services.has(service.serviceId))
        for (const ticket of service.waiting.slice(0, 8)) calls.push(callFactsOf(ticket, first, zones, false));
    for (const point of queue.servicePoints)
      if (shown.has(point.servicePointId) && point.current) calls.push(callFactsOf(point.current, first, zones, true));
    return calls;
  }, [points, zones, queue]);
  useEffect(() => {
    if (setup && !muted) void announcer.prepare(upcoming);
  }, [announcer, setup, muted, upcoming]);

  // Reads the points and zones of the moment it runs: a new array of the same points does not re-subscribe.
  const hear = useEffectEvent((event: LuotEvent) => {
    if (event.kind === 'setup' && event.what === 'voice') setRound((r) => r + 1);
    if (event.kind !== 'ticket' || (event.type !== 'called' && event.type !== 'recalled')) return;
    const point = points.find((p) => p.id === event.ticket.servicePointId);
    if (point) announcer.announce(callFactsOf(event.ticket, point, zones, event.type === 'recalled'));
  });
  useEffect(() => store.onEvent((event) => hear(event)), [store]);

  // A device that said yes before turns sound on at the first key or tap, wherever it lands.
  useEffect(() => {
    if (allowed) return;
    const enable = () => void announcer.enable();
    window.addEventListener('keydown', enable);
    window.addEventListener('pointerdown', enable);
    return () => {
      window.removeEventListener('keydown', enable);
      window.removeEventListener('pointerdown', enable);
    };
  }, [announcer, allowed]);

  useEffect(() => {
    if (!allowed || wasOn) return;
    try {
      localStorage.setItem(REMEMBERED, '1');
    } catch {
      // A kiosk browser without storage asks again after a reload.
    }
  }, [allowed, wasOn]);

  const sound: DisplaySound = !setup ? 'loading' : muted ? 'muted' : allowed ? 'on' : 'off';
  return { sound, askedBefore: wasOn, enable: () => void announcer.enable() };
}
