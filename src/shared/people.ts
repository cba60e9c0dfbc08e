/** The people behind the figures: who is signed in where, the duty roster, field visits, difficulties. Pure. */
import type { StaffRole } from './domain';
import type { Shift } from './report-labels';

/** `GET /api/service-points/:id/staff-session`: who serves at a point now. */
/** A person whose PIN was typed wrong five or more times in a row (setup's overview tells the manager). */
export interface PinAlert {
  staffId: number;
  name: string;
  /** Wrong tries in a row, on every device together. */
  wrongTries: number;
  /** How many devices they were typed on. */
  devices: number;
  lastAt: number;
  /** Until when a try away from the person's usual point waits (epoch ms); null: no wait now. */
  waitUntil: number | null;
}

export interface PointStaff {
  servicePointId: number;
  /** null: nobody signed in. */
  staff: { id: number; name: string; role: StaffRole } | null;
  signedInAt: number | null;
}

/** Someone who may sign in at a point, and whether they need a PIN (else a tap on their name is enough). */
export interface SignInChoice {
  id: number;
  name: string;
  role: StaffRole;
  hasPin: boolean;
  /** The point where they are signed in now, if any. */
  atServicePointId: number | null;
}

export interface RosterEntry {
  day: string;
  shift: Shift;
  staffId: number;
  name: string;
  role: StaffRole;
  /** Hours on duty in this shift (from the sign-ins, or as the team lead entered them). */
  hours: number;
  /** `sign_in`: from the sign-ins only; `manual`: added or corrected by the team lead. */
  source: 'sign_in' | 'manual';
  signedInHours: number;
  note: string | null;
}

export interface FieldVisit {
  id: number;
  day: string;
  place: string;
  /** How long the visit lasted. */
  hours: number;
  /** Who went (the staff ids of `volunteers`). */
  volunteerIds: number[];
  /** Who went and for how long each: their hours count in the week's volunteer hours. */
  volunteers: { staffId: number; hours: number }[];
  /** Citizens helped, by kind-of-help code. */
  helped: Record<string, number>;
  elderly: number;
  note: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface Difficulty {
  id: number;
  at: number;
  day: string;
  servicePointId: number | null;
  staffId: number | null;
  text: string;
}
