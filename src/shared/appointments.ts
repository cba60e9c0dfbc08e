/**
 * Appointments (issue 22): a citizen books a service at a time, or is booked a return visit for the papers that
 * were missing; they check in with a 6-character code and are called before the walk-ins of that service. A share
 * of the service's daily cap is held for the day's appointments until a set time. Pure: the rules the server
 * applies and the screens say before anyone taps.
 */
import { conflict, type LuotError } from './errors';
import { localParts, minutesOf, serviceDayStart } from './time';

export const APPOINTMENT_STATUSES = ['booked', 'checked_in', 'missed', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** Where a booking came from: typed at the greeter or by a booking system, a file import, a return visit. */
export const APPOINTMENT_SOURCES = ['booking', 'import', 'return_visit'] as const;
export type AppointmentSource = (typeof APPOINTMENT_SOURCES)[number];

export interface Appointment {
  id: number;
  code: string;
  serviceId: number;
  /** `yyyy-MM-dd` */
  day: string;
  /** `HH:mm` */
  time: string;
  procedureId: number | null;
  /** Optional, cleared with the notes (retention). */
  name: string | null;
  phoneLast4: string | null;
  /** A return visit: the papers still missing. */
  missingPapers: string[];
  source: AppointmentSource;
  status: AppointmentStatus;
  createdAt: number;
  checkedInAt: number | null;
  /** Checked in within the window: called before the walk-ins. */
  onTime: boolean | null;
  ticketId: number | null;
}

/** A service's appointment setup: slots of `slotMinutes`, `perSlot` bookings each; `held` numbers kept. */
export interface ServiceAppointments {
  serviceId: number;
  slotMinutes: number;
  /** 0: the service takes no appointments. */
  perSlot: number;
  /** Numbers of the daily cap held for the day's booked appointments. */
  held: number;
  /** When the held numbers go back to walk-ins (`HH:mm`). */
  heldUntil: string;
}

export interface AppointmentSettings {
  /** A check-in this many minutes before the time … */
  windowBeforeMinutes: number;
  /** … to this many after it is on time; after that the appointment is missed. */
  windowAfterMinutes: number;
  services: ServiceAppointments[];
}

export const DEFAULT_WINDOW = { windowBeforeMinutes: 15, windowAfterMinutes: 15 } as const;
export const DEFAULT_SERVICE_APPOINTMENTS = { slotMinutes: 30, perSlot: 0, held: 0, heldUntil: '10:00' } as const;

/** Easy to read aloud and to type: no 0/O, no 1/I. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A code as the citizen typed it: spaces and dashes dropped, upper case, O read as 0 is not in the alphabet. */
export const normalizeCode = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase();

/** A new code from random bytes (crypto on the server). */
export function codeFrom(bytes: Uint8Array): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[bytes[i]! % CODE_ALPHABET.length];
  return code;
}

/** The instant of an appointment. */
export const appointmentAt = (day: string, time: string): number => serviceDayStart(day) + minutesOf(time) * 60_000;

export type CheckInTiming = 'early' | 'onTime' | 'late' | 'otherDay';

export function checkInTiming(
  appointment: Pick<Appointment, 'day' | 'time'>,
  now: number,
  window: Pick<AppointmentSettings, 'windowBeforeMinutes' | 'windowAfterMinutes'>,
): CheckInTiming {
  if (localParts(now).day !== appointment.day) return 'otherDay';
  const at = appointmentAt(appointment.day, appointment.time);
  if (now < at - window.windowBeforeMinutes * 60_000) return 'early';
  if (now <= at + window.windowAfterMinutes * 60_000) return 'onTime';
  return 'late';
}

/** When an appointment is missed if nobody checked it in. */
export const windowEnd = (
  a: Pick<Appointment, 'day' | 'time'>,
  window: Pick<AppointmentSettings, 'windowAfterMinutes'>,
) => appointmentAt(a.day, a.time) + window.windowAfterMinutes * 60_000;

/**
 * What a service holds for appointments now: its held share, no more than the appointments still expected (booked
 * and not past their window), until the release time; then nothing.
 */
export interface AppointmentHold {
  held: number;
  heldUntil: string;
  /** Window ends of the day's booked appointments not checked in. */
  dueEnds: number[];
}

export function heldNow(hold: AppointmentHold | null | undefined, now: number): number {
  if (!hold || hold.held === 0) return 0;
  if (localParts(now).minuteOfDay >= minutesOf(hold.heldUntil)) return 0;
  return Math.min(hold.held, hold.dueEnds.filter((end) => end > now).length);
}

/** A walk-in refused because the numbers left are held for appointments. */
export function heldRefusal(
  service: { nameVi: string; nameEn: string; dailyCap: number | null },
  held: number,
  heldUntil: string,
): LuotError {
  return conflict(
    'HELD_FOR_APPOINTMENTS',
    {
      vi: `"${service.nameVi}": ${held} số còn lại được giữ cho người đã đặt lịch hẹn đến ${heldUntil}. Sau ${heldUntil}, số nào chưa dùng sẽ cấp cho người đến trực tiếp.`,
      en: `"${service.nameEn}": the ${held} numbers left are held for booked appointments until ${heldUntil}. After ${heldUntil}, those not used go to walk-ins.`,
    },
    { held, heldUntil },
  );
}

/** The next working day after `day` on which the service issues (no issuing days: Monday to Friday). */
export function nextWorkingDay(day: string, issuingDays: readonly number[]): string {
  const days = issuingDays.length > 0 ? issuingDays : [1, 2, 3, 4, 5];
  let at = serviceDayStart(day);
  for (let i = 0; i < 14; i++) {
    at += 86_400_000;
    const parts = localParts(at + 12 * 3_600_000);
    if (days.includes(parts.isoWeekday)) return parts.day;
  }
  return localParts(serviceDayStart(day) + 86_400_000 + 12 * 3_600_000).day;
}

/** The slot times of a day: from the service's first issuing window (or 07:30) to its last (or 17:00). */
export function slotTimes(
  slots: Pick<ServiceAppointments, 'slotMinutes'>,
  issuingHours: readonly { from: string; to: string }[],
): string[] {
  const windows = issuingHours.length > 0 ? issuingHours : [{ from: '07:30', to: '17:00' }];
  const times: string[] = [];
  for (const w of windows)
    for (let m = minutesOf(w.from); m + slots.slotMinutes <= minutesOf(w.to); m += slots.slotMinutes)
      times.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  return times;
}
