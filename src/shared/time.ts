/**
 * Local time of the center. Vietnam keeps UTC+7 all year — Asia/Ho_Chi_Minh in the tz database has had no other
 * offset since 13 June 1975 — so local time is the instant plus 7 hours, worked out with Date's UTC fields.
 * Asking Intl instead cost every process ≈ 5 MB of ICU data and ≈ 10 ms at start for the same answer
 * (decision 0017); tests/unit/time.test.ts checks this arithmetic against Intl's tz database hour by hour.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Asia/Ho_Chi_Minh's offset from UTC (the tz database: +07:00 since 1975-06-13, no daylight saving). */
const OFFSET_MS = 7 * 3_600_000;

export interface LocalParts {
  /** ISO date of the local day, `yyyy-MM-dd` — the service day. */
  day: string;
  /** Minutes since local midnight. */
  minuteOfDay: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
}

// Every queue action asks for the local day, so the answer is kept for the current minute (nothing local can
// change within one).
let cachedMinute = NaN;
let cachedParts: LocalParts = { day: '', minuteOfDay: 0, isoWeekday: 0 };

export function localParts(epochMs: number): LocalParts {
  const minute = Math.floor(epochMs / 60_000);
  if (minute === cachedMinute) return cachedParts;
  const local = new Date(epochMs + OFFSET_MS);
  cachedParts = {
    day: local.toISOString().slice(0, 10),
    minuteOfDay: local.getUTCHours() * 60 + local.getUTCMinutes(),
    isoWeekday: local.getUTCDay() || 7,
  };
  cachedMinute = minute;
  return cachedParts;
}

/** The service day (`yyyy-MM-dd` in Asia/Ho_Chi_Minh) an instant belongs to. Numbers reset when it changes. */
export function serviceDayOf(epochMs: number): string {
  return localParts(epochMs).day;
}

/** The instant a service day (`yyyy-MM-dd`) begins: local midnight. */
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

const two = (n: number) => String(n).padStart(2, '0');

/** `dd/MM/yyyy HH:mm` in the center's time zone. */
export function formatDateTime(epochMs: number): string {
  const local = new Date(epochMs + OFFSET_MS);
  return (
    `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`
  );
}

/** A service day (`yyyy-MM-dd`) as Vietnamese readers write dates: `dd/MM/yyyy`. */
export function formatServiceDay(serviceDay: string): string {
  const [year, month, day] = serviceDay.split('-');
  return `${day}/${month}/${year}`;
}
