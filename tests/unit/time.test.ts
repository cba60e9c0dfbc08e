import { describe, expect, it } from 'vitest';
import { formatDateTime, formatServiceDay, localParts, serviceDayOf, serviceDayStart } from '../../src/shared/time';
import { formatDisplayCode } from '../../src/shared/ticket-code';

describe('center time (Asia/Ho_Chi_Minh)', () => {
  it('starts a new service day at local midnight, not UTC midnight', () => {
    expect(serviceDayOf(Date.parse('2026-11-23T16:59:59Z'))).toBe('2026-11-23');
    expect(serviceDayOf(Date.parse('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
  });

  it('knows the instant a service day begins', () => {
    expect(serviceDayStart('2026-11-24')).toBe(Date.parse('2026-11-24T00:00:00+07:00'));
    expect(serviceDayOf(serviceDayStart('2026-11-24'))).toBe('2026-11-24');
    expect(serviceDayOf(serviceDayStart('2026-11-24') - 1)).toBe('2026-11-23');
  });

  it('formats dd/MM/yyyy HH:mm on a 24-hour clock', () => {
    expect(formatDateTime(Date.parse('2026-11-23T14:05:00+07:00'))).toBe('23/11/2026 14:05');
  });

  it('writes a service day as dd/MM/yyyy', () => {
    expect(formatServiceDay('2026-11-03')).toBe('03/11/2026');
  });

  it('knows the local weekday and minute', () => {
    expect(localParts(Date.parse('2026-11-22T07:30:00+07:00'))).toEqual({
      day: '2026-11-22',
      minuteOfDay: 450,
      isoWeekday: 7,
    });
  });

  it('agrees with the tz database (Intl, Asia/Ho_Chi_Minh) through 1976–2100, and at every midnight of 2020–2040', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
    const asIntl = (at: number) => {
      const p: Record<string, string> = {};
      for (const part of intl.formatToParts(at)) p[part.type] = part.value;
      return {
        parts: {
          day: `${p.year}-${p.month}-${p.day}`,
          minuteOfDay: Number(p.hour) * 60 + Number(p.minute),
          isoWeekday: weekdays[p.weekday!],
        },
        text: `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`,
      };
    };
    const wrong: string[] = [];
    const check = (at: number) => {
      const expected = asIntl(at);
      const parts = localParts(at);
      if (JSON.stringify(parts) !== JSON.stringify(expected.parts) || formatDateTime(at) !== expected.text)
        wrong.push(`${new Date(at).toISOString()}: ${JSON.stringify(parts)} ≠ ${JSON.stringify(expected.parts)}`);
    };
    // Every 2 days 1 h 17 min from 1976 to 2100 (every hour of the day and every weekday come round), and each local
    // midnight ± 1 minute from 2020 to 2040.
    for (let at = Date.parse('1976-01-01T00:00:00Z'); at < Date.parse('2100-01-01T00:00:00Z'); at += 177_420_000)
      check(at);
    for (
      let day = Date.parse('2020-01-01T00:00:00+07:00');
      day < Date.parse('2040-01-01T00:00:00+07:00');
      day += 86_400_000
    )
      for (const at of [day - 60_000, day, day + 60_000]) check(at);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('pads numbers to three digits', () => {
    expect(formatDisplayCode('A', 12)).toBe('A012');
    expect(formatDisplayCode('B', 1234)).toBe('B1234');
  });
});
