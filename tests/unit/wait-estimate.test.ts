/** The one wait's rule (issue 19 §5, src/shared/estimate.ts): setup's typical time until today has taught it. */
import { describe, expect, it } from 'vitest';
import { CASES_TO_LEARN, NO_PACE, waitMinutes } from '../../src/shared/estimate';

describe('the one wait estimate', () => {
  it('leans on the typical handling time until ten of today’s cases were seen', () => {
    // 6 ahead × 8 min ÷ 2 open points.
    expect(waitMinutes(6, 2, 8, NO_PACE)).toBe(24);
    expect(waitMinutes(6, 2, 8, { casesToday: CASES_TO_LEARN - 1, meanSecondsToday: 20 * 60 })).toBe(24);
    expect(waitMinutes(6, 2, 8, { casesToday: CASES_TO_LEARN, meanSecondsToday: 20 * 60 })).toBe(60);
  });

  it('never promises less than half the typical time, however quick today’s cases were', () => {
    // Ten "tư vấn" cases of 20 s each: 8 ahead would be under a minute; the floor says 8 × 8 ÷ 2 ÷ 2 = 16.
    expect(waitMinutes(8, 2, 8, { casesToday: 10, meanSecondsToday: 20 })).toBe(16);
  });

  it('says at least a minute while anyone is ahead, nothing with nobody ahead, and nothing when no point is open', () => {
    expect(waitMinutes(1, 5, 1, NO_PACE)).toBe(1);
    expect(waitMinutes(0, 2, 8, NO_PACE)).toBe(0);
    expect(waitMinutes(3, 0, 8, NO_PACE)).toBeNull();
  });
});
