import { useEffect } from 'react';

/** Calls `reset` after `ms` without a touch, a click or a key while `active` (the kiosk's way back to the start). */
export function useIdleReset(active: boolean, ms: number, reset: () => void): void {
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(reset, ms);
    const again = () => {
      clearTimeout(timer);
      timer = setTimeout(reset, ms);
    };
    const events = ['pointerdown', 'keydown'] as const;
    for (const e of events) window.addEventListener(e, again, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, again);
    };
  }, [active, ms, reset]);
}
