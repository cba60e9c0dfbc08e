/**
 * Wrong PINs, counted two ways (issue 24, point 3). Found: 5 wrong PINs from any counter locked that person out
 * everywhere for 5 minutes — the right PIN and an admin sign-in included — and at that pace a 4-digit PIN fell
 * within 7 days.
 *
 * - **Per device and person**: 5 wrong on one device lock that person there for 5 minutes.
 * - **Per person, on every device together**: the first 5 wrong tries in a row are free; then each try waits
 *   30 s, doubling with each further wrong one, at most an hour (about 30 tries a day in all) — except on the
 *   person's usual point (where they last signed in), which the person-wide wait never blocks, so someone
 *   guessing elsewhere cannot keep them from their own counter. An admin signs a person in without a PIN.
 * - The right PIN clears both; a new PIN clears both.
 *
 * Five or more wrong tries in a row is an alert for the manager (setup's overview). Kept in memory: a restart
 * forgets the counts, as it forgets the guess limits.
 */
import { LuotError } from '../../shared/errors';
import type { PinAlert } from '../../shared/people';

const DEVICE_MAX_WRONG = 5;
const DEVICE_LOCK_MS = 5 * 60_000;
const PERSON_FREE_WRONG = 5;
const PERSON_FIRST_WAIT_MS = 30_000;
const PERSON_LONGEST_WAIT_MS = 60 * 60_000;

interface PersonTries {
  count: number;
  lastAt: number;
  devices: Set<string>;
}

const pinLocked = () =>
  new LuotError(429, 'PIN_LOCKED', {
    vi: 'Nhập sai mã PIN quá nhiều lần ở máy này. Hãy chờ 5 phút, đăng nhập ở quầy của mình, hoặc nhờ quản trị đăng nhập giúp.',
    en: 'Too many wrong PINs on this machine. Wait 5 minutes, sign in at your own counter, or ask the administrator to sign you in.',
  });

const pinWait = (seconds: number) =>
  new LuotError(
    429,
    'PIN_WAIT',
    {
      vi: `Mã PIN của người này vừa bị nhập sai nhiều lần. Hãy chờ ${seconds} giây rồi thử lại, đăng nhập ở quầy quen của mình, hoặc nhờ quản trị đăng nhập giúp.`,
      en: `This person's PIN was typed wrong many times lately. Wait ${seconds} seconds and try again, sign in at your usual counter, or ask the administrator to sign you in.`,
    },
    { retryAfterSeconds: seconds },
  );

export class PinTries {
  private readonly byDevice = new Map<string, { count: number; since: number }>();
  private readonly byPerson = new Map<number, PersonTries>();

  /** Refuses (429) a try that must wait, whether the PIN is right or not — else the answer would tell. */
  assertMayTry(staffId: number, device: string, atUsualPoint: boolean, now: number): void {
    const key = `${device}:${staffId}`;
    const onDevice = this.byDevice.get(key);
    if (onDevice && now - onDevice.since > DEVICE_LOCK_MS) this.byDevice.delete(key);
    else if (onDevice && onDevice.count >= DEVICE_MAX_WRONG) throw pinLocked();
    if (atUsualPoint) return;
    const until = this.waitUntil(staffId);
    if (until !== null && now < until) throw pinWait(Math.max(1, Math.ceil((until - now) / 1000)));
  }

  wrong(staffId: number, device: string, now: number): void {
    const key = `${device}:${staffId}`;
    const onDevice = this.byDevice.get(key) ?? { count: 0, since: now };
    this.byDevice.set(key, { count: onDevice.count + 1, since: onDevice.since });
    const person = this.byPerson.get(staffId) ?? { count: 0, lastAt: now, devices: new Set<string>() };
    person.count++;
    person.lastAt = now;
    person.devices.add(device);
    this.byPerson.set(staffId, person);
  }

  right(staffId: number, device: string): void {
    this.byDevice.delete(`${device}:${staffId}`);
    this.byPerson.delete(staffId);
  }

  /** A new PIN (or none): the counts for that person start again. */
  forget(staffId: number): void {
    for (const key of this.byDevice.keys()) if (key.endsWith(`:${staffId}`)) this.byDevice.delete(key);
    this.byPerson.delete(staffId);
  }

  /** People whose PIN was typed wrong five or more times in a row: the manager is told. */
  alerts(names: (staffId: number) => string): PinAlert[] {
    return [...this.byPerson.entries()]
      .filter(([, tries]) => tries.count >= PERSON_FREE_WRONG)
      .map(([staffId, tries]) => ({
        staffId,
        name: names(staffId),
        wrongTries: tries.count,
        devices: tries.devices.size,
        lastAt: tries.lastAt,
        waitUntil: this.waitUntil(staffId),
      }))
      .sort((a, b) => b.lastAt - a.lastAt);
  }

  /** Until when a try on another point than the person's usual one waits; null: no wait. */
  private waitUntil(staffId: number): number | null {
    const tries = this.byPerson.get(staffId);
    if (!tries || tries.count < PERSON_FREE_WRONG) return null;
    const wait = Math.min(PERSON_FIRST_WAIT_MS * 2 ** (tries.count - PERSON_FREE_WRONG), PERSON_LONGEST_WAIT_MS);
    return tries.lastAt + wait;
  }
}
