import { describe, expect, it } from 'vitest';
import type { PriorityClass, PriorityPolicy } from '../../src/shared/domain';
import { aheadOf, pickNext, pickOrder, type Waiter } from '../../src/shared/pick-order';

const w = (id: number, priority: PriorityClass = 'none', keepsTurn = false): Waiter => ({
  id,
  queuedAt: 1000 + id,
  priority,
  keepsTurn,
});
const strict: PriorityPolicy = { kind: 'strict', regularPerPriority: 2 };
const ratio2: PriorityPolicy = { kind: 'ratio', regularPerPriority: 2 };
const ids = (list: Waiter[]) => list.map((t) => t.id);

describe('pick order (the one rule behind call-next, the display and the ticket)', () => {
  it('calls every priority ticket first under the strict policy, each class oldest first', () => {
    const waiting = [w(1), w(2), w(3, 'elderly'), w(4), w(5, 'pregnant')];
    expect(ids(pickOrder(waiting, strict, null))).toEqual([3, 5, 1, 2, 4]);
  });

  it('interleaves two regular tickets per priority ticket under ratio 2, a fresh point taking priority first', () => {
    const waiting = [w(1), w(2), w(3), w(4), w(5, 'elderly'), w(6, 'disability')];
    expect(ids(pickOrder(waiting, ratio2, null))).toEqual([5, 1, 2, 6, 3, 4]);
    // A point that already called two regulars since its last priority call owes a priority ticket now;
    // one that called none yet calls two regulars first.
    expect(ids(pickOrder(waiting, ratio2, 2))).toEqual([5, 1, 2, 6, 3, 4]);
    expect(ids(pickOrder(waiting, ratio2, 0))).toEqual([1, 2, 5, 3, 4, 6]);
  });

  it('puts a case sent back to the front before everyone, whatever the policy', () => {
    const waiting = [w(1, 'elderly'), w(2), w(9, 'none', true)];
    expect(ids(pickOrder(waiting, strict, null))).toEqual([9, 1, 2]);
  });

  it('puts an appointment checked in on time after the cases sent back, before every walk-in, by booked time', () => {
    const booked = (id: number, time: string, first = true): Waiter => ({ ...w(id), appointment: { time, first } });
    const waiting = [
      w(1, 'elderly'),
      w(2),
      booked(3, '09:30'),
      booked(4, '09:00'),
      booked(5, '08:30', false),
      w(9, 'none', true),
    ];
    // 5 came late: a walk-in of its class, in its order of arrival.
    expect(ids(pickOrder(waiting, strict, null))).toEqual([9, 4, 3, 1, 2, 5]);
    // They count toward the ratio by their class: after three regular calls a priority ticket is due.
    expect(ids(pickOrder(waiting, ratio2, 0))).toEqual([9, 4, 3, 1, 2, 5]);
    expect(aheadOf(booked(3, '09:30'), waiting, strict, null)).toBe(2);
  });

  it('counts the people ahead of a ticket in that order, not by arrival', () => {
    // Found: a priority ticket printed "nobody ahead" by arrival; under ratio 2 with a streak of 0 two regulars go first.
    const waiting = [w(1), w(2), w(3), w(4, 'elderly')];
    expect(aheadOf(w(4, 'elderly'), waiting, ratio2, 0)).toBe(2);
    expect(aheadOf(w(4, 'elderly'), waiting, strict, 0)).toBe(0);
    expect(aheadOf(w(3), waiting, strict, 0)).toBe(3);
  });

  it('picks the same ticket from the heads alone as from the whole queue', () => {
    const waiting = [w(1), w(2, 'elderly'), w(3), w(4, 'merit')];
    for (const policy of [strict, ratio2])
      for (const streak of [null, 0, 1, 2, 5]) {
        const whole = pickOrder(waiting, policy, streak, 1)[0];
        const heads = pickNext({ priority: w(2, 'elderly'), regular: w(1) }, policy, streak);
        expect(heads?.id).toBe(whole?.id);
      }
    expect(pickNext({}, strict, null)).toBeNull();
  });

  it('limits the list without changing its head', () => {
    const waiting = Array.from({ length: 500 }, (_, i) => w(i + 1, i % 7 === 0 ? 'elderly' : 'none'));
    const first10 = pickOrder(waiting, ratio2, null, 10);
    expect(first10).toHaveLength(10);
    expect(ids(first10)).toEqual(ids(pickOrder(waiting, ratio2, null).slice(0, 10)));
  });
});
