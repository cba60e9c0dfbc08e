/**
 * Rows of the endpoint table: who serves at a point (staff sign-in, PINs) and the people behind the figures —
 * the volunteers' roster, field visits, difficulties (src/server/http/routes/staff-sessions.ts, people.ts).
 */
import type { Difficulty, FieldVisit, PinAlert, PointStaff, RosterEntry, SignInChoice } from '../../people';
import {
  difficultyInput,
  difficultyQuery,
  fieldVisitInput,
  fieldVisitUpdate,
  rosterEntryInput,
  rosterQuery,
  staffPinInput,
  staffSignInInput,
} from '../../report-schemas';
import { idParam } from '../../schemas';
import { ADMIN, answer, COUNTER, ep, LEADS, may, none, withId } from '../endpoint-kit';

export const PEOPLE_ENDPOINTS = {
  // ---- who serves at a point ----
  staffSignInChoices: ep({
    method: 'GET',
    path: '/api/staff-sign-in/choices',
    roles: COUNTER,
    input: none,
    answer: answer<SignInChoice[]>(),
    summary: 'Who may sign in at a point: active staff, whether they have a PIN, where they are signed in now.',
  }),
  pointStaff: ep({
    method: 'GET',
    path: '/api/service-points/:id/staff-session',
    roles: may('readPointStaff'),
    input: idParam,
    answer: answer<PointStaff>(),
    summary: 'Who is signed in at a point, since when.',
  }),
  staffSignIn: ep({
    method: 'POST',
    path: '/api/service-points/:id/staff-session',
    roles: COUNTER,
    input: withId(staffSignInInput),
    answer: answer<PointStaff>(),
    summary:
      'Sign a person in at a point (their PIN if they have one, unless an admin signs them in; 5 wrong on one device lock them there 5 minutes; after 5 wrong in a row anywhere, tries away from their usual point wait 30 s doubling to 1 h): every call is theirs.',
  }),
  staffSignOut: ep({
    method: 'DELETE',
    path: '/api/service-points/:id/staff-session',
    roles: COUNTER,
    input: idParam,
    answer: answer<PointStaff>(),
    summary: 'Sign the person at a point out.',
  }),
  setStaffPin: ep({
    method: 'PUT',
    path: '/api/staff/:id/pin',
    roles: ADMIN,
    input: withId(staffPinInput),
    answer: answer<null>(),
    summary: "Set (stored scrypt-hashed) or clear (`null`) a person's PIN; 204.",
  }),
  pinAlerts: ep({
    method: 'GET',
    path: '/api/staff/pin-alerts',
    roles: ADMIN,
    input: none,
    answer: answer<PinAlert[]>(),
    summary: "People whose PIN was typed wrong 5 or more times in a row (on every device together): setup's overview.",
  }),

  // ---- the people behind the figures ----
  roster: ep({
    method: 'GET',
    path: '/api/roster',
    roles: LEADS,
    input: rosterQuery,
    answer: answer<RosterEntry[]>(),
    summary: "The volunteers' duty roster per shift (from sign-ins, corrected by hand), at most 62 days.",
  }),
  correctRoster: ep({
    method: 'POST',
    path: '/api/roster',
    roles: LEADS,
    input: rosterEntryInput,
    answer: answer<null>(),
    summary: "The team lead's correction for one person in one shift; 204.",
  }),
  fieldVisits: ep({
    method: 'GET',
    path: '/api/field-visits',
    roles: LEADS,
    input: rosterQuery,
    answer: answer<FieldVisit[]>(),
    summary: 'Field visits in a range of days (withdrawn ones left out).',
  }),
  createFieldVisit: ep({
    method: 'POST',
    path: '/api/field-visits',
    roles: LEADS,
    input: fieldVisitInput,
    answer: answer<FieldVisit>(),
    status: 201,
    summary: 'Record a field visit: where, how long, who went, whom they helped.',
  }),
  updateFieldVisit: ep({
    method: 'PATCH',
    path: '/api/field-visits/:id',
    roles: LEADS,
    input: fieldVisitUpdate,
    answer: answer<FieldVisit>(),
    summary: 'Correct a field visit (the whole visit is sent again).',
  }),
  withdrawFieldVisit: ep({
    method: 'DELETE',
    path: '/api/field-visits/:id',
    roles: LEADS,
    input: idParam,
    answer: answer<null>(),
    summary: 'Withdraw a field visit (kept in the database); 204.',
  }),
  difficulties: ep({
    method: 'GET',
    path: '/api/difficulties',
    roles: LEADS,
    input: difficultyQuery,
    answer: answer<Difficulty[]>(),
    summary: 'Difficulties noted at the points in a range of days (withdrawn ones left out).',
  }),
  addDifficulty: ep({
    method: 'POST',
    path: '/api/difficulties',
    roles: may('noteDifficulty'),
    input: difficultyInput,
    answer: answer<Difficulty>(),
    status: 201,
    summary: 'Note a difficulty (a counter: at its own point, with the person signed in there).',
  }),
  withdrawDifficulty: ep({
    method: 'DELETE',
    path: '/api/difficulties/:id',
    roles: LEADS,
    input: idParam,
    answer: answer<null>(),
    summary: 'Withdraw a difficulty (kept in the database); 204.',
  }),
} as const;
