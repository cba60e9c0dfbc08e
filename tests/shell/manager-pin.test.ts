import { describe, expect, it } from 'vitest';
import { hashPin, PIN_HASH_PATTERN, PinAttempts, verifyPin } from '../../src/main/manager-pin';

describe("the manager's PIN", () => {
  it('is stored as a salted scrypt hash that does not contain the PIN', async () => {
    const first = await hashPin('2468');
    const second = await hashPin('2468');
    expect(first).toMatch(PIN_HASH_PATTERN);
    expect(first).not.toContain('2468');
    expect(first).not.toBe(second);
  });

  it('opens with the right PIN only', async () => {
    const stored = await hashPin('135790');
    expect(await verifyPin('135790', stored)).toBe(true);
    expect(await verifyPin('135791', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('opens nothing when the stored hash is damaged', async () => {
    expect(await verifyPin('2468', 'scrypt$broken')).toBe(false);
    expect(await verifyPin('2468', '')).toBe(false);
  });

  it('is 4 to 8 digits', async () => {
    await expect(hashPin('123')).rejects.toThrow();
    await expect(hashPin('123456789')).rejects.toThrow();
    await expect(hashPin('12a4')).rejects.toThrow();
  });

  it('locks the prompt for a minute after five wrong PINs, then opens it again', () => {
    let now = 0;
    const attempts = new PinAttempts(() => now);
    expect([1, 2, 3, 4].map(() => attempts.record(false))).toEqual([4, 3, 2, 1]);
    expect(attempts.check()).toEqual({ kind: 'open' });
    expect(attempts.record(false)).toBe(0);
    expect(attempts.check()).toEqual({ kind: 'locked', retryInSeconds: 60 });
    now = 59_500;
    expect(attempts.check()).toEqual({ kind: 'locked', retryInSeconds: 1 });
    now = 60_000;
    expect(attempts.check()).toEqual({ kind: 'open' });
    expect(attempts.record(false)).toBe(4);
  });

  it('forgets earlier mistakes once the right PIN is given', () => {
    const attempts = new PinAttempts(() => 0);
    attempts.record(false);
    attempts.record(false);
    expect(attempts.record(true)).toBe(5);
    expect(attempts.record(false)).toBe(4);
  });
});
