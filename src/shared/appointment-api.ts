/** Answers of the appointment endpoints (issue 22). Pure. */
import type { Appointment } from './appointments';
import type { PrintAnswer, Ticket } from './domain';

export interface AppointmentAnswer {
  id: number;
  code: string;
  appointment: Appointment;
}

export interface CheckInAnswer {
  ticket: Ticket;
  appointment: Appointment;
  /** Within the window: called before the walk-ins. Late: queued as a walk-in. */
  onTime: boolean;
  print: PrintAnswer;
}

export interface ReturnVisitAnswer {
  appointment: Appointment;
  /** The slip with the code, the time, the papers still missing and a QR. */
  print: PrintAnswer;
}

export interface DaySlots {
  serviceId: number;
  day: string;
  slots: { time: string; free: number }[];
}

export interface AppointmentImportAnswer {
  applied: boolean;
  /** Bookings made (or, in a dry run, that would be made). */
  booked: number;
  /** Lines that cannot be taken, by their line in the file (1 = the header). Nothing is booked while any exist. */
  problems: { line: number; vi: string; en: string }[];
  /** The codes given, line by line, once applied (to send to the citizens). */
  codes: { line: number; code: string }[];
}

/** `GET /api/reports/appointments?from&to`. */
export interface AppointmentReport {
  from: string;
  to: string;
  booked: number;
  kept: number;
  onTime: number;
  late: number;
  missed: number;
  cancelled: number;
  /** Still to come (booked, window not over). */
  open: number;
  /** Mean minutes from ticket to call: kept appointments vs walk-ins (null when none was called). */
  waitKeptMinutes: number | null;
  waitWalkInMinutes: number | null;
  /** Tickets the citizens took themselves at the kiosk, and the others. */
  selfIssued: number;
  issuedByStaff: number;
  /** By service. */
  services: {
    serviceId: number;
    booked: number;
    kept: number;
    missed: number;
    cancelled: number;
    selfIssued: number;
  }[];
}
