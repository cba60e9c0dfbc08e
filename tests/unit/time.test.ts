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

  it('pads numbers to three digits', () => {
    expect(formatDisplayCode('A', 12)).toBe('A012');
    expect(formatDisplayCode('B', 1234)).toBe('B1234');
  });
});
