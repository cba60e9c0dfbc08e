/**
 * Ranges of service days for reports: today, this week and last week (Monday–Sunday), this month, or a custom
 * range. Days are `yyyy-MM-dd` strings of the center's calendar; arithmetic on them is calendar arithmetic
 * (done in UTC, where no day is 23 or 25 hours long). Pure.
 */
import { localParts } from './time';

export const RANGE_KINDS = ['today', 'thisWeek', 'lastWeek', 'thisMonth', 'custom'] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];

export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  const sunday0 = new Date(toUtc(day)).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
}

/** The Monday of the week a day belongs to. */
export function mondayOf(day: string): string {
  return addDays(day, 1 - weekdayOf(day));
}

/** Every day from `from` to `to`, both included. */
export function daysOf({ from, to }: DayRange): string[] {
  const days: string[] = [];
  for (let t = toUtc(from); t <= toUtc(to); t += DAY_MS) days.push(fromUtc(t));
  return days;
}

export function dayCount({ from, to }: DayRange): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS) + 1;
}

/** The days a named range covers, seen from `today`. */
export function rangeOf(kind: Exclude<RangeKind, 'custom'>, today: string): DayRange {
  switch (kind) {
    case 'today':
      return { from: today, to: today };
    case 'thisWeek': {
      const monday = mondayOf(today);
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'lastWeek': {
      const monday = addDays(mondayOf(today), -7);
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'thisMonth': {
      const first = `${today.slice(0, 8)}01`;
      const next = new Date(toUtc(first));
      next.setUTCMonth(next.getUTCMonth() + 1);
      return { from: first, to: fromUtc(next.getTime() - DAY_MS) };
    }
  }
}

/** Longest range a report covers: a few years of a center's history. */
export const MAX_REPORT_DAYS = 3 * 366;

/**
 * The instant a service day starts (local midnight in the center's time zone). Asks the time zone rules once,
 * so a whole day's events can be placed by subtraction (a digest needs seconds since midnight for thousands).
 */
export function startOfDay(day: string): number {
  const guess = toUtc(day);
  const local = localParts(guess);
  const wall = toUtc(local.day) + local.minuteOfDay * 60_000;
  return guess - (wall - guess);
}

/** The ISO 8601 week of a day: its number (1–53) and the year it belongs to (the year of its Thursday). */
export function isoWeekOf(day: string): { isoYear: number; isoWeek: number } {
  const thursday = addDays(mondayOf(day), 3);
  const isoYear = Number(thursday.slice(0, 4));
  const isoWeek = Math.floor((toUtc(thursday) - toUtc(`${isoYear}-01-01`)) / DAY_MS / 7) + 1;
  return { isoYear, isoWeek };
}

/** A week named as everywhere in the reports: "Tuần 49 (30/11–06/12/2026)" / "Week 49 (30/11–06/12/2026)". */
export function weekName(monday: string): { vi: string; en: string } {
  const sunday = addDays(monday, 6);
  const [, m1, d1] = monday.split('-');
  const [y2, m2, d2] = sunday.split('-');
  const from = monday.slice(0, 4) === y2 ? `${d1}/${m1}` : `${d1}/${m1}/${monday.slice(0, 4)}`;
  const span = `${from}–${d2}/${m2}/${y2}`;
  const { isoWeek } = isoWeekOf(monday);
  return { vi: `Tuần ${isoWeek} (${span})`, en: `Week ${isoWeek} (${span})` };
}
