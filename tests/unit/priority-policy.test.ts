import { describe, expect, it } from 'vitest';
import { chooseNextClass, nextStreak } from '../../src/shared/priority-policy';

const both = { priorityWaiting: true, regularWaiting: true };

describe('priority policy', () => {
  it('strict: always takes a waiting priority ticket first', () => {
    expect(chooseNextClass({ kind: 'strict', regularPerPriority: 2 }, both, 0)).toBe('priority');
    expect(chooseNextClass({ kind: 'strict', regularPerPriority: 2 }, both, 5)).toBe('priority');
  });

  it('ratio: one priority ticket after every N regular ones', () => {
    const policy = { kind: 'ratio', regularPerPriority: 2 } as const;
    let streak: number | null = null;
    const calls: string[] = [];
    for (let i = 0; i < 7; i++) {
      const cls = chooseNextClass(policy, both, streak)!;
      calls.push(cls[0]!);
      streak = nextStreak(streak, cls);
    }
    expect(calls.join('')).toBe('prrprrp');
  });

  it('calls whatever class waits when only one does', () => {
    const policy = { kind: 'ratio', regularPerPriority: 3 } as const;
    expect(chooseNextClass(policy, { priorityWaiting: false, regularWaiting: true }, null)).toBe('regular');
    expect(chooseNextClass(policy, { priorityWaiting: true, regularWaiting: false }, 0)).toBe('priority');
    expect(chooseNextClass(policy, { priorityWaiting: false, regularWaiting: false }, 0)).toBeNull();
  });
});
