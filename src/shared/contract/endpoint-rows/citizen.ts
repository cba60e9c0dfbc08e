/**
 * Rows of the endpoint table: the citizen — the rating device at a point and the status page opened from a ticket's
 * QR (src/server/http/routes/citizen.ts).
 */
import type { CitizenStatus } from '../../citizen-status';
import {
  citizenSettingsPatch,
  ratingFiguresQuery,
  ratingInput,
  statusRefParam,
  type CitizenSettingsAnswer,
} from '../../citizen-schemas';
import type { RatingAnswer, RatingFigures, RatingPrompt } from '../../rating';
import { ADMIN, answer, ep, LEADS, may, none, withId } from '../endpoint-kit';

export const CITIZEN_ENDPOINTS = {
  ratingPrompt: ep({
    method: 'GET',
    path: '/api/rating/prompt',
    roles: may('rate'),
    input: none,
    answer: answer<RatingPrompt | null>(),
    summary: "The ticket this rating device's point has just resolved and not yet rated; 204 when none.",
  }),
  rateTicket: ep({
    method: 'POST',
    path: '/api/tickets/:id/rating',
    roles: may('rate'),
    input: withId(ratingInput),
    answer: answer<RatingAnswer>(),
    status: 201,
    idempotent: true,
    summary: "Record the citizen's rating (level null: no answer in time), once per ticket, at its own point.",
  }),
  ratingFigures: ep({
    method: 'GET',
    path: '/api/reports/ratings',
    roles: LEADS,
    input: ratingFiguresQuery,
    answer: answer<RatingFigures>(),
    summary: 'Ratings per service, point, staff member or week over a range of service days, and its newest comments.',
  }),
  citizenStatus: ep({
    method: 'GET',
    path: '/api/status/:ref',
    roles: 'public',
    input: statusRefParam,
    answer: answer<CitizenStatus>(),
    summary: "A ticket's status for its citizen (the QR's reference): 404 for an unknown or expired reference.",
  }),
  citizenStatusLive: ep({
    method: 'GET',
    path: '/api/status/:ref/live',
    roles: 'public',
    input: statusRefParam,
    answer: answer<never>(),
    stream: true,
    summary: 'WebSocket: the status of this one ticket now, then each time it changes (nothing about others).',
  }),
  citizenSettings: ep({
    method: 'GET',
    path: '/api/citizen-settings',
    roles: ADMIN,
    input: none,
    answer: answer<CitizenSettingsAnswer>(),
    summary: "Rating time limit, the status page's address and the Wi-Fi printed on tickets.",
  }),
  updateCitizenSettings: ep({
    method: 'PATCH',
    path: '/api/citizen-settings',
    roles: ADMIN,
    input: citizenSettingsPatch,
    answer: answer<CitizenSettingsAnswer>(),
    summary: 'Change the citizen settings (only the fields sent).',
  }),
};
