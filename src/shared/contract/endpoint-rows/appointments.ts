/**
 * Rows of the endpoint table: appointments (issue 22) — booking (the greeter, setup, or a booking system's key),
 * the day's list, cancelling, importing a day's bookings, checking in at the kiosk or the greeter, return visits,
 * the slots and held share in setup, and the figures (src/server/http/routes/appointments.ts).
 */
import type {
  AppointmentAnswer,
  AppointmentImportAnswer,
  AppointmentReport,
  CheckInAnswer,
  DaySlots,
  ReturnVisitAnswer,
} from '../../appointment-api';
import {
  appointmentDayQuery,
  appointmentImportInput,
  appointmentSettingsInput,
  bookInput,
  checkInInput,
  returnVisitInput,
} from '../../appointment-schemas';
import type { Appointment, AppointmentSettings } from '../../appointments';
import { idParam, reportRangeQuery } from '../../schemas';
import { ADMIN, answer, ep, LEADS, may, none } from '../endpoint-kit';
import { z } from 'zod';

const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

export const APPOINTMENT_ENDPOINTS = {
  book: ep({
    method: 'POST',
    path: '/api/appointments',
    roles: may('book'),
    input: bookInput,
    answer: answer<AppointmentAnswer>(),
    status: 201,
    summary: 'Book a service at a slot; answers the id and the 6-character code to check in with (no 0/O/1/I).',
  }),
  appointments: ep({
    method: 'GET',
    path: '/api/appointments',
    roles: may('book'),
    input: appointmentDayQuery,
    answer: answer<Appointment[]>(),
    summary: "A day's appointments, missed ones marked (their window ended before a check-in).",
  }),
  appointmentSlots: ep({
    method: 'GET',
    path: '/api/appointments/slots',
    roles: may('book'),
    input: appointmentDayQuery.extend({ serviceId: z.coerce.number().int().positive() }),
    answer: answer<DaySlots>(),
    summary: "A service's slots on a day and how many places each has left.",
  }),
  cancelAppointment: ep({
    method: 'DELETE',
    path: '/api/appointments/:id',
    roles: may('book'),
    input: idParam,
    answer: answer<Appointment>(),
    summary: 'Cancel a booked appointment: its place (and its held number) goes back.',
  }),
  importAppointments: ep({
    method: 'POST',
    path: '/api/appointments/import',
    roles: ADMIN,
    input: appointmentImportInput,
    answer: answer<AppointmentImportAnswer>(),
    bodyLimit: IMPORT_BODY_LIMIT,
    summary:
      "Read a day's bookings (CSV or XLSX, base64: service, day, time, procedure?, name?, phone?): what would be booked, or book them when no line has a problem.",
  }),
  checkIn: ep({
    method: 'POST',
    path: '/api/appointments/check-in',
    roles: may('checkIn'),
    input: checkInInput,
    answer: answer<CheckInAnswer>(),
    status: 201,
    idempotent: true,
    summary:
      'Check an appointment in by its code: a ticket carrying `appointmentId`, called before the walk-ins of its service when within the window; late, a walk-in ticket.',
  }),
  returnVisit: ep({
    method: 'POST',
    path: '/api/appointments/return-visit',
    roles: may('bookReturn'),
    input: returnVisitInput,
    answer: answer<ReturnVisitAnswer>(),
    status: 201,
    summary:
      "Book a citizen's return with the papers still missing (next working day's first free slot by default) and print the slip; a counter only for a case at its own point.",
  }),
  appointmentSettings: ep({
    method: 'GET',
    path: '/api/appointments/settings',
    roles: may('book'),
    input: none,
    answer: answer<AppointmentSettings>(),
    summary: "The check-in window and each service's slots and held share.",
  }),
  updateAppointmentSettings: ep({
    method: 'PATCH',
    path: '/api/appointments/settings',
    roles: ADMIN,
    input: appointmentSettingsInput,
    answer: answer<AppointmentSettings>(),
    summary: "Set the check-in window and services' slots, bookings per slot, held numbers and their release time.",
  }),
  appointmentReport: ep({
    method: 'GET',
    path: '/api/reports/appointments',
    roles: LEADS,
    input: reportRangeQuery,
    answer: answer<AppointmentReport>(),
    summary:
      'Booked, kept, on time, late, missed, cancelled; waits of kept appointments vs walk-ins; self-issued tickets.',
  }),
} as const;
