/**
 * Local time of the center. Vietnam keeps UTC+7 all year, but we still ask Intl rather than add 7 hours,
 * so the rule lives in one place and follows the tz database.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export interface LocalParts {
  /** ISO date of the local day, `yyyy-MM-dd` — the service day. */
  day: string;
  /** Minutes since local midnight. */
  minuteOfDay: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
}

// Intl formatting costs tens of microseconds and every queue action asks for the local day, so the answer
// is kept for the current minute (a time zone's offset is a whole number of minutes, so nothing local can
// change within one).
let cachedMinute = NaN;
let cachedParts: LocalParts = { day: '', minuteOfDay: 0, isoWeekday: 0 };

export function localParts(epochMs: number): LocalParts {
  const minute = Math.floor(epochMs / 60_000);
  if (minute === cachedMinute) return cachedParts;
  const p: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(new Date(epochMs))) p[part.type] = part.value;
  cachedParts = {
    day: `${p.year}-${p.month}-${p.day}`,
    minuteOfDay: Number(p.hour) * 60 + Number(p.minute),
    isoWeekday: WEEKDAYS[p.weekday ?? ''] ?? 0,
  };
  cachedMinute = minute;
  return cachedParts;
}

/** The service day (`yyyy-MM-dd` in Asia/Ho_Chi_Minh) an instant belongs to. Numbers reset when it changes. */
export function serviceDayOf(epochMs: number): string {
  return localParts(epochMs).day;
}

/** The instant a service day (`yyyy-MM-dd`) begins: local midnight, with the offset asked of Intl. */
export function serviceDayStart(serviceDay: string): number {
  const utcMidnight = Date.parse(`${serviceDay}T00:00:00Z`);
  const local = localParts(utcMidnight);
  const dayShift = local.day === serviceDay ? 0 : local.day > serviceDay ? 1440 : -1440;
  return utcMidnight - (local.minuteOfDay + dayShift) * 60_000;
}

/** `HH:mm` → minutes since midnight. The string is assumed valid (schemas check it). */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `dd/MM/yyyy HH:mm` in the center's time zone. */
export function formatDateTime(epochMs: number): string {
  const p: Record<string, string> = {};
  for (const part of dateTimeFormat.formatToParts(new Date(epochMs))) p[part.type] = part.value;
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** A service day (`yyyy-MM-dd`) as Vietnamese readers write dates: `dd/MM/yyyy`. */
export function formatServiceDay(serviceDay: string): string {
  const [year, month, day] = serviceDay.split('-');
  return `${day}/${month}/${year}`;
}
