/**
 * The newest call's blink, turned by a timer: two jumps a second, four times — eight repaints of one panel. A
 * CSS animation of the same blink is ticked at the screen's frame rate while it runs (style recalculated and
 * the frame composited sixty times a second, even with `steps()`): 240 frames per call, the largest share of a
 * TV box's processor during calls (issue 25). Nothing blinks for a viewer who asked for reduced motion.
 */
import { useEffect, useState } from 'react';

const HALF_PERIOD_MS = 500;
const BLINKS = 4;

/** Whether the panel is lit now; a new `key` (a new call) starts the blink again, `null` stops it. */
export function useBlink(key: string | null): boolean {
  const [lit, setLit] = useState<string | null>(null);
  useEffect(() => {
    if (key === null || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
    // Dark for the first half of each second, lit for the second half, as the old `steps(1)` keyframes were.
    const timers = Array.from({ length: BLINKS * 2 }, (_, i) =>
      setTimeout(() => setLit(i % 2 === 0 ? key : null), (i + 1) * HALF_PERIOD_MS),
    );
    return () => {
      timers.forEach(clearTimeout);
      setLit(null);
    };
  }, [key]);
  return key !== null && lit === key;
}
